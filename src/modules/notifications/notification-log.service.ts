import type { Connection, ConnectionArgs, Context } from '../../kit';
import { fromGlobalId, paginate, SortDirection } from '../../kit';
import { hasDeliveryIn, MailMessage, Notification, NotificationState } from './notification.entity';
import type { MailLogFilter, NotificationLogFilter } from './webhook.inputs';

const failedSql = hasDeliveryIn('notification.id', 'FAILED');
const pendingSql = hasDeliveryIn('notification.id', 'PENDING');

/** The notification log, newest first (admins). */
export function listNotifications(
  ctx: Context,
  filter: NotificationLogFilter,
  args: ConnectionArgs,
): Promise<Connection<Notification>> {
  const query = ctx.em.createQueryBuilder(Notification, 'notification');
  if (filter.kind) query.andWhere('notification.kind = :kind', { kind: filter.kind });
  if (filter.since) query.andWhere('notification.createdAt >= :since', { since: filter.since });
  if (filter.until) query.andWhere('notification.createdAt < :until', { until: filter.until });
  if (filter.state === NotificationState.FAILED) query.andWhere(failedSql);
  if (filter.state === NotificationState.PENDING) query.andWhere(`NOT ${failedSql} AND ${pendingSql}`);
  if (filter.state === NotificationState.DONE) query.andWhere(`NOT ${failedSql} AND NOT ${pendingSql}`);
  return paginate(query, args, {
    column: 'notification.createdAt',
    direction: SortDirection.DESC,
    type: 'timestamp',
    value: (notification: Notification) => notification.createdAt,
  });
}

/** The mail log, newest first (admins: it holds the recipients' addresses). */
export function listMails(
  ctx: Context,
  filter: MailLogFilter,
  args: ConnectionArgs,
): Promise<Connection<MailMessage>> {
  const query = ctx.em.createQueryBuilder(MailMessage, 'mail');
  if (filter.status) query.andWhere('mail.status = :status', { status: filter.status });
  if (filter.kind) query.andWhere('mail.kind = :kind', { kind: filter.kind });
  if (filter.toAddress) {
    query.andWhere('mail.toAddress = :to', { to: filter.toAddress.trim().toLowerCase() });
  }
  if (filter.notificationId) {
    query.andWhere('mail.notificationId = :notificationId', {
      notificationId: fromGlobalId(filter.notificationId, 'Notification').id,
    });
  }
  if (filter.since) query.andWhere('mail.createdAt >= :since', { since: filter.since });
  if (filter.until) query.andWhere('mail.createdAt < :until', { until: filter.until });
  return paginate(query, args, {
    column: 'mail.createdAt',
    direction: SortDirection.DESC,
    type: 'timestamp',
    value: (mail: MailMessage) => mail.createdAt,
  });
}
