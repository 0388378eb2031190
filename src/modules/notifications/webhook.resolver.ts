import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { ConnectionArgs, connectionComplexity, ConnectionType, listComplexity, Role } from '../../kit';
import { Organisation } from '../core';
import { Notification } from './notification.entity';
import { WebhookAttempt, WebhookAttemptOutcome, WebhookDelivery, WebhookEndpoint } from './webhook.entity';
import {
  CreateWebhookEndpointInput,
  RedeliverWebhookInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryFilter,
  WebhookEndpointIdInput,
} from './webhook.inputs';
import {
  CreateWebhookEndpointPayload,
  DeleteWebhookEndpointPayload,
  RedeliverWebhookPayload,
  RotateWebhookSecretPayload,
  UpdateWebhookEndpointPayload,
} from './webhook.payloads';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  deliveriesOf,
  listWebhookEndpoints,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './webhook.service';

export const WebhookEndpointConnection = ConnectionType(WebhookEndpoint);
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery);

/** Partners' webhook endpoints: admins register and watch them (docs/notifications.md#webhooks). */
@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Authorized(Role.ADMIN)
  @Query(() => WebhookEndpointConnection, {
    complexity: connectionComplexity,
    description: 'Partners’ webhook endpoints, newest first, with their delivery logs (admins).',
  })
  webhookEndpoints(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('organisationId', () => ID, {
      nullable: true,
      description: 'Only the endpoints of this organisation.',
    })
    organisationId?: string,
  ) {
    return listWebhookEndpoints(ctx, organisationId, page);
  }

  @FieldResolver(() => Organisation, {
    description: 'The organisation whose API keys decide what the endpoint receives.',
  })
  organisation(@Ctx() ctx: Context, @Root() endpoint: WebhookEndpoint) {
    return ctx.loaders.core.organisationById.load(endpoint.organisationId);
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    complexity: connectionComplexity,
    description: 'Its deliveries, newest first.',
  })
  deliveries(
    @Ctx() ctx: Context,
    @Root() endpoint: WebhookEndpoint,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => WebhookDeliveryFilter, {
      nullable: true,
      description: 'Conditions that all must hold.',
    })
    filter?: WebhookDeliveryFilter,
  ) {
    return deliveriesOf(ctx, endpoint, page, filter?.status);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      'Registers a webhook endpoint for an organisation and returns its signing secret once (admins). A URL ' +
      'on a private or loopback address is refused in production (INVALID).',
  })
  createWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateWebhookEndpointInput, { description: 'Organisation, URL, event types, owner.' })
    input: CreateWebhookEndpointInput,
  ) {
    return createWebhookEndpoint(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdateWebhookEndpointPayload, {
    description: 'Changes an endpoint’s URL, event types or owner, or disables or enables it (admins).',
  })
  updateWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'The endpoint and its changes.' })
    input: UpdateWebhookEndpointInput,
  ) {
    return updateWebhookEndpoint(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RotateWebhookSecretPayload, {
    description:
      'A new signing secret for an endpoint, returned once (admins). The previous one keeps signing for 24 ' +
      'hours (both signatures are sent) unless `expirePreviousNow`.',
  })
  rotateWebhookSecret(
    @Ctx() ctx: Context,
    @Arg('input', () => RotateWebhookSecretInput, { description: 'The endpoint.' })
    input: RotateWebhookSecretInput,
  ) {
    return rotateWebhookSecret(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RedeliverWebhookPayload, {
    description:
      'Sends a delivery again now, with the same `webhook-id` (admins); each try is a new attempt in its log.',
  })
  redeliverWebhook(
    @Ctx() ctx: Context,
    @Arg('input', () => RedeliverWebhookInput, { description: 'The delivery.' }) input: RedeliverWebhookInput,
  ) {
    return redeliverWebhook(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: 'Deletes an endpoint with its delivery log (admins).',
  })
  deleteWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg('input', () => WebhookEndpointIdInput, { description: 'The endpoint.' })
    input: WebhookEndpointIdInput,
  ) {
    return deleteWebhookEndpoint(ctx, input);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => WebhookEndpoint, { description: 'The endpoint it goes to.' })
  async endpoint(@Ctx() ctx: Context, @Root() delivery: WebhookDelivery) {
    return ctx.loaders.notifications.endpointById.load(delivery.endpointId);
  }

  @FieldResolver(() => Notification, {
    nullable: true,
    description: 'The notification that made it.',
  })
  notification(@Ctx() ctx: Context, @Root() delivery: WebhookDelivery) {
    return delivery.notificationId
      ? ctx.loaders.notifications.notificationById.load(delivery.notificationId)
      : null;
  }

  @FieldResolver(() => String, { description: 'The body as sent (JSON): `type`, `timestamp`, `data`.' })
  payload(@Root() delivery: WebhookDelivery) {
    return JSON.stringify(delivery.payload);
  }

  @FieldResolver(() => [WebhookAttempt], {
    complexity: listComplexity(30),
    description: 'Its HTTP attempts, first first: status, latency, error.',
  })
  attempts(@Ctx() ctx: Context, @Root() delivery: WebhookDelivery) {
    return ctx.loaders.notifications.attemptsByDeliveryId.load(delivery.id);
  }
}

@Resolver(() => WebhookAttempt)
export class WebhookAttemptResolver {
  @FieldResolver(() => WebhookAttemptOutcome, { description: 'How it ended.' })
  outcome(@Root() attempt: WebhookAttempt): WebhookAttemptOutcome {
    if (!attempt.error) return WebhookAttemptOutcome.DELIVERED;
    if (attempt.statusCode !== null) return WebhookAttemptOutcome.HTTP_ERROR;
    if (attempt.error.startsWith('timeout')) return WebhookAttemptOutcome.TIMEOUT;
    if (attempt.error.startsWith('refused')) return WebhookAttemptOutcome.REFUSED;
    return WebhookAttemptOutcome.NO_ANSWER;
  }
}
