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
import { Node } from '../core';

export enum EventKind {
  NETWORKING = 'NETWORKING',
  MEETING = 'MEETING',
  WORKSHOP = 'WORKSHOP',
  RECEPTION = 'RECEPTION',
  CONFERENCE = 'CONFERENCE',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, { name: 'EventKind' });

export enum EventVisibility {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
  PARTNERS = 'PARTNERS',
}
registerEnumType(EventVisibility, {
  name: 'EventVisibility',
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
registerEnumType(EventStatus, { name: 'EventStatus' });

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
  @Field(() => String)
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
  @Field(() => Date)
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
  @Field(() => EventKind)
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
  @Field(() => EventVisibility)
  visibility!: EventVisibility;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.SCHEDULED })
  @Field(() => EventStatus)
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
  @Field(() => Date)
  createdAt!: Date;

  @Index()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date)
  updatedAt!: Date;
}

export enum EventHostRole {
  ORGANISER = 'ORGANISER',
  CO_HOST = 'CO_HOST',
}
registerEnumType(EventHostRole, { name: 'EventHostRole' });

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
  @Field(() => EventHostRole)
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
