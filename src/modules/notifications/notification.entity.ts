import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Node } from '../../kit';

/**
 * One notification as the worker rendered it: its kind and idempotency key (unique, so a notification enqueued
 * twice, retried, or run by two processes is rendered once), and how many mails and webhook deliveries it made.
 */
@Entity()
@ObjectType({ implements: Node, description: 'A notification the platform sent (admins).' })
export class Notification extends Node {
  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, {
    description: 'Its kind, `<module>.<what>`, e.g. `networking.registrationConfirmed`.',
  })
  kind!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 300 })
  @Field(() => String, { description: 'The idempotency key: the same key is sent once.' })
  key!: string;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'How many mails it made (sent, pending, failed or suppressed).' })
  mailCount!: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'How many webhook deliveries it made.' })
  webhookCount!: number;

  @Index()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the worker rendered it.' })
  createdAt!: Date;
}

export enum MailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SUPPRESSED = 'SUPPRESSED',
}
registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'Where a mail stands.',
  valuesConfig: {
    PENDING: { description: 'Queued, or being retried after a failure.' },
    SENT: { description: 'Accepted by the mail server (or kept as a file in development).' },
    FAILED: { description: 'Given up after every retry.' },
    SUPPRESSED: { description: 'Not sent: the recipient switched this optional kind off.' },
  },
});

/** One mail of a notification, rendered once; sent by its own job, retried with backoff. */
@Entity()
@Index(['notificationId', 'toAddress'], { unique: true })
@ObjectType({ implements: Node, description: 'A mail of a notification (admins).' })
export class MailMessage extends Node {
  @Column({ type: 'uuid' })
  notificationId!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'The kind of notification.' })
  kind!: string;

  /** Lower case. Personal data: in the schema for admins only (the type is only reachable by admins). */
  @Column({ type: 'varchar', length: 254 })
  @Field(() => String, { description: 'The recipient’s address.' })
  toAddress!: string;

  @Column({ type: 'varchar', length: 300 })
  @Field(() => String, { description: 'The subject line.' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  html!: string;

  @Index()
  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.PENDING })
  @Field(() => MailStatus, { description: 'Pending, sent, failed or suppressed.' })
  status!: MailStatus;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts!: number;

  /** The mail server's answer to the last failed attempt (no addresses: the server's code and text). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was rendered.' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the mail server accepted it.' })
  sentAt!: Date | null;
}

/** The optional kinds an address has switched off through the signed link in a mail (no account needed). */
@Entity()
export class NotificationPreference {
  /** Lower case. */
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 100, array: true, default: () => "'{}'" })
  mutedKinds!: string[];

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** A reminder that was enqueued: its key, so each fires once across processes and scans. */
@Entity()
export class NotificationReminder {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
