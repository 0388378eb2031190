import { randomBytes } from 'node:crypto';
import type { Connection, ConnectionArgs, Context, UserError } from '../../kit';
import {
  findForUpdate,
  fromGlobalId,
  paginate,
  SortDirection,
  toGlobalId,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { notificationSettings } from './settings';
import type { Refusal } from './webhook-delivery';
import { refusedEndpoint, WEBHOOK_EVENT_TYPES, WEBHOOK_TASK } from './webhook-delivery';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity';
import type {
  CreateWebhookEndpointInput,
  RedeliverWebhookInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
  WebhookEndpointIdInput,
} from './webhook.inputs';

/** How long the previous secret keeps signing after a rotation (docs/notifications.md#secret-rotation). */
export const SECRET_OVERLAP_MS = 24 * 3600 * 1000;

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** Every endpoint, newest first (admins); or those of one organisation. */
export function listWebhookEndpoints(
  ctx: Context,
  organisationId: string | undefined,
  args: ConnectionArgs,
): Promise<Connection<WebhookEndpoint>> {
  const query = ctx.em.createQueryBuilder(WebhookEndpoint, 'endpoint');
  if (organisationId) {
    query.andWhere('endpoint.organisationId = :organisationId', {
      organisationId: fromGlobalId(organisationId, 'Organisation').id,
    });
  }
  return paginate(query, args, {
    column: 'endpoint.createdAt',
    direction: SortDirection.DESC,
    type: 'timestamp',
    value: (endpoint: WebhookEndpoint) => endpoint.createdAt,
  });
}

function refusalMessage(refusal: Refusal): string {
  switch (refusal) {
    case 'not-a-url':
      return 'The URL is not a valid URL';
    case 'scheme':
      return 'The URL must start with https:// or http://';
    case 'credentials':
      return 'The URL must not contain a user name or password';
    case 'https-only':
      return 'Only https endpoints are accepted';
    case 'unresolved':
      return 'The host of the URL does not resolve';
    case 'private':
      return 'The URL points to a private or loopback address';
  }
}

async function checkUrl(url: string, errors: UserError[]): Promise<void> {
  const refusal = await refusedEndpoint(url.trim(), notificationSettings().webhooks);
  if (refusal) errors.push(userError(UserErrorCode.INVALID, refusalMessage(refusal), ['input', 'url']));
}

function checkEventTypes(types: string[], errors: UserError[]): string[] {
  if (types.length === 0) {
    errors.push(userError(UserErrorCode.INVALID, 'Give at least one event type', ['input', 'eventTypes']));
  }
  types.forEach((type, index) => {
    if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(type)) {
      errors.push(
        userError(UserErrorCode.INVALID, `${type} is not an event type`, [
          'input',
          'eventTypes',
          String(index),
        ]),
      );
    }
  });
  return [...new Set(types)];
}

const noSuchEndpoint = () => ({
  endpoint: null,
  userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such webhook endpoint', ['input', 'id'])],
});

export function createWebhookEndpoint(ctx: Context, input: CreateWebhookEndpointInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const { id: organisationId } = fromGlobalId(input.organisationId, 'Organisation');
    if (!(await tx.loaders.core.organisationById.load(organisationId))) {
      errors.push(userError(UserErrorCode.NOT_FOUND, 'No such organisation', ['input', 'organisationId']));
    }
    const eventTypes = checkEventTypes(input.eventTypes, errors);
    await checkUrl(input.url, errors);
    if (errors.length > 0) return { endpoint: null, secret: null, userErrors: errors };
    const secret = newWebhookSecret();
    const endpoint = await tx.em.save(
      tx.em.create(WebhookEndpoint, {
        organisationId,
        url: input.url.trim(),
        eventTypes,
        secret,
        previousSecret: null,
        previousSecretUntil: null,
        ownerEmail: input.ownerEmail.trim().toLowerCase(),
        enabled: true,
        disabledReason: null,
        consecutiveFailures: 0,
      }),
    );
    return { endpoint, secret, userErrors: [] as UserError[] };
  });
}

export function updateWebhookEndpoint(ctx: Context, input: UpdateWebhookEndpointInput) {
  return withTransaction(ctx, async (tx) => {
    const endpoint = await findForUpdate(tx, WebhookEndpoint, input.id);
    if (!endpoint) return noSuchEndpoint();
    const errors: UserError[] = [];
    if (input.url != null) await checkUrl(input.url, errors);
    const eventTypes = input.eventTypes != null ? checkEventTypes(input.eventTypes, errors) : null;
    if (errors.length > 0) return { endpoint: null, userErrors: errors };
    if (input.url != null) endpoint.url = input.url.trim();
    if (eventTypes) endpoint.eventTypes = eventTypes;
    if (input.ownerEmail != null) endpoint.ownerEmail = input.ownerEmail.trim().toLowerCase();
    const enabling = input.enabled === true && !endpoint.enabled;
    if (input.enabled != null) endpoint.enabled = input.enabled;
    if (enabling) {
      endpoint.consecutiveFailures = 0;
      endpoint.disabledReason = null;
    }
    const saved = await tx.em.save(endpoint);
    if (enabling) {
      // What waited while it was disabled goes out now (its jobs found the endpoint disabled and ended).
      await tx.em.query(
        `SELECT graphile_worker.add_job($1, json_build_object('id', id), job_key => 'webhook:' || id)
           FROM webhook_delivery WHERE endpoint_id = $2 AND status = 'PENDING'`,
        [WEBHOOK_TASK, endpoint.id],
      );
    }
    return { endpoint: saved, userErrors: [] as UserError[] };
  });
}

export function rotateWebhookSecret(ctx: Context, input: RotateWebhookSecretInput) {
  return withTransaction(ctx, async (tx) => {
    const endpoint = await findForUpdate(tx, WebhookEndpoint, input.id);
    if (!endpoint) return { ...noSuchEndpoint(), secret: null };
    const secret = newWebhookSecret();
    endpoint.previousSecret = input.expirePreviousNow ? null : endpoint.secret;
    endpoint.previousSecretUntil = input.expirePreviousNow ? null : new Date(Date.now() + SECRET_OVERLAP_MS);
    endpoint.secret = secret;
    return { endpoint: await tx.em.save(endpoint), secret, userErrors: [] as UserError[] };
  });
}

export function redeliverWebhook(ctx: Context, input: RedeliverWebhookInput) {
  return withTransaction(ctx, async (tx) => {
    const delivery = await findForUpdate(tx, WebhookDelivery, input.deliveryId);
    const endpoint = delivery && (await tx.loaders.notifications.endpointById.load(delivery.endpointId));
    if (!delivery || !endpoint) {
      return {
        delivery: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such webhook delivery', ['input', 'deliveryId'])],
      };
    }
    if (!endpoint.enabled) {
      return {
        delivery: null,
        userErrors: [
          userError(UserErrorCode.NOT_ALLOWED, 'The endpoint is disabled: enable it first', [
            'input',
            'deliveryId',
          ]),
        ],
      };
    }
    // One statement: back to PENDING and a job now (replacing a retry that was waiting).
    await tx.em.query(
      `WITH d AS (UPDATE webhook_delivery SET status = 'PENDING', delivered_at = NULL WHERE id = $2 RETURNING id)
       SELECT graphile_worker.add_job($1, json_build_object('id', d.id), job_key => 'webhook:' || d.id) FROM d`,
      [WEBHOOK_TASK, delivery.id],
    );
    return {
      delivery: await tx.em.findOneByOrFail(WebhookDelivery, { id: delivery.id }),
      userErrors: [] as UserError[],
    };
  });
}

export function deleteWebhookEndpoint(ctx: Context, input: WebhookEndpointIdInput) {
  return withTransaction(ctx, async (tx) => {
    const { id } = fromGlobalId(input.id, 'WebhookEndpoint');
    // Its deliveries and attempts go with it (ON DELETE CASCADE); their queued jobs find nothing and end.
    const result = await tx.em.delete(WebhookEndpoint, { id });
    if (!result.affected) {
      return {
        deletedId: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such webhook endpoint', ['input', 'id'])],
      };
    }
    return { deletedId: toGlobalId('WebhookEndpoint', id), userErrors: [] as UserError[] };
  });
}

/** A delivery's deliveries page of an endpoint, for many endpoints at once. */
export function deliveriesOf(
  ctx: Context,
  endpoint: WebhookEndpoint,
  args: ConnectionArgs,
  status: WebhookDelivery['status'] | null | undefined,
): Promise<Connection<WebhookDelivery>> {
  return ctx.loaders.notifications.deliveriesByEndpointId.load(
    endpoint.id,
    args,
    status
      ? { key: status, refine: (query) => query.andWhere('row.status = :status', { status }) }
      : undefined,
  );
}
