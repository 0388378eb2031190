import DataLoader from 'dataloader';
import type { Context, KeysetOrder } from '../../kit';
import { childConnections, groupLoader, rowLoader, SortDirection } from '../../kit';
import { hasDeliveryIn, MailMessage, Notification, NotificationState } from './notification.entity';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity';

const deliveriesNewestFirst: KeysetOrder<WebhookDelivery> = {
  column: 'row.createdAt',
  type: 'timestamp',
  direction: SortDirection.DESC,
  value: (delivery) => delivery.createdAt,
};

/** The admin logs' loaders: one statement per list of parents, however many are on a page. */
export function createNotificationLoaders(ctx: Context) {
  return {
    endpointById: rowLoader(ctx, WebhookEndpoint),
    deliveryById: rowLoader(ctx, WebhookDelivery),
    notificationById: rowLoader(ctx, Notification),
    mailById: rowLoader(ctx, MailMessage),
    attemptsByDeliveryId: groupLoader(ctx, WebhookAttempt, 'deliveryId', (query) =>
      query.orderBy('row.attempt', 'ASC'),
    ),
    mailsByNotificationId: groupLoader(ctx, MailMessage, 'notificationId', (query) =>
      query.orderBy('row.createdAt', 'ASC').addOrderBy('row.id', 'ASC'),
    ),
    deliveriesByNotificationId: groupLoader(ctx, WebhookDelivery, 'notificationId', (query) =>
      query.orderBy('row.createdAt', 'ASC').addOrderBy('row.id', 'ASC'),
    ),
    deliveriesByEndpointId: childConnections(ctx, WebhookDelivery, 'endpointId', deliveriesNewestFirst),
    /** A notification's state from its mails and webhook deliveries, for a page of notifications at once. */
    stateByNotificationId: new DataLoader<string, NotificationState>(async (ids) => {
      const rows = (await ctx.em.query(
        `SELECT n.id, ${hasDeliveryIn('n.id', 'FAILED')} AS failed, ${hasDeliveryIn('n.id', 'PENDING')} AS pending
           FROM notification n WHERE n.id = ANY($1)`,
        [ids],
      )) as { id: string; failed: boolean; pending: boolean }[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const row = byId.get(id);
        if (row?.failed) return NotificationState.FAILED;
        return row?.pending ? NotificationState.PENDING : NotificationState.DONE;
      });
    }),
  };
}

export type NotificationLoaders = ReturnType<typeof createNotificationLoaders>;

declare module '../../kit/context' {
  interface Loaders {
    notifications: NotificationLoaders;
  }
}
