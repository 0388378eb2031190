import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Association, Business, Municipality } from '../core';
import { DateScalar, Node } from '../../kit';

export enum ApplicationStatus {
  UNCONFIRMED = 'UNCONFIRMED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application is: UNCONFIRMED → PENDING → APPROVED or REJECTED.',
  valuesConfig: {
    UNCONFIRMED: {
      description:
        'Submitted; the contact has not yet followed the confirmation link (deleted after 7 days).',
    },
    PENDING: {
      description: 'E-mail address confirmed; waiting for the association (or Regio Q4) to decide.',
    },
    APPROVED: { description: 'Approved: the business, its membership and its supplier profile exist.' },
    REJECTED: { description: 'Rejected with a reason (deleted 30 days after the decision).' },
  },
});

/**
 * A firm's own application to join the register, as a supplier and (optionally) as a member of an
 * association. Anonymous until approved; the contact's name and e-mail address are personal data, read only
 * by those who decide on it (README "Who may do what") and by the owner of an existing business of the KvK
 * number, who must confirm an application for it.
 */
@Entity()
// One application per KvK number waits for a decision at a time (unconfirmed ones do not count: a stranger
// could otherwise block a firm by applying in its name without confirming).
@Index('business_application_one_pending', ['kvkNumber'], { unique: true, where: `"status" = 'PENDING'` })
@ObjectType({
  implements: Node,
  description: 'A firm’s application to join the register as a supplier and, optionally, an association.',
})
export class BusinessApplication extends Node {
  @Column({ type: 'enum', enum: ApplicationStatus, enumName: 'application_status' })
  @Field(() => ApplicationStatus, { description: 'Where the application is.' })
  status!: ApplicationStatus;

  @Index()
  @Column({ type: 'char', length: 8 })
  @Field(() => String, { description: 'KvK number, 8 digits.' })
  kvkNumber!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Trade name as registered.' })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Street of the visiting address.' })
  street!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => String, { description: 'House number with any addition.' })
  houseNumber!: string;

  @Column({ type: 'varchar', length: 7 })
  @Field(() => String, { description: 'Dutch postcode, `1234 AB`.' })
  postcode!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Place of the visiting address.' })
  city!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  /** Personal data: resolved for the deciders only. */
  @Column({ type: 'varchar', length: 200 })
  contactName!: string;

  /** Personal data: resolved for the deciders only. */
  @Column({ type: 'varchar', length: 254 })
  contactEmail!: string;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'What the firm offers, for its supplier profile (Dutch).' })
  description!: string;

  @Column({ type: 'char', length: 8, array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'CPV codes of the supplier profile (8 digits).' })
  cpvCodes!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  municipalityIdsServed!: string[];

  /** The association the firm wants to join; null: only the register, decided by Regio Q4 (admins). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  associationId!: string | null;

  @ManyToOne('Association', { onDelete: 'CASCADE' })
  @JoinColumn()
  association?: Association;

  /** SHA-256 of the confirmation token in the mailed link; null once confirmed. */
  @Index({ unique: true, where: '"confirmation_token_hash" IS NOT NULL' })
  @Column({ type: 'char', length: 64, nullable: true })
  confirmationTokenHash!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the contact confirmed the e-mail address.' })
  confirmedAt!: Date | null;

  /** When the owner of the KvK number's existing business agreed to the application (see `endorse`). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description:
      'When a member of the existing business of this KvK number confirmed the application; null if not ' +
      '(needed before approval when the KvK number is already in the register).',
  })
  ownerConfirmedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was approved or rejected.' })
  decidedAt!: Date | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Amsterdam day of the approval: the figures count the firm and its membership from it.',
  })
  approvedOn!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedBySubject!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedByName!: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was rejected (sent to the firm).' })
  rejectionReason!: string | null;

  /** The business it became part of, once approved. */
  @Column({ type: 'uuid', nullable: true })
  businessId!: string | null;

  @ManyToOne('Business', { onDelete: 'SET NULL' })
  @JoinColumn()
  business?: Business;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was submitted.' })
  createdAt!: Date;
}
