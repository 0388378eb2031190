import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Association, Municipality, Organisation } from '../core';
import { Node } from '../../kit';

export enum EventKind {
  NETWORKING = 'NETWORKING',
  MEETING = 'MEETING',
  WORKSHOP = 'WORKSHOP',
  RECEPTION = 'RECEPTION',
  CONFERENCE = 'CONFERENCE',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of gathering an event is.',
  valuesConfig: {
    NETWORKING: { description: 'A networking meeting (borrel, ondernemersontbijt).' },
    MEETING: { description: 'A meeting with an agenda, such as a members’ meeting.' },
    WORKSHOP: { description: 'A workshop or training.' },
    RECEPTION: { description: 'A reception, such as a new year’s reception.' },
    CONFERENCE: { description: 'A conference or symposium.' },
    OTHER: { description: 'Any other kind.' },
  },
});

export enum EventVisibility {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
  PARTNERS = 'PARTNERS',
}
registerEnumType(EventVisibility, {
  name: 'EventVisibility',
  description: 'Who may see an event (and register for it); admins see all.',
  valuesConfig: {
    PUBLIC: { description: 'Everyone, also in the iCalendar feed.' },
    MEMBERS: { description: 'Members of the associations (role MEMBER) and the organisers.' },
    PARTNERS: { description: 'Partner organisations with an `events:read` API key, and the organisers.' },
  },
});

export enum EventStatus {
  SCHEDULED = 'SCHEDULED',
  POSTPONED = 'POSTPONED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether an event goes ahead.',
  valuesConfig: {
    SCHEDULED: { description: 'Goes ahead as planned.' },
    POSTPONED: {
      description: 'Postponed; the dates shown may change (iCalendar `TENTATIVE`). Registrations stay.',
    },
    CANCELLED: { description: 'Cancelled for good (`cancelEvent`); registration is closed.' },
  },
});

/**
 * A networking event. Every insert and update runs the `event_change` trigger (see the AddNetworking
 * migration): it raises `revision` on update and takes `change_seq` from a sequence while holding a
 * transaction-level advisory lock, so `change_seq` grows in commit order — the key of partner sync.
 */
@Entity()
@Check('"ends_at" > "starts_at"')
@Check('"capacity" IS NULL OR "capacity" >= 1')
@Check(
  '"registration_opens_at" IS NULL OR "registration_closes_at" IS NULL OR "registration_closes_at" > "registration_opens_at"',
)
@ObjectType({ implements: Node, description: 'A networking event, meeting, workshop or reception.' })
export class Event extends Node {
  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Title, at most 200 characters.' })
  title!: string;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'Plain text.' })
  description!: string;

  @Index()
  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'Start (an instant; see `startsAtLocal` for Amsterdam time).' })
  startsAt!: Date;

  @Index()
  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'End (an instant, after `startsAt`; see `endsAtLocal`).' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 200 })
  venueName!: string;

  @Column({ type: 'varchar', length: 300 })
  venueAddress!: string;

  @Index()
  @Column({ type: 'uuid' })
  venueMunicipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  venueMunicipality?: Municipality;

  @Column({ type: 'enum', enum: EventKind, enumName: 'event_kind' })
  @Field(() => EventKind, { description: 'What kind of gathering it is.' })
  kind!: EventKind;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Seats; null is unlimited.' })
  capacity!: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'Registration opens; null: open from the start.' })
  registrationOpensAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'Registration closes; null: at the start of the event.' })
  registrationClosesAt!: Date | null;

  @Column({ type: 'enum', enum: EventVisibility, enumName: 'event_visibility' })
  @Field(() => EventVisibility, { description: 'Who may see the event and register for it.' })
  visibility!: EventVisibility;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.SCHEDULED })
  @Field(() => EventStatus, { description: 'Whether it goes ahead.' })
  status!: EventStatus;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, {
    description: 'Raised on every change of the event (iCalendar `SEQUENCE`); registrations do not count.',
  })
  revision!: number;

  /** Position in the commit order of event changes (set by the `event_change` trigger). */
  @Index({ unique: true })
  @Column({ type: 'bigint' })
  @Generated('increment')
  changeSeq!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the event was created.' })
  createdAt!: Date;

  @Index()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the event was last changed (registrations do not count).' })
  updatedAt!: Date;
}

export enum EventHostRole {
  ORGANISER = 'ORGANISER',
  CO_HOST = 'CO_HOST',
}
registerEnumType(EventHostRole, {
  name: 'EventHostRole',
  description: 'How an association or organisation takes part in hosting an event.',
  valuesConfig: {
    ORGANISER: {
      description:
        'Organises it: members of an organising association update the event and see its registrations.',
    },
    CO_HOST: { description: 'Named as co-host; no rights over the event.' },
  },
});

/** An association or organisation that organises or co-hosts an event. */
@Entity()
@Index(['eventId', 'associationId'], { unique: true, where: '"association_id" IS NOT NULL' })
@Index(['eventId', 'organisationId'], { unique: true, where: '"organisation_id" IS NOT NULL' })
@Check('("association_id" IS NULL) <> ("organisation_id" IS NULL)')
@ObjectType({ description: 'An organiser or co-host of an event: an association or an organisation.' })
export class EventHost {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  eventId!: string;

  @ManyToOne('Event', { onDelete: 'CASCADE' })
  @JoinColumn()
  event?: Event;

  @Column({ type: 'enum', enum: EventHostRole, enumName: 'event_host_role' })
  @Field(() => EventHostRole, { description: 'Organiser or co-host.' })
  role!: EventHostRole;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  associationId!: string | null;

  @ManyToOne('Association', { onDelete: 'RESTRICT' })
  @JoinColumn()
  association?: Association;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}
