import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Node } from '../../kit';
import type { Candidate } from './candidate.entity';
import { Identifying } from './identifying';
import type { Opportunity } from './opportunity.entity';
import { PlacementStage } from './placement.enum';

/**
 * A candidate on an opportunity, moved through the stages by coaches. Seen by coaches, admins and the
 * opportunity's poster (who sees the candidate only as a pseudonymous profile).
 */
@Entity()
@Index(['candidateId', 'opportunityId'], { unique: true })
@Index(['opportunityId', 'stage'])
@ObjectType({ implements: Node, description: 'A candidate on an opportunity, and where that stands.' })
export class Placement extends Node {
  @Column({ type: 'uuid' })
  candidateId!: string;

  @ManyToOne('Candidate', { onDelete: 'RESTRICT' })
  @JoinColumn()
  candidate?: Candidate;

  @Column({ type: 'uuid' })
  opportunityId!: string;

  @ManyToOne('Opportunity', { onDelete: 'RESTRICT' })
  @JoinColumn()
  opportunity?: Opportunity;

  @Column({ type: 'enum', enum: PlacementStage, enumName: 'placement_stage' })
  @Field(() => PlacementStage, { description: 'The stage it is in.' })
  stage!: PlacementStage;

  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'Since when it is in this stage.' })
  stageSince!: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was proposed.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** One step of a placement: kept for good, with time, actor and note (the note is erased with the candidate). */
@Entity()
@Index(['placementId', 'at'])
@ObjectType({
  description: 'A step of a placement: coaches and admins only (notes are about the candidate).',
})
export class PlacementTransition {
  @Column({ type: 'bigint', primary: true, generated: 'increment' })
  id!: string;

  @Column({ type: 'uuid' })
  placementId!: string;

  @ManyToOne('Placement', { onDelete: 'CASCADE' })
  @JoinColumn()
  placement?: Placement;

  /** The candidate, kept on each step so that erasure finds every note of theirs in one statement. */
  @Index()
  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'enum', enum: PlacementStage, enumName: 'placement_transition_from', nullable: true })
  @Field(() => PlacementStage, { nullable: true, description: 'The stage before; null for the proposal.' })
  @Identifying()
  from!: PlacementStage | null;

  @Column({ type: 'enum', enum: PlacementStage, enumName: 'placement_transition_to' })
  @Field(() => PlacementStage, { description: 'The stage after.' })
  @Identifying()
  to!: PlacementStage;

  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When.' })
  @Identifying()
  at!: Date;

  /** Who made the step (`actorOf`): null when unknown; `actorName` is resolved for GraphQL. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  actorSubject!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName!: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The coach’s note; null when none or erased.' })
  @Identifying()
  note!: string | null;
}
