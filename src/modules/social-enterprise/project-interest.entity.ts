import { Field, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Business } from '../core';
import type { Opportunity } from './opportunity.entity';

/**
 * A local firm's answer to a municipal PROJECT: it would like to do the work. Its poster (a civil servant of
 * the municipality) can put the firm on the shortlist of the procurement request the project became.
 */
@Entity()
@Unique(['opportunityId', 'businessId'])
@ObjectType({ description: 'A firm’s interest in a municipal PROJECT opportunity, with its note.' })
export class ProjectInterest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  opportunityId!: string;

  @ManyToOne('Opportunity', { onDelete: 'CASCADE' })
  @JoinColumn()
  opportunity?: Opportunity;

  @Index()
  @Column({ type: 'uuid' })
  businessId!: string;

  @ManyToOne('Business', { onDelete: 'CASCADE' })
  @JoinColumn()
  business?: Business;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'What the firm wrote to the municipality (plain text).' })
  note!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the firm expressed its interest (or last changed its note).' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When the poster put the firm on the procurement request’s shortlist; null until then.',
  })
  takenIntoRequestAt!: Date | null;
}
