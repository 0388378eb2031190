import { Field, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  UpdateDateColumn,
} from 'typeorm';
import type { Business } from '../core';
import { Node } from '../../kit';
import type { Event } from './event.entity';

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'Where a registration stands.',
  valuesConfig: {
    CONFIRMED: { description: 'Has a seat.' },
    WAITLISTED: { description: 'On the waitlist; gets a seat, in order of arrival, when one frees up.' },
    CANCELLED: { description: 'Cancelled by the registrant or an organiser.' },
  },
});

/**
 * A person's registration for an event. Name and e-mail address are personal data: they reach the schema
 * only through guarded field resolvers. At most one active registration per event and e-mail address
 * (the partial unique index `registration_event_email_active`, created by the migration).
 */
@Entity()
@Index('registration_event_email_active', { synchronize: false })
@Index(['eventId', 'status', 'arrival'])
@ObjectType({ implements: Node, description: 'A registration for an event.' })
export class Registration extends Node {
  @Column({ type: 'uuid' })
  eventId!: string;

  @ManyToOne('Event', { onDelete: 'CASCADE' })
  @JoinColumn()
  event?: Event;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  businessId!: string | null;

  @ManyToOne('Business', { onDelete: 'SET NULL' })
  @JoinColumn()
  business?: Business;

  /** The business came from the registrant's own token (a member of it) or an admin, not a mere claim. */
  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, {
    description: 'Whether the business was confirmed by its own member (or an admin).',
  })
  businessVerified!: boolean;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' })
  @Field(() => RegistrationStatus, { description: 'Confirmed, waitlisted or cancelled.' })
  status!: RegistrationStatus;

  /** Order of arrival: taken while the event row is locked, so it is the order of the waitlist. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  arrival!: string;

  /** SHA-256 of the registration's secret, which only the registrant got. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  secretHash!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When the person was checked in at the door; null until then.',
  })
  checkedInAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a waitlisted registration got a seat.' })
  promotedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When the registration was cancelled; null while active.',
  })
  cancelledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the person registered.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the registration last changed.' })
  updatedAt!: Date;

  /** Set (not stored) when the caller proved to be the registrant: they may see name and e-mail. */
  revealed?: boolean;

  /** Set on the unstored answer to an address that is already registered: the position it was told. */
  unstoredWaitlistPosition?: number | null;
}
