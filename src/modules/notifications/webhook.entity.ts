import { registerEnumType } from 'type-graphql';
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
 * the partner can switch without missing a delivery.
 */
@Entity()
export class WebhookEndpoint extends Node {
  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ type: 'varchar', length: 60, array: true })
  eventTypes!: string[];

  @Column({ type: 'varchar', length: 100 })
  secret!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  previousSecret!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  previousSecretUntil!: Date | null;

  /** Who is told when the endpoint is disabled (personal data: admins only). */
  @Column({ type: 'varchar', length: 254 })
  ownerEmail!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 300, nullable: true })
  disabledReason!: string | null;

  @Column({ type: 'int', default: 0 })
  consecutiveFailures!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
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
export class WebhookDelivery extends Node {
  @Column({ type: 'uuid' })
  endpointId!: string;

  @ManyToOne('WebhookEndpoint', { onDelete: 'CASCADE' })
  @JoinColumn()
  endpoint?: WebhookEndpoint;

  @Column({ type: 'varchar', length: 60 })
  eventType!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  messageId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({
    type: 'enum',
    enum: WebhookDeliveryStatus,
    enumName: 'webhook_delivery_status',
    default: WebhookDeliveryStatus.PENDING,
  })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;
}

/** One HTTP attempt of a delivery. */
@Entity()
@Index(['deliveryId', 'attempt'], { unique: true })
export class WebhookAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @ManyToOne('WebhookDelivery', { onDelete: 'CASCADE' })
  @JoinColumn()
  delivery?: WebhookDelivery;

  @Column({ type: 'int' })
  attempt!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ type: 'int', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'int' })
  latencyMs!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  error!: string | null;
}
