import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Association } from './association.entity';
import type { Business } from './business.entity';
import { DateScalar } from '../../kit';

/** A business's membership of a business association, from `since` to `until` (open while a member). */
@Entity()
@Index(['businessId', 'associationId', 'since'], { unique: true })
@Check('"until" IS NULL OR "until" >= "since"')
@ObjectType({ description: 'Membership of a business association.' })
export class BusinessMembership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  businessId!: string;

  @ManyToOne('Business', { onDelete: 'CASCADE' })
  @JoinColumn()
  business?: Business;

  @Index()
  @Column({ type: 'uuid' })
  associationId!: string;

  @ManyToOne('Association', { onDelete: 'RESTRICT' })
  @JoinColumn()
  association?: Association;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of membership.' })
  since!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day of membership; null while a member.' })
  until!: string | null;
}
