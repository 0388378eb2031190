import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { ConnectionArgs, connectionComplexity, ConnectionType, listComplexity, Role } from '../../kit';
import { MailMessage, Notification, NotificationState } from './notification.entity';
import { listMails, listNotifications } from './notification-log.service';
import { WebhookDelivery } from './webhook.entity';
import { MailLogFilter, NotificationLogFilter } from './webhook.inputs';

export const NotificationConnection = ConnectionType(Notification);
export const MailMessageConnection = ConnectionType(MailMessage);

/** The notification and mail logs (admins: the mails name their recipients). */
@Resolver(() => Notification)
export class NotificationLogResolver {
  @Authorized(Role.ADMIN)
  @Query(() => NotificationConnection, {
    complexity: connectionComplexity,
    description: 'Every notification the worker rendered, newest first, with what it sent (admins).',
  })
  notificationLog(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => NotificationLogFilter, {
      nullable: true,
      description: 'Conditions that all must hold.',
    })
    filter?: NotificationLogFilter,
  ) {
    return listNotifications(ctx, filter ?? {}, page);
  }

  @Authorized(Role.ADMIN)
  @Query(() => MailMessageConnection, {
    complexity: connectionComplexity,
    description: 'Every mail, newest first: recipient, subject, status, attempts, last error (admins).',
  })
  mailLog(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => MailLogFilter, { nullable: true, description: 'Conditions that all must hold.' })
    filter?: MailLogFilter,
  ) {
    return listMails(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => NotificationState, { description: 'Where it stands, from its mails and deliveries.' })
  state(@Ctx() ctx: Context, @Root() notification: Notification) {
    return ctx.loaders.notifications.stateByNotificationId.load(notification.id);
  }

  @FieldResolver(() => [MailMessage], {
    complexity: listComplexity(50),
    description: 'Its mails, one per address.',
  })
  mails(@Ctx() ctx: Context, @Root() notification: Notification) {
    return ctx.loaders.notifications.mailsByNotificationId.load(notification.id);
  }

  @FieldResolver(() => [WebhookDelivery], {
    complexity: listComplexity(20),
    description: 'Its webhook deliveries, one per endpoint.',
  })
  webhookDeliveries(@Ctx() ctx: Context, @Root() notification: Notification) {
    return ctx.loaders.notifications.deliveriesByNotificationId.load(notification.id);
  }
}

@Resolver(() => MailMessage)
export class MailMessageResolver {
  @FieldResolver(() => Notification, { nullable: true, description: 'The notification it belongs to.' })
  notification(@Ctx() ctx: Context, @Root() mail: MailMessage) {
    return ctx.loaders.notifications.notificationById.load(mail.notificationId);
  }
}
