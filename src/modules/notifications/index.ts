import dutch from './notifications.nl.json';
import { defineModule, hasRole, Role } from '../../kit';
import type { Context } from '../../kit';
import { NotificationAddressResolver } from './address.resolver';
import {
  MailMessage,
  Notification,
  NotificationAddress,
  NotificationPreference,
  NotificationReminder,
  WorkerInstance,
} from './notification.entity';
import { webhookDisabled } from './notifications.kinds';
import { MailMessageResolver, NotificationLogResolver } from './notification-log.resolver';
import { createNotificationLoaders } from './notifications.loaders';
import { NotificationPreferencesResolver } from './preference.resolver';
import { WebhookAttemptResolver, WebhookDeliveryResolver, WebhookEndpointResolver } from './webhook.resolver';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity';

export { mountDevMailView } from './dev-mail.routes';
export { createNotificationMetrics } from './notification.metrics';
export type { NotificationMetrics } from './notification.metrics';
export type { MailSettings } from './mailer';
export type { NotificationSettings } from './settings';
export { configureNotifications, preferenceSignature } from './settings';
export { refusedEndpoint, retryDelayMs, WEBHOOK_EVENT_TYPES } from './webhook-delivery';
export { SECRET_OVERLAP_MS } from './webhook.service';
export type { NotificationWorker, WorkerDeps } from './worker';
export {
  createDelivery,
  renderNotification,
  scanReminders,
  sendMail,
  startNotificationWorker,
} from './worker';

const adminOnly = async <T>(ctx: Context, load: () => Promise<T>) =>
  hasRole(ctx.viewer, Role.ADMIN) ? load() : null;

/**
 * Delivery of what the other modules notify (the kit's `notify`): the worker on the PostgreSQL queue, mails,
 * partner webhooks, the logs for admins and the recipients' preferences (docs/notifications.md).
 */
export const notifications = defineModule({
  name: 'notifications',
  dutch,
  entities: [
    Notification,
    MailMessage,
    NotificationPreference,
    NotificationReminder,
    NotificationAddress,
    WorkerInstance,
    WebhookEndpoint,
    WebhookDelivery,
    WebhookAttempt,
  ],
  resolvers: [
    NotificationPreferencesResolver,
    NotificationAddressResolver,
    NotificationLogResolver,
    MailMessageResolver,
    WebhookEndpointResolver,
    WebhookDeliveryResolver,
    WebhookAttemptResolver,
  ],
  // The logs and endpoints are for admins: `node(id:)` is null for everyone else.
  nodeTypes: [
    {
      type: Notification,
      load: (ctx, id) => adminOnly(ctx, () => ctx.loaders.notifications.notificationById.load(id)),
    },
    {
      type: MailMessage,
      load: (ctx, id) => adminOnly(ctx, () => ctx.loaders.notifications.mailById.load(id)),
    },
    {
      type: WebhookEndpoint,
      load: (ctx, id) => adminOnly(ctx, () => ctx.loaders.notifications.endpointById.load(id)),
    },
    {
      type: WebhookDelivery,
      load: (ctx, id) => adminOnly(ctx, () => ctx.loaders.notifications.deliveryById.load(id)),
    },
  ],
  createLoaders: createNotificationLoaders,
  notifications: [webhookDisabled],
  examples: [
    {
      title: 'Admin: partners’ webhook endpoints with their delivery log, and the notification log',
      query: `
query WebhooksAndLog {
  webhookEndpoints(first: 10) {
    totalCount
    nodes {
      id url eventTypes enabled disabledReason consecutiveFailures previousSecretValidUntil
      organisation { name }
      deliveries(first: 5) {
        nodes { eventType messageId status attemptCount attempts { attempt statusCode latencyMs outcome error } }
      }
    }
  }
  notificationLog(first: 10) {
    pageInfo { hasNextPage endCursor }
    nodes { kind key createdAt mailCount webhookCount state }
  }
  mailLog(first: 5, filter: { status: PENDING }) {
    nodes { toAddress subject kind status attempts lastError }
  }
}`,
      token: { roles: [Role.ADMIN] },
    },
  ],
});
