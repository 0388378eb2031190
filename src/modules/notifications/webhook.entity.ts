import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Organisation } from '../core';
import { Node } from '../../kit';

/**
 * A partner's endpoint: the organisation whose API keys decide what it may receive, the event types it wants,
 * and its Standard Webhooks secret (`whsec_…`). After a rotation the previous secret also signs for a day, so
 * the partner can switch without missing a delivery. Admins only: the type is reached through admin queries
 * and `node(id:)` returns it to admins alone; the secrets are never a field.
 */
@Entity()
@ObjectType({
  implements: Node,
  description: 'A partner organisation’s webhook endpoint (admins). Its secret is shown once, never again.',
})
export class WebhookEndpoint extends Node {
  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 2000 })
  @Field(() => String, { description: 'Where the events are POSTed.' })
  url!: string;

  @Column({ type: 'varchar', length: 60, array: true })
  @Field(() => [String], { description: 'The event types it receives, e.g. `event.cancelled`.' })
  eventTypes!: string[];

  @Column({ type: 'varchar', length: 100 })
  secret!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  previousSecret!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    name: 'previousSecretValidUntil',
    description: 'After a rotation: until when deliveries are signed with the previous secret too.',
  })
  previousSecretUntil!: Date | null;

  /** Who is told when the endpoint is disabled (personal data: admins only). */
  @Column({ type: 'varchar', length: 254 })
  @Field(() => String, { description: 'Who is mailed when the endpoint is disabled (personal data).' })
  ownerEmail!: string;

  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Whether events are delivered to it.' })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was disabled automatically; null otherwise.' })
  disabledReason!: string | null;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Deliveries given up in a row; at the limit the endpoint is disabled.' })
  consecutiveFailures!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was registered.' })
  createdAt!: Date;
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Queued, or waiting for its next retry.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Given up after retrying for more than a day.' },
  },
});

/** One event for one endpoint; its `webhook-id` stays the same on every attempt and on redelivery. */
@Entity()
@Index(['endpointId', 'createdAt'])
@ObjectType({
  implements: Node,
  description: 'One event for one webhook endpoint, with its attempts (admins).',
})
export class WebhookDelivery extends Node {
  @Column({ type: 'uuid' })
  endpointId!: string;

  @ManyToOne('WebhookEndpoint', { onDelete: 'CASCADE' })
  @JoinColumn()
  endpoint?: WebhookEndpoint;

  /** The notification that made it (null for deliveries made before this column existed). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  notificationId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  @Field(() => String, { description: 'The event type, e.g. `event.created`.' })
  eventType!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  @Field(() => String, { description: 'The `webhook-id` header: the same on every attempt and redelivery.' })
  messageId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({
    type: 'enum',
    enum: WebhookDeliveryStatus,
    enumName: 'webhook_delivery_status',
    default: WebhookDeliveryStatus.PENDING,
  })
  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status!: WebhookDeliveryStatus;

  @Column({ name: 'attempts', type: 'int', default: 0 })
  @Field(() => Int, { description: 'HTTP attempts made so far.' })
  attemptCount!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the event was queued for this endpoint.' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the endpoint answered 2xx; null until then.' })
  deliveredAt!: Date | null;
}

export enum WebhookAttemptOutcome {
  DELIVERED = 'DELIVERED',
  HTTP_ERROR = 'HTTP_ERROR',
  TIMEOUT = 'TIMEOUT',
  NO_ANSWER = 'NO_ANSWER',
  REFUSED = 'REFUSED',
}
registerEnumType(WebhookAttemptOutcome, {
  name: 'WebhookAttemptOutcome',
  description: 'How one HTTP attempt of a webhook delivery ended.',
  valuesConfig: {
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    HTTP_ERROR: { description: 'The endpoint answered, with another status (see `statusCode`).' },
    TIMEOUT: { description: 'No answer within the timeout (`WEBHOOK_TIMEOUT_MS`).' },
    NO_ANSWER: { description: 'No connection: the host did not resolve, refused or reset it.' },
    REFUSED: { description: 'Not called: the URL resolves to a private or loopback address in production.' },
  },
});

/** One HTTP attempt of a delivery. */
@Entity()
@Index(['deliveryId', 'attempt'], { unique: true })
@ObjectType({ description: 'One HTTP attempt of a webhook delivery (admins).' })
export class WebhookAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @ManyToOne('WebhookDelivery', { onDelete: 'CASCADE' })
  @JoinColumn()
  delivery?: WebhookDelivery;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The attempt’s number, from 1.' })
  attempt!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was made.' })
  at!: Date;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null without an answer.' })
  statusCode!: number | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Milliseconds until the answer (or the failure).' })
  latencyMs!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'What went wrong, e.g. `HTTP 500`; null on success.' })
  error!: string | null;
}
