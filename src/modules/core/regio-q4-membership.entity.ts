import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Association } from './association.entity';
import { DateScalar } from '../../kit';

/** A period in which an association was a member of Regio Q4 (it can leave and join again). */
@Entity()
@Check('"until" IS NULL OR "until" >= "since"')
@ObjectType({ description: 'A period of membership of Regio Q4.' })
export class RegioQ4Membership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  associationId!: string;

  @ManyToOne('Association', { onDelete: 'CASCADE' })
  @JoinColumn()
  association?: Association;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of membership (`YYYY-MM-DD`).' })
  since!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day of membership; null while a member.' })
  until!: string | null;
}
