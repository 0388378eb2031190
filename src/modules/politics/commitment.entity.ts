import { Field, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DateScalar, Node } from '../../kit';
import type { AgendaPoint } from './agenda-point.entity';
import type { Party } from './party.entity';

export enum CommitmentStage {
  PROMISED = 'PROMISED',
  IN_PARTY_PROGRAMME = 'IN_PARTY_PROGRAMME',
  IN_COALITION_AGREEMENT = 'IN_COALITION_AGREEMENT',
  IMPLEMENTED = 'IMPLEMENTED',
  DROPPED = 'DROPPED',
}
registerEnumType(CommitmentStage, {
  name: 'CommitmentStage',
  description:
    'How far a party’s promise got: PROMISED → IN_PARTY_PROGRAMME → IN_COALITION_AGREEMENT → IMPLEMENTED, or DROPPED.',
  valuesConfig: {
    PROMISED: { description: 'The party promised to take the point up.' },
    IN_PARTY_PROGRAMME: { description: 'The point is in the party’s election programme.' },
    IN_COALITION_AGREEMENT: { description: 'The point is in the coalition agreement the party signed.' },
    IMPLEMENTED: { description: 'The municipality carried it out.' },
    DROPPED: { description: 'The party let it go (from any stage).' },
  },
});

/** The stages in their order; DROPPED stands outside it. */
export const STAGE_ORDER: CommitmentStage[] = [
  CommitmentStage.PROMISED,
  CommitmentStage.IN_PARTY_PROGRAMME,
  CommitmentStage.IN_COALITION_AGREEMENT,
  CommitmentStage.IMPLEMENTED,
];

/** A party's commitment to one agenda point and how far it got. Public. */
@Entity()
@Index(['partyId', 'agendaPointId'], { unique: true })
@ObjectType({
  implements: Node,
  description: 'A party’s commitment to an agenda point and its stage (public).',
})
export class Commitment extends Node {
  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne('Party', { onDelete: 'RESTRICT' })
  @JoinColumn()
  party?: Party;

  @Index()
  @Column({ type: 'uuid' })
  agendaPointId!: string;

  @ManyToOne('AgendaPoint', { onDelete: 'RESTRICT' })
  @JoinColumn()
  agendaPoint?: AgendaPoint;

  @Column({ type: 'enum', enum: CommitmentStage, enumName: 'commitment_stage' })
  @Field(() => CommitmentStage, { description: 'Where it is now.' })
  stage!: CommitmentStage;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day it reached its current stage.' })
  stageSince!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;
}

/** One step of a commitment (its first stage too), with the evidence and who recorded it. */
@Entity()
@Index(['commitmentId', 'changedOn'])
@ObjectType({ description: 'A step of a commitment, with its evidence.' })
export class CommitmentChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  commitmentId!: string;

  @ManyToOne('Commitment', { onDelete: 'CASCADE' })
  @JoinColumn()
  commitment?: Commitment;

  @Column({ type: 'enum', enum: CommitmentStage, enumName: 'commitment_change_from_stage', nullable: true })
  @Field(() => CommitmentStage, { nullable: true, description: 'The stage before; null for the first.' })
  fromStage!: CommitmentStage | null;

  @Column({ type: 'enum', enum: CommitmentStage, enumName: 'commitment_change_to_stage' })
  @Field(() => CommitmentStage, { description: 'The stage reached.' })
  toStage!: CommitmentStage;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day the stage was reached.' })
  changedOn!: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Evidence: a quote (from a programme, an agreement).' })
  evidenceQuote!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Evidence: a link.' })
  evidenceUrl!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Evidence: a document, e.g. `Verkiezingsprogramma 2018, p. 12`.',
  })
  evidenceDocument!: string | null;

  /** Who recorded the step (`actorOf` the viewer): null when unknown; `actorName` resolves it for GraphQL. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  actorSubject!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;
}
