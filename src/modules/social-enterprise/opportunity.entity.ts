import { Field, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  UpdateDateColumn,
} from 'typeorm';
import type { Business, Municipality, Organisation } from '../core';
import { DateScalar, Node } from '../../kit';
import { TargetGroup } from './candidate.enum';
import { OpportunityKind, OpportunityStatus, PosterKind } from './opportunity.enum';

/** Work on the local board: posted by a business, the municipality or an institution. Open ones are public. */
@Entity()
@Index(['municipalityId', 'status', 'createdAt'])
@Index(['status', 'createdAt'])
@Check('"places" > 0')
@Check(
  `("poster_kind" = 'BUSINESS') = ("business_id" IS NOT NULL) AND ("poster_kind" = 'ORGANISATION') = ("organisation_id" IS NOT NULL)`,
)
@ObjectType({
  implements: Node,
  description: 'Work on the opportunity board: a job, internship, volunteering, a small project, ...',
})
export class Opportunity extends Node {
  @Column({ type: 'enum', enum: OpportunityKind, enumName: 'opportunity_kind' })
  @Field(() => OpportunityKind, { description: 'What kind of work it is.' })
  kind!: OpportunityKind;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Short title, e.g. “Vakantiehulp in de bakkerij”.' })
  title!: string;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'What the work is, plain text.' })
  description!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  @Column({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Hours per week; null when it varies.' })
  hoursPerWeek!: number | null;

  @Column({ type: 'smallint', default: 1 })
  @Field(() => Int, { description: 'How many candidates can be placed.' })
  places!: number;

  @Column({
    type: 'enum',
    enum: TargetGroup,
    enumName: 'opportunity_target_group',
    array: true,
    default: '{}',
  })
  @Field(() => [TargetGroup], { description: 'Who it is for; empty means anyone.' })
  targetGroups!: TargetGroup[];

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'When the work starts; null when by agreement.' })
  startDate!: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day to respond; null when open-ended.' })
  closingDate!: string | null;

  @Column({
    type: 'enum',
    enum: OpportunityStatus,
    enumName: 'opportunity_status',
    default: OpportunityStatus.OPEN,
  })
  @Field(() => OpportunityStatus, { description: 'OPEN, FILLED or CLOSED.' })
  status!: OpportunityStatus;

  @Column({ type: 'enum', enum: PosterKind, enumName: 'opportunity_poster_kind' })
  @Field(() => PosterKind, { description: 'Who posted it: a business, the municipality or an institution.' })
  posterKind!: PosterKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  businessId!: string | null;

  @ManyToOne('Business', { onDelete: 'CASCADE' })
  @JoinColumn()
  business?: Business;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  /** The procurement request a municipal PROJECT became (procurement's id; no foreign key across modules). */
  @Column({ type: 'uuid', nullable: true })
  procurementRequestId!: string | null;

  /** Who posted it (`actorOf`): null when unknown. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  createdBySubject!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  createdByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was posted.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;
}
