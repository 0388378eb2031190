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
import type { Municipality, Organisation } from '../core';
import { DateScalar, Node } from '../../kit';

/** A meeting of the board with regional stakeholders (the national park, U10, aldermen). Board only. */
@Entity()
@ObjectType({ implements: Node, description: 'A meeting with regional stakeholders (admins only).' })
export class StakeholderMeeting extends Node {
  @Index()
  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day of the meeting.' })
  date!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Title of the meeting.' })
  title!: string;

  @Column({ type: 'varchar', length: 500, array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Topics discussed, in agenda order.' })
  topics!: string[];

  @Column({ type: 'varchar', length: 1000, array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'What was agreed or concluded.' })
  outcomes!: string[];

  /**
   * What came of the meeting as the board tells its members: the annual review's regional contacts show it
   * to anyone, while the rest of the meeting (participants, outcomes, actions) stays with the board.
   */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'What came of it, in words fit to publish (the annual review shows it to anyone); null: none.',
  })
  publicSummary!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the meeting was recorded.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the record was last changed.' })
  updatedAt!: Date;
}

/** Someone at a stakeholder meeting: an organisation, and/or a person with a role (an alderman). */
@Entity()
@ObjectType({ description: 'A participant of a stakeholder meeting.' })
export class StakeholderParticipant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne('StakeholderMeeting', { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: StakeholderMeeting;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the person, if any.' })
  name!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'e.g. `Wethouder`, `Directeur`.' })
  role!: string | null;

  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'An alderman’s portfolio, e.g. `Economische Zaken`.' })
  portfolio!: string | null;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

export enum FollowUpStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'Progress of a follow-up action.',
  valuesConfig: {
    OPEN: { description: 'Agreed, not started.' },
    IN_PROGRESS: { description: 'Being worked on.' },
    DONE: { description: 'Done.' },
    DROPPED: { description: 'No longer pursued.' },
  },
});

@Entity()
@ObjectType({ implements: Node, description: 'An action agreed at a stakeholder meeting.' })
export class FollowUpAction extends Node {
  @Index()
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne('StakeholderMeeting', { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: StakeholderMeeting;

  @Column({ type: 'varchar', length: 1000 })
  @Field(() => String, { description: 'What is to be done.' })
  description!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Who will do it.' })
  owner!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it should be done; null when no date was agreed.',
  })
  dueDate!: string | null;

  @Column({ type: 'enum', enum: FollowUpStatus, enumName: 'follow_up_status', default: FollowUpStatus.OPEN })
  @Field(() => FollowUpStatus, { description: 'Progress.' })
  status!: FollowUpStatus;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}
