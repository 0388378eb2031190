import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber, EuroCentsScalar } from '../../kit';
import type { Placement } from './placement.entity';
import { TargetGroup } from './candidate.enum';

/**
 * What a placement is worth towards a social-return obligation, by target group and duration: data, so a
 * municipality's rates can replace the defaults without a release. The migration inserts the defaults.
 */
@Entity()
@Index(['targetGroup', 'minMonths'], { unique: true })
@Check('"min_months" >= 0')
@ObjectType({
  description: 'The value of a placement towards social return, for a target group and duration.',
})
export class SocialReturnRate {
  @Column({ type: 'uuid', primary: true, generated: 'uuid' })
  id!: string;

  @Column({ type: 'enum', enum: TargetGroup, enumName: 'social_return_rate_target_group' })
  @Field(() => TargetGroup, { description: 'The candidate’s target group.' })
  targetGroup!: TargetGroup;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Applies to placements of at least this many months.' })
  minMonths!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  @Field(() => EuroCentsScalar, { description: 'Value credited per placement.' })
  value!: number;

  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'A plausible default, not (yet) set by a municipality.' })
  isDefault!: boolean;
}

/** A placement counted towards an award's social-return obligation; each placement once (unique index). */
@Entity()
@Index(['placementId'], { unique: true })
@ObjectType({ description: 'A placement credited to an award’s social-return obligation.' })
export class SocialReturnCredit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Procurement's award id: reached through its exported service, so no foreign key across modules. */
  @Index()
  @Column({ type: 'uuid' })
  awardId!: string;

  @Column({ type: 'uuid' })
  placementId!: string;

  @ManyToOne('Placement', { onDelete: 'RESTRICT' })
  @JoinColumn()
  placement?: Placement;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Duration of the placement in months, as credited.' })
  months!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  @Field(() => EuroCentsScalar, {
    description:
      'Value counted towards the obligation: the rate table’s value for the months, up to what the obligation ' +
      'still needed; the rest is `surplus`.',
  })
  value!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber, default: 0 })
  @Field(() => EuroCentsScalar, {
    description: 'The part of the rate table’s value beyond the obligation: recorded, never counted.',
  })
  surplus!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When a civil servant of the buyer confirmed it; null until then.',
  })
  confirmedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  confirmedBySubject!: string | null;

  /** `confirmedByName` is resolved for GraphQL (credits are for coaches and admins). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  confirmedByName!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was credited.' })
  creditedAt!: Date;

  /** Who credited it (`actorOf`): null when unknown; `creditedByName` is resolved for GraphQL. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  creditedBySubject!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  creditedByName!: string | null;
}
