import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Node } from '../../kit';

/**
 * One notification as the worker rendered it: its kind and idempotency key (unique, so a notification enqueued
 * twice, retried, or run by two processes is rendered once), and how many mails and webhook deliveries it made.
 */
@Entity()
@ObjectType({
  implements: Node,
  description: 'One notification as the worker rendered it: its kind, key and what it sent (admins).',
})
export class Notification extends Node {
  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'The kind, e.g. `networking.eventCancelled`.' })
  kind!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 300 })
  @Field(() => String, {
    description: 'The idempotency key (`<kind>:<ids>`): a notification with the same key is sent once.',
  })
  key!: string;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Mails it made (one per address, suppressed ones included).' })
  mailCount!: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, {
    description: 'Webhook deliveries it made (one per endpoint that may read the object).',
  })
  webhookCount!: number;

  @Index()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was rendered.' })
  createdAt!: Date;
}

export enum NotificationState {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
/**
 * SQL that is true when a notification (its id in `notificationId`, e.g. `n.id`) has a mail or a webhook
 * delivery in `status`: the one definition of its state, for the log's filter and its `state` field alike.
 */
export const hasDeliveryIn = (notificationId: string, status: 'FAILED' | 'PENDING') =>
  `(EXISTS (SELECT 1 FROM mail_message m WHERE m.notification_id = ${notificationId} AND m.status = '${status}')
    OR EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.notification_id = ${notificationId} AND d.status = '${status}'))`;

registerEnumType(NotificationState, {
  name: 'NotificationState',
  description: 'Where a notification stands, from its mails and webhook deliveries.',
  valuesConfig: {
    PENDING: { description: 'A mail or webhook delivery is queued or being retried.' },
    DONE: { description: 'Everything was sent or delivered (or suppressed, or there was nothing to send).' },
    FAILED: { description: 'A mail or webhook delivery was given up after every retry.' },
  },
});

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

/**
 * One mail of a notification, rendered once; sent by its own job, retried with backoff. Its text is not in the
 * schema: it may hold a recipient's own secret link (a registration's cancel link).
 */
@Entity()
@Index(['notificationId', 'toAddress'], { unique: true })
@ObjectType({ implements: Node, description: 'One mail of a notification and its delivery (admins).' })
export class MailMessage extends Node {
  @Column({ type: 'uuid' })
  notificationId!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'The kind of its notification.' })
  kind!: string;

  /** Lower case. Personal data: in the schema for admins only (the type is only reachable by admins). */
  @Column({ type: 'varchar', length: 254 })
  @Field(() => String, { description: 'The recipient’s address, lower case (personal data).' })
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
  @Field(() => MailStatus, { description: 'Where it stands.' })
  status!: MailStatus;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Attempts to hand it to the mail server so far.' })
  attempts!: number;

  /** The mail server's answer to the last failed attempt (no addresses: the server's code and text). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The mail server’s answer to the last failed attempt (addresses removed); null when none.',
  })
  lastError!: string | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was rendered.' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the mail server accepted it; null until then.' })
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

/**
 * The address book of signed-in people: the mail address of a token subject (a coach, a civil servant who
 * made a procurement request, whoever posted an opportunity). Tokens carry no address and the platform keeps
 * no user table, so mails to such people go to the address stored here; a subject without one gets no mail
 * (the notification is still logged, with no mails). Filled by the demo data and by operators.
 */
@Entity()
export class NotificationAddress {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/**
 * The graphile-worker workers of each running process (instance). An instance holds a PostgreSQL advisory lock
 * on its id for as long as it lives; when another process can take that lock, the instance is gone (killed,
 * crashed) and its workers' jobs are unlocked at once instead of after graphile-worker's 4 hours.
 */
@Entity()
export class WorkerInstance {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  workerId!: string;

  @Index()
  @Column({ type: 'uuid' })
  instance!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  startedAt!: Date;
}
