import { DEFAULT_JWT_SECRET } from '../../src/config';
import { preferenceSignature } from '../../src/modules/notifications';
import { preferenceSecretOf } from '../../src/notification-worker';
import { toGlobalId } from '../../src/kit';
import { defineMatrix, everyone, gate, INHERIT, personal, visibleTo } from '../support/authorization-matrix';

const email = 'matrix@example.nl';
/** Every caller with a token (a person), as against anonymous callers and API keys. */
const PEOPLE = ['ADMIN', 'EDITOR', 'CIVIL_SERVANT', 'COACH', 'MEMBER', 'SECRETARY'] as const;
const signature = preferenceSignature(preferenceSecretOf(DEFAULT_JWT_SECRET), email);

const connection = { edges: INHERIT, nodes: INHERIT, pageInfo: INHERIT, totalCount: INHERIT };
const edge = { cursor: INHERIT, node: INHERIT };

/**
 * Notifications: a recipient's preferences open with the signed link in a mail, for anyone who holds it. The
 * logs and partners' webhook endpoints are for admins: their root fields are gated and `node(id:)` is null for
 * everyone else, so their fields (addresses included) inherit from the object. A signed-in person's address for
 * mails is their own (`me`), set by themselves or an admin.
 */
export const notificationsMatrix = defineMatrix({
  samples: {},
  // The demo's queue has not run in the template: a notification with a mail, an endpoint with a delivery.
  async prepare({ sql }) {
    const [notification] = await sql(
      `INSERT INTO notification (kind, key, mail_count, webhook_count)
       VALUES ('networking.eventCancelled', 'networking.eventCancelled:matrix', 1, 1) RETURNING id`,
    );
    const [mail] = await sql(
      `INSERT INTO mail_message (notification_id, kind, to_address, subject, text, html, status, last_error)
       VALUES ($1, 'networking.eventCancelled', 'deelnemer@example.nl', 'Afgelast', 'Tekst', '<p>Tekst</p>',
               'PENDING', '451 mailbox unavailable') RETURNING id`,
      [notification.id],
    );
    const [endpoint] = await sql(
      `INSERT INTO webhook_endpoint (organisation_id, url, event_types, secret, owner_email, disabled_reason,
                                     previous_secret, previous_secret_until)
       SELECT id, 'https://partner.example.nl/hooks', '{event.cancelled}', 'whsec_matrix', 'eigenaar@example.nl',
              'matrix', 'whsec_old', now() + interval '1 day'
         FROM organisation ORDER BY name LIMIT 1 RETURNING id`,
    );
    const [delivery] = await sql(
      `INSERT INTO webhook_delivery (endpoint_id, notification_id, event_type, message_id, payload, status,
                                     attempts, delivered_at)
       VALUES ($1, $2, 'event.cancelled', 'msg_matrix', '{"type":"event.cancelled"}', 'DELIVERED', 1, now())
       RETURNING id`,
      [endpoint.id, notification.id],
    );
    await sql(
      `INSERT INTO webhook_attempt (delivery_id, attempt, status_code, latency_ms, error)
       VALUES ($1, 1, 204, 12, NULL)`,
      [delivery.id],
    );
    return {
      notification: toGlobalId('Notification', String(notification.id)),
      mailMessage: toGlobalId('MailMessage', String(mail.id)),
      webhookEndpoint: toGlobalId('WebhookEndpoint', String(endpoint.id)),
      webhookDelivery: toGlobalId('WebhookDelivery', String(delivery.id)),
    };
  },
  query: {
    mailLog: { cells: gate('ADMIN') },
    notificationLog: { cells: gate('ADMIN') },
    notificationPreferences: { args: { email, signature }, cells: everyone },
    webhookEndpoints: { cells: gate('ADMIN') },
  },
  types: {
    MailMessage: {
      sample: 'mailMessage',
      node: visibleTo('ADMIN'),
      fields: {
        id: INHERIT,
        attempts: INHERIT,
        createdAt: INHERIT,
        kind: INHERIT,
        lastError: INHERIT,
        notification: INHERIT,
        sentAt: INHERIT,
        status: INHERIT,
        subject: INHERIT,
        toAddress: personal('ADMIN'),
      },
    },
    MailMessageConnection: { fields: connection },
    MailMessageEdge: { fields: edge },
    Notification: {
      sample: 'notification',
      node: visibleTo('ADMIN'),
      fields: {
        id: INHERIT,
        createdAt: INHERIT,
        key: INHERIT,
        kind: INHERIT,
        mailCount: INHERIT,
        mails: INHERIT,
        state: INHERIT,
        webhookCount: INHERIT,
        webhookDeliveries: INHERIT,
      },
    },
    NotificationConnection: { fields: connection },
    NotificationEdge: { fields: edge },
    WebhookEndpoint: {
      sample: 'webhookEndpoint',
      node: visibleTo('ADMIN'),
      fields: {
        id: INHERIT,
        consecutiveFailures: INHERIT,
        createdAt: INHERIT,
        deliveries: INHERIT,
        disabledReason: INHERIT,
        enabled: INHERIT,
        eventTypes: INHERIT,
        organisation: INHERIT,
        ownerEmail: personal('ADMIN'),
        previousSecretValidUntil: INHERIT,
        url: INHERIT,
      },
    },
    WebhookEndpointConnection: { fields: connection },
    WebhookEndpointEdge: { fields: edge },
    WebhookDelivery: {
      sample: 'webhookDelivery',
      node: visibleTo('ADMIN'),
      fields: {
        id: INHERIT,
        attemptCount: INHERIT,
        attempts: INHERIT,
        createdAt: INHERIT,
        deliveredAt: INHERIT,
        endpoint: INHERIT,
        eventType: INHERIT,
        messageId: INHERIT,
        notification: INHERIT,
        payload: INHERIT,
        status: INHERIT,
      },
    },
    WebhookDeliveryConnection: { fields: connection },
    WebhookDeliveryEdge: { fields: edge },
    WebhookAttempt: {
      fields: {
        at: INHERIT,
        attempt: INHERIT,
        error: INHERIT,
        latencyMs: INHERIT,
        outcome: INHERIT,
        statusCode: INHERIT,
      },
    },
    CreateWebhookEndpointPayload: { fields: { endpoint: INHERIT, secret: INHERIT, userErrors: INHERIT } },
    UpdateWebhookEndpointPayload: { fields: { endpoint: INHERIT, userErrors: INHERIT } },
    RotateWebhookSecretPayload: { fields: { endpoint: INHERIT, secret: INHERIT, userErrors: INHERIT } },
    RedeliverWebhookPayload: { fields: { delivery: INHERIT, userErrors: INHERIT } },
    DeleteWebhookEndpointPayload: { fields: { deletedId: INHERIT, userErrors: INHERIT } },
    NotificationPreferences: { fields: { kinds: INHERIT } },
    NotificationKindPreference: {
      fields: { kind: INHERIT, description: INHERIT, optional: INHERIT, enabled: INHERIT },
    },
    UpdateNotificationPreferencesPayload: { fields: { preferences: INHERIT, userErrors: INHERIT } },
    // The address the caller has just given.
    SetNotificationAddressPayload: { fields: { address: INHERIT, userErrors: INHERIT } },
    // The caller's own address: `me` is always the caller, so nobody reads another's.
    Viewer: { fields: { notificationAddress: INHERIT } },
  },
  mutation: {
    createWebhookEndpoint: { cells: gate('ADMIN') },
    deleteWebhookEndpoint: { cells: gate('ADMIN') },
    redeliverWebhook: { cells: gate('ADMIN') },
    rotateWebhookSecret: { cells: gate('ADMIN') },
    updateWebhookEndpoint: { cells: gate('ADMIN') },
    updateNotificationPreferences: {
      args: { input: { email, signature, mutedKinds: ['networking.eventReminder'] } },
      cells: everyone,
    },
    setNotificationAddress: {
      args: { input: { email: 'matrix@example.nl' } },
      cells: gate(...PEOPLE),
    },
  },
});
