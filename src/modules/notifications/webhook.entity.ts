import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Organisation } from '../core';
import { Node } from '../../kit';

/**
 * A partner's endpoint: the organisation whose API keys decide what it may receive, the event types it wants,
 * and its Standard Webhooks secret (`whsec_…`). After a rotation the previous secret also signs for a day, so
 * the partner can switch without missing a delivery.
 */
@Entity()
@ObjectType({ implements: Node, description: 'A partner’s webhook endpoint (admins).' })
export class WebhookEndpoint extends Node {
  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 2000 })
  @Field(() => String, { description: 'Where deliveries are POSTed (https in production).' })
  url!: string;

  @Column({ type: 'varchar', length: 60, array: true })
  @Field(() => [String], { description: 'The event types it receives, e.g. `event.created`.' })
  eventTypes!: string[];

  @Column({ type: 'varchar', length: 100 })
  secret!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  previousSecret!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  previousSecretUntil!: Date | null;

  /** Who is told when the endpoint is disabled (personal data: admins only). */
  @Column({ type: 'varchar', length: 254 })
  @Field(() => String, { description: 'Who is mailed when the endpoint is disabled after repeated failure.' })
  ownerEmail!: string;

  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Whether deliveries are made.' })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  disabledReason!: string | null;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Deliveries in a row that failed for good; reset by a success.' })
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
@ObjectType({ implements: Node, description: 'A webhook delivery with its attempts (admins).' })
export class WebhookDelivery extends Node {
  @Column({ type: 'uuid' })
  endpointId!: string;

  @ManyToOne('WebhookEndpoint', { onDelete: 'CASCADE' })
  @JoinColumn()
  endpoint?: WebhookEndpoint;

  @Column({ type: 'varchar', length: 60 })
  @Field(() => String, { description: 'The event type, e.g. `event.cancelled`.' })
  eventType!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  @Field(() => String, { description: 'The `webhook-id` header: the same on every attempt.' })
  messageId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({
    type: 'enum',
    enum: WebhookDeliveryStatus,
    enumName: 'webhook_delivery_status',
    default: WebhookDeliveryStatus.PENDING,
  })
  @Field(() => WebhookDeliveryStatus, { description: 'Pending, delivered or failed.' })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Attempts so far.' })
  attempts!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the event happened.' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the endpoint accepted it.' })
  deliveredAt!: Date | null;
}

/** One HTTP attempt of a delivery. */
@Entity()
@Index(['deliveryId', 'attempt'], { unique: true })
@ObjectType({ description: 'One attempt to deliver a webhook.' })
export class WebhookAttempt {
  @Column({ type: 'uuid', primary: true, default: () => 'gen_random_uuid()' })
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
  @Field(() => Int, { nullable: true, description: 'The HTTP status; null when there was no answer.' })
  statusCode!: number | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'How long the endpoint took, in milliseconds.' })
  latencyMs!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it failed (timeout, refused, status).' })
  error!: string | null;
}
