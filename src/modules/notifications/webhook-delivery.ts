import { randomUUID } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { EntityManager } from 'typeorm';
import type { NotificationKind, NotificationRenderContext, Viewer } from '../../kit';
import { ANONYMOUS, ApiScope, notify, ViewerKind } from '../../kit';
import { webhookDisabled } from './notifications.kinds';
import type { NotificationSettings } from './settings';
import type { Delivery } from './worker';

export const WEBHOOK_TASK = 'webhook';

/** The event types partners can subscribe to (docs/notifications.md#event-types). */
export const WEBHOOK_EVENT_TYPES = [
  'event.created',
  'event.updated',
  'event.cancelled',
  'event.removed',
  'article.published',
  'award.published',
] as const;

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  // IPv4-mapped and NAT64 addresses reach IPv4 hosts, private ones included (`[::ffff:7f00:1]` is 127.0.0.1).
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** Why an endpoint may not be called (the GraphQL layer turns each into a user error). */
export type Refusal = 'not-a-url' | 'scheme' | 'credentials' | 'https-only' | 'unresolved' | 'private';

/** How a refusal reads in the delivery log. */
export const REFUSAL_LOG: Record<Refusal, string> = {
  'not-a-url': 'not a URL',
  scheme: 'only http and https',
  credentials: 'no credentials in the URL',
  'https-only': 'https only in production',
  unresolved: 'the host does not resolve',
  private: 'a private or loopback address',
};

/**
 * Why an endpoint may not be called, or null: not http(s), or (in production) a host that resolves to a
 * private, loopback or link-local address and is not on the allow-list. Checked on registration and again
 * before every attempt (the name may resolve elsewhere later).
 */
export async function refusedEndpoint(
  url: string,
  settings: NotificationSettings['webhooks'],
): Promise<Refusal | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-a-url';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'scheme';
  if (parsed.username || parsed.password) return 'credentials';
  if (!settings.refusePrivate) return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (settings.allowedHosts.includes(host.toLowerCase())) return null;
  if (parsed.protocol !== 'https:') return 'https-only';
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return 'unresolved';
  }
  return addresses.some(isPrivateAddress) ? 'private' : null;
}

/** The delay before retry `attempt` (1-based): base, ×3 each time (base 1 min: 1 m … 36 h; over a day in all). */
export function retryDelayMs(settings: NotificationSettings['webhooks'], attempt: number): number {
  return settings.retryBaseMs * 3 ** (attempt - 1);
}

/** What an organisation's API keys may read together (its live keys' scopes); null: it has no live key. */
async function partnerViewer(em: EntityManager, organisationId: string): Promise<Viewer | null> {
  const [row] = (await em.query(
    `SELECT count(*)::int AS keys,
            COALESCE(array_agg(DISTINCT s::text) FILTER (WHERE s IS NOT NULL), '{}') AS scopes
       FROM api_key LEFT JOIN LATERAL unnest(scopes) AS s ON true
      WHERE organisation_id = $1 AND revoked_at IS NULL`,
    [organisationId],
  )) as { keys: number; scopes: ApiScope[] }[];
  if (row.keys === 0) return null;
  return {
    ...ANONYMOUS,
    kind: ViewerKind.API_KEY,
    subject: `webhooks:${organisationId}`,
    name: 'webhooks',
    organisationId,
    scopes: row.scopes,
  };
}

/**
 * The deliveries of a notification's webhook event: one per enabled endpoint that wants the type, with the
 * object as the endpoint's organisation's API keys would read it. An endpoint whose keys cannot read the
 * object (a members-only event) gets nothing.
 */
export async function webhookDeliveriesFor(
  delivery: Delivery,
  em: EntityManager,
  render: NotificationRenderContext,
  kind: NotificationKind<unknown>,
  data: unknown,
  notificationId: string,
): Promise<number> {
  const event = await kind.webhook!(render, data);
  if (!event) return 0;
  const endpoints = (await em.query(
    'SELECT id, organisation_id FROM webhook_endpoint WHERE enabled AND $1 = ANY(event_types)',
    [event.type],
  )) as { id: string; organisation_id: string }[];
  const rows: { endpoint_id: string; message_id: string; payload: object }[] = [];
  // Per organisation, not per endpoint: its endpoints receive the same object.
  const objects = new Map<string, Promise<Record<string, unknown> | null>>();
  const objectFor = async (organisationId: string) => {
    const viewer = await partnerViewer(em, organisationId);
    if (!viewer) return null;
    if (!event.id) return event.visibleTo?.(viewer.scopes) ? (event.tombstone ?? null) : null;
    const result = await delivery.execute(viewer, event.query, { id: event.id });
    return (result?.node as Record<string, unknown> | null) ?? null;
  };
  for (const endpoint of endpoints) {
    let object = objects.get(endpoint.organisation_id);
    if (!object) objects.set(endpoint.organisation_id, (object = objectFor(endpoint.organisation_id)));
    const data = await object;
    if (!data) continue;
    rows.push({
      endpoint_id: endpoint.id,
      // Unique per notification and endpoint (the whole endpoint id: a prefix could collide).
      message_id: `msg_${notificationId}_${endpoint.id}`,
      payload: { type: event.type, timestamp: render.now.toISOString(), data },
    });
  }
  if (rows.length === 0) return 0;
  await em.query(
    `WITH d AS (
       INSERT INTO webhook_delivery (endpoint_id, notification_id, event_type, message_id, payload)
       SELECT endpoint_id, $4, $2, message_id, payload
         FROM jsonb_to_recordset($1::jsonb) AS r(endpoint_id uuid, message_id text, payload jsonb)
       RETURNING id)
     SELECT graphile_worker.add_job($3, json_build_object('id', id), job_key => 'webhook:' || id) FROM d`,
    [JSON.stringify(rows), event.type, WEBHOOK_TASK, notificationId],
  );
  return rows.length;
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  message_id: string;
  payload: Record<string, unknown>;
  status: string;
  attempts: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | null;
  enabled: boolean;
}

/** Signs with the current secret, and during a rotation with the previous one too (space-separated). */
export function signatureHeader(
  row: Pick<DeliveryRow, 'secret' | 'previous_secret' | 'previous_secret_until'>,
  messageId: string,
  at: Date,
  body: string,
  now: Date,
): string {
  const secrets = [row.secret];
  if (row.previous_secret && row.previous_secret_until && row.previous_secret_until > now)
    secrets.push(row.previous_secret);
  return secrets.map((secret) => new Webhook(secret).sign(messageId, at, body)).join(' ');
}

/**
 * One attempt of a delivery: POST the signed payload with a timeout; log the attempt; on failure schedule the
 * next one (exponential backoff) or, after the last, mark it failed and count it against the endpoint, which
 * is disabled (and its owner mailed) after `disableAfter` failed deliveries in a row.
 */
export async function deliverWebhook(delivery: Delivery, id: string): Promise<void> {
  const settings = delivery.settings.webhooks;
  const [row] = (await delivery.dataSource.query(
    `SELECT d.id, d.endpoint_id, d.message_id, d.payload, d.status, d.attempts,
            e.url, e.secret, e.previous_secret, e.previous_secret_until, e.enabled
       FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id WHERE d.id = $1`,
    [id],
  )) as DeliveryRow[];
  if (!row || row.status !== 'PENDING' || !row.enabled) return;
  const attempt = row.attempts + 1;
  const body = JSON.stringify(row.payload);
  const now = new Date();
  const startedAt = Date.now();
  let statusCode: number | null = null;
  const refusal = await refusedEndpoint(row.url, settings);
  let error: string | null = null;
  if (!refusal) {
    try {
      const response = await fetch(row.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(settings.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Regio-Q4-Webhooks/1.0',
          'webhook-id': row.message_id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': signatureHeader(row, row.message_id, now, body, now),
        },
        body,
      });
      statusCode = response.status;
      await response.body?.cancel();
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (cause) {
      const failure = cause as Error & { cause?: { code?: string; message?: string } };
      // fetch() says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, …) is its cause.
      error =
        failure.name === 'TimeoutError'
          ? `timeout after ${settings.timeoutMs} ms`
          : `no answer: ${failure.cause?.code ?? failure.cause?.message ?? failure.message}`.slice(0, 300);
    }
  } else {
    error = `refused: ${REFUSAL_LOG[refusal]}`;
  }
  const latencyMs = Date.now() - startedAt;
  await delivery.dataSource.transaction(async (em) => {
    await em.query(
      `INSERT INTO webhook_attempt (delivery_id, attempt, status_code, latency_ms, error) VALUES ($1, $2, $3, $4, $5)`,
      [id, attempt, statusCode, latencyMs, error],
    );
    if (!error) {
      await em.query(
        `UPDATE webhook_delivery SET status = 'DELIVERED', attempts = $2, delivered_at = now() WHERE id = $1`,
        [id, attempt],
      );
      await em.query('UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = $1', [row.endpoint_id]);
      delivery.metrics?.sent.inc({ channel: 'webhook' });
      return;
    }
    if (attempt < settings.maxAttempts) {
      await em.query('UPDATE webhook_delivery SET attempts = $2 WHERE id = $1', [id, attempt]);
      await em.query(
        `SELECT graphile_worker.add_job($1, json_build_object('id', $2::uuid),
                run_at => now() + $3::double precision * interval '1 millisecond', job_key => 'webhook:' || $2)`,
        [WEBHOOK_TASK, id, retryDelayMs(settings, attempt)],
      );
      delivery.metrics?.retried.inc({ channel: 'webhook' });
      return;
    }
    await em.query(`UPDATE webhook_delivery SET status = 'FAILED', attempts = $2 WHERE id = $1`, [
      id,
      attempt,
    ]);
    delivery.metrics?.failed.inc({ channel: 'webhook' });
    // Disabled once, when the count reaches the limit: an endpoint an admin disabled meanwhile stays so, and
    // its owner is mailed once. The row is locked first, so two deliveries failing at once count in turn.
    const [before] = (await em.query('SELECT enabled FROM webhook_endpoint WHERE id = $1 FOR UPDATE', [
      row.endpoint_id,
    ])) as { enabled: boolean }[];
    const [after] = (await em.query(
      // In a WITH: TypeORM answers a bare UPDATE with [rows, count], a query with its rows.
      `WITH updated AS (
         UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1,
                enabled = enabled AND consecutive_failures + 1 < $2,
                disabled_reason = CASE WHEN enabled AND consecutive_failures + 1 >= $2
                                       THEN $3 ELSE disabled_reason END
          WHERE id = $1 RETURNING enabled)
       SELECT enabled FROM updated`,
      [
        row.endpoint_id,
        settings.disableAfter,
        `${settings.disableAfter} deliveries in a row failed (last: ${error})`.slice(0, 300),
      ],
    )) as { enabled: boolean }[];
    const endpoint = before && after ? { disabled_now: before.enabled && !after.enabled } : null;
    if (endpoint?.disabled_now) {
      delivery.log.warn({ endpointId: row.endpoint_id }, 'webhook endpoint disabled after repeated failure');
      await notify(delivery.createContext(em), webhookDisabled, row.endpoint_id + ':' + randomUUID(), {
        endpointId: row.endpoint_id,
      });
    }
  });
  delivery.log.warn({ deliveryId: id, attempt, error }, 'webhook not delivered');
}
