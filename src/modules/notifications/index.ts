import dutch from './notifications.nl.json';
import { defineModule } from '../../kit';
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
import { NotificationPreferencesResolver } from './preference.resolver';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity';

export { mountDevMailView } from './dev-mail.routes';
export { createNotificationMetrics } from './notification.metrics';
export type { NotificationMetrics } from './notification.metrics';
export type { MailSettings } from './mailer';
export type { NotificationSettings } from './settings';
export { configureNotifications, preferenceSignature } from './settings';
export { refusedEndpoint } from './webhook-delivery';
export type { NotificationWorker, WorkerDeps } from './worker';
export {
  createDelivery,
  renderNotification,
  scanReminders,
  sendMail,
  startNotificationWorker,
} from './worker';

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
  resolvers: [NotificationPreferencesResolver, NotificationAddressResolver],
  nodeTypes: [],
  createLoaders: () => ({}),
  notifications: [webhookDisabled],
});
