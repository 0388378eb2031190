import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { toGlobalId } from '../../src/kit';
import type { RegioQ4Event } from '../../docs/examples/webhook-receiver';
import { createWebhookReceiver } from '../../docs/examples/webhook-receiver';
import type { Fixtures } from '../networking/fixtures';
import { fixtures } from '../networking/fixtures';
import { awardRequest, createSupplier } from '../procurement/fixtures';
import { scanReminders } from '../../src/modules/notifications';
import { dbId, Role } from '../support/test-server';
import { startMailTest } from './setup';

// Partner webhooks against real parts: the API and its worker on PostgreSQL, local HTTP receivers that check
// every signature with the Standard Webhooks reference library, and the test SMTP server for the owner's mail.
// Retries are fast here (600 ms, ×3 each time; 4 attempts) so the schedule runs in seconds.
const RETRY_BASE_MS = 600;
const TIMEOUT_MS = 700;
const PARTNER = 'Nationaal Park Utrechtse Heuvelrug';
const OWNER = 'webhooks@nationaalpark.example.nl';

let t: Awaited<ReturnType<typeof startMailTest>>;
let f: Fixtures;
let admin: Record<string, string>;
let partnerId: string;
let partnerKey: Record<string, string>;

interface Received {
  at: number;
  body: string;
  headers: IncomingHttpHeaders;
}

/** A local receiver that records every request and answers as told: 204, 500, or never. */
async function startReceiver() {
  let mode: 'ok' | 'fail' | 'hang' = 'ok';
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        at: Date.now(),
        body: Buffer.concat(chunks).toString('utf8'),
        headers: request.headers,
      });
      if (mode === 'hang') hanging.push(response);
      else response.writeHead(mode === 'ok' ? 204 : 500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/regio-q4`;
  return {
    url,
    received,
    setMode(value: typeof mode) {
      mode = value;
    },
    /** The verified payloads of the requests about one object (the payload's `data.id`). */
    about(id: string, secret: string) {
      return received.map((r) => ({ ...r, event: verify(secret, r) })).filter((r) => r.event.data.id === id);
    },
    close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The reference library's check: throws on a wrong signature. */
function verify(secret: string, request: Received): RegioQ4Event {
  return new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  }) as RegioQ4Event;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T> | T,
  ms = 30_000,
): Promise<Exclude<T, false | null | undefined>> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value as Exclude<T, false | null | undefined>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

async function gql(query: string, variables: Record<string, unknown> = {}, headers = admin): Promise<Data> {
  const response = await t.server.graphql(query, variables, headers);
  return response.body;
}

const ENDPOINT_FIELDS = `id url eventTypes enabled disabledReason consecutiveFailures ownerEmail
  previousSecretValidUntil organisation { name }`;

async function register(url: string, eventTypes: string[]) {
  const body = await gql(
    `mutation ($input: CreateWebhookEndpointInput!) {
      createWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT_FIELDS} } secret userErrors { code field message } }
    }`,
    { input: { organisationId: partnerId, url, eventTypes, ownerEmail: OWNER } },
  );
  const payload = body.data.createWebhookEndpoint;
  expect(payload.userErrors).toEqual([]);
  return { id: payload.endpoint.id as string, secret: payload.secret as string, endpoint: payload.endpoint };
}

const setEnabled = (id: string, enabled: boolean) =>
  gql(
    `mutation ($input: UpdateWebhookEndpointInput!) {
      updateWebhookEndpoint(input: $input) { endpoint { enabled consecutiveFailures } userErrors { code } }
    }`,
    { input: { id, enabled } },
  );

const DELIVERIES = `query ($id: ID!) {
  node(id: $id) {
    ... on WebhookEndpoint {
      enabled disabledReason consecutiveFailures
      deliveries(first: 20) {
        totalCount
        nodes { id eventType messageId status attemptCount deliveredAt payload
                attempts { attempt at statusCode latencyMs error outcome } }
      }
    }
  }
}`;
async function endpointLog(id: string) {
  const body = await gql(DELIVERIES, { id });
  expect(body.errors).toBeUndefined();
  return body.data.node;
}

/** The event as the partner's events:read key reads it: what the payload must carry. */
const KEY_VIEW = `query ($id: ID!) {
  node(id: $id) {
    ... on Event { id title description status visibility revision startsAt endsAt startsAtLocal
      venue { name address municipality { cbsCode name } } capacity remainingCapacity updatedAt jsonLd }
  }
}`;

beforeAll(async () => {
  t = await startMailTest(
    {
      WEBHOOK_RETRY_BASE_MS: String(RETRY_BASE_MS),
      WEBHOOK_MAX_ATTEMPTS: '4',
      WEBHOOK_DISABLE_AFTER: '2',
      WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
      // Links in payloads (the event's JSON-LD) are absolute, as in production.
      PUBLIC_URL: 'https://api.regioq4.test',
    },
    { metrics: true },
  );
  f = await fixtures(t.server);
  admin = f.admin;
  partnerId = f.organisation(PARTNER);
  partnerKey = (await t.server.apiKey(PARTNER, ['events:read'])).headers;
});
afterAll(() => t?.close());

describe('registering endpoints (admins)', () => {
  test('the secret is returned once, in the Standard Webhooks format, and no field reads it again', async () => {
    const { id, secret, endpoint } = await register('https://partner.example.nl/hooks', ['event.created']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({
      url: 'https://partner.example.nl/hooks',
      eventTypes: ['event.created'],
      enabled: true,
      ownerEmail: OWNER,
      organisation: { name: PARTNER },
    });
    const type = await gql(`{ __type(name: "WebhookEndpoint") { fields { name } } }`);
    const fields = (type.data.__type.fields as { name: string }[]).map((field) => field.name);
    expect(fields.filter((name) => /secret/i.test(name))).toEqual(['previousSecretValidUntil']);
    const [row] = await t.server.dataSource.query('SELECT secret FROM webhook_endpoint WHERE id = $1', [
      dbId(id),
    ]);
    const log = await endpointLog(id);
    expect(log).toMatchObject({ enabled: true, deliveries: { totalCount: 0 } });
    expect(JSON.stringify(log)).not.toContain(row.secret);
    await gql(`mutation ($id: ID!) { deleteWebhookEndpoint(input: { id: $id }) { deletedId } }`, { id });
  });

  test('a bad URL, an unknown or no event type are coded user errors, and nothing is stored', async () => {
    const before = await t.server.dataSource.query('SELECT count(*)::int AS n FROM webhook_endpoint');
    const attempt = async (url: string, eventTypes: string[]) =>
      (
        await gql(
          `mutation ($input: CreateWebhookEndpointInput!) {
            createWebhookEndpoint(input: $input) { endpoint { id } secret userErrors { code field message } }
          }`,
          { input: { organisationId: partnerId, url, eventTypes, ownerEmail: OWNER } },
        )
      ).data.createWebhookEndpoint;
    expect(await attempt('partner dot nl', ['event.created'])).toEqual({
      endpoint: null,
      secret: null,
      userErrors: [{ code: 'INVALID', field: ['input', 'url'], message: 'The URL is not a valid URL' }],
    });
    expect((await attempt('ftp://partner.example.nl/', ['event.created'])).userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'url'], message: 'The URL must start with https:// or http://' },
    ]);
    expect(
      (await attempt('https://partner.example.nl/', ['event.created', 'event.deleted'])).userErrors,
    ).toEqual([
      { code: 'INVALID', field: ['input', 'eventTypes', '1'], message: 'event.deleted is not an event type' },
    ]);
    expect((await attempt('https://partner.example.nl/', [])).userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'eventTypes'], message: 'Give at least one event type' },
    ]);
    // In Dutch by default.
    const dutch = await t.server.graphql(
      `mutation ($input: CreateWebhookEndpointInput!) {
        createWebhookEndpoint(input: $input) { userErrors { message } }
      }`,
      { input: { organisationId: partnerId, url: 'x', eventTypes: ['event.created'], ownerEmail: OWNER } },
      { ...admin, 'accept-language': 'nl' },
    );
    expect(dutch.body.data!.createWebhookEndpoint).toEqual({
      userErrors: [{ message: 'De URL is geen geldige URL' }],
    });
    const after = await t.server.dataSource.query('SELECT count(*)::int AS n FROM webhook_endpoint');
    expect(after).toEqual(before);
  });
});

describe('delivery', () => {
  test('event.created, event.updated and event.cancelled reach a subscribed endpoint, signed, with the event as the key reads it', async () => {
    const receiver = await startReceiver();
    const { id, secret } = await register(receiver.url, [
      'event.created',
      'event.updated',
      'event.cancelled',
    ]);
    try {
      const eventId = await f.createEvent({ title: 'Webhookavond', visibility: 'PUBLIC' });
      // A payload is the object as it is when the worker renders the notification: one change at a time.
      const delivered = (count: number) => () => receiver.about(eventId, secret).length >= count;
      await waitFor('event.created', delivered(1));
      const updated = await gql(
        `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { userErrors { code } } }`,
        { input: { id: eventId, title: 'Webhookavond (nieuwe titel)' } },
      );
      expect(updated.data.updateEvent.userErrors).toEqual([]);
      await waitFor('event.updated', delivered(2));
      const cancelled = await gql(
        `mutation ($id: ID!) { cancelEvent(input: { id: $id }) { userErrors { code } } }`,
        { id: eventId },
      );
      expect(cancelled.data.cancelEvent.userErrors).toEqual([]);

      const deliveries = await waitFor('three deliveries', () => {
        const about = receiver.about(eventId, secret);
        return about.length >= 3 && about;
      });
      // Every request the receiver got verifies with the endpoint's secret (verify() throws otherwise).
      for (const request of receiver.received) verify(secret, request);
      const types = deliveries.map((d) => d.event.type).sort();
      expect(types).toEqual(['event.cancelled', 'event.created', 'event.updated']);
      const byType = new Map(deliveries.map((d) => [d.event.type, d]));
      expect(byType.get('event.created')!.event.data).toMatchObject({
        id: eventId,
        title: 'Webhookavond',
        visibility: 'PUBLIC',
        venue: { municipality: { cbsCode: 'GM0355' } },
      });
      expect(byType.get('event.updated')!.event.data.title).toBe('Webhookavond (nieuwe titel)');
      // The last one carries exactly what the partner's key reads now.
      const keyView = await gql(KEY_VIEW, { id: eventId }, partnerKey);
      expect(byType.get('event.cancelled')!.event.data).toEqual(keyView.data.node);
      expect(keyView.data.node.status).toBe('CANCELLED');
      // Standard Webhooks headers; one id per delivery.
      const cancelledRequest = byType.get('event.cancelled')!;
      expect(cancelledRequest.headers['content-type']).toBe('application/json');
      expect(cancelledRequest.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(new Set(deliveries.map((d) => d.headers['webhook-id'])).size).toBe(3);
      const body = JSON.parse(cancelledRequest.body) as RegioQ4Event;
      expect(Object.keys(body).sort()).toEqual(['data', 'timestamp', 'type']);

      // The delivery log (admins): one attempt each, 204, a latency.
      const log = await endpointLog(id);
      const ours = log.deliveries.nodes.filter((d: Data) => JSON.parse(d.payload).data.id === eventId);
      expect(ours).toHaveLength(3);
      for (const delivery of ours) {
        expect(delivery).toMatchObject({ status: 'DELIVERED', attemptCount: 1 });
        expect(delivery.attempts).toEqual([
          expect.objectContaining({ attempt: 1, statusCode: 204, error: null, outcome: 'DELIVERED' }),
        ]);
        expect(delivery.attempts[0].latencyMs).toBeGreaterThanOrEqual(0);
        expect(deliveries.map((d) => d.headers['webhook-id'])).toContain(delivery.messageId);
      }
    } finally {
      await setEnabled(id, false);
      await receiver.close();
    }
  });

  test('a members-only event never reaches a partner whose key cannot read it; public and partner events do', async () => {
    const receiver = await startReceiver();
    const { id, secret } = await register(receiver.url, ['event.created']);
    try {
      const members = await f.createEvent({ title: 'Alleen voor leden', visibility: 'MEMBERS' });
      const partners = await f.createEvent({ title: 'Voor partners', visibility: 'PARTNERS' });
      const open = await f.createEvent({ title: 'Voor iedereen', visibility: 'PUBLIC' });
      await waitFor('the public and partner events', () => receiver.about(open, secret).length > 0);
      await waitFor('the partner event', () => receiver.about(partners, secret).length > 0);
      // The members' event was rendered too (its notification is in the log) and made no delivery.
      const log = await waitFor('the members event in the log', async () => {
        const body = await gql(
          `{ notificationLog(filter: { kind: "networking.eventCreated" }, first: 50) {
              nodes { key webhookCount mailCount state webhookDeliveries { eventType } } } }`,
        );
        return (body.data.notificationLog.nodes as Data[]).find((n) => n.key.endsWith(dbId(members)));
      });
      expect(log).toMatchObject({ webhookCount: 0, mailCount: 0, state: 'DONE', webhookDeliveries: [] });
      expect(receiver.about(members, secret)).toEqual([]);
      expect(receiver.received.map((r) => verify(secret, r).data.title)).not.toContain('Alleen voor leden');
      // What the key sees, for the record: not the members' event.
      expect((await gql(KEY_VIEW, { id: members }, partnerKey)).data.node).toBeNull();
    } finally {
      await setEnabled(id, false);
      await receiver.close();
    }
  });

  test('event.removed tells a partner that an event its key could read is now hidden from it', async () => {
    const receiver = await startReceiver();
    const { id, secret } = await register(receiver.url, ['event.removed']);
    try {
      const eventId = await f.createEvent({ title: 'Straks alleen voor leden', visibility: 'PUBLIC' });
      const hidden = await gql(
        `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { userErrors { code } } }`,
        { input: { id: eventId, visibility: 'MEMBERS' } },
      );
      expect(hidden.data.updateEvent.userErrors).toEqual([]);
      const [removed] = await waitFor('event.removed', () => {
        const about = receiver.about(eventId, secret);
        return about.length > 0 && about;
      });
      // Only the id: the key can no longer read the event itself.
      expect(removed.event).toMatchObject({ type: 'event.removed', data: { id: eventId, removed: true } });
      expect(Object.keys(removed.event.data).sort()).toEqual(['id', 'removed']);
    } finally {
      await setEnabled(id, false);
      await receiver.close();
    }
  });

  test('a receiver answering 500 gets retries with growing delays; after repeated failure the endpoint is disabled and its owner mailed; redelivery makes a new attempt', async () => {
    const receiver = await startReceiver();
    receiver.setMode('fail');
    const { id, secret } = await register(receiver.url, ['event.created']);
    try {
      const first = await f.createEvent({ title: 'Mislukt één', visibility: 'PUBLIC' });
      const second = await f.createEvent({ title: 'Mislukt twee', visibility: 'PUBLIC' });
      const mail = await waitFor(
        'the mail to the owner',
        () => t.smtp.to(OWNER).find((m) => m.subject?.includes('uitgeschakeld')),
        60_000,
      );
      expect(mail.subject).toBe(`Webhook van ${PARTNER} uitgeschakeld`);
      expect(mail.text).toContain(receiver.url);
      expect(mail.text).toContain('HTTP 500');
      // The settings of this server, not the defaults: 4 attempts, and the timeout in whole seconds.
      expect(mail.text).toContain('elk ook niet na 4 pogingen');
      expect(mail.text).toContain(`binnen ${Math.max(1, Math.round(TIMEOUT_MS / 1000))} seconde`);
      expect(mail.text).toContain('U ontvangt deze e-mail omdat');

      for (const eventId of [first, second]) {
        const attempts = receiver.about(eventId, secret);
        expect(attempts).toHaveLength(4);
        expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
        const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i].at);
        // 600 ms, 1.8 s, 5.4 s (each at least; the queue polls every second).
        expect(gaps[0]).toBeGreaterThanOrEqual(RETRY_BASE_MS - 50);
        expect(gaps[1]).toBeGreaterThan(gaps[0]);
        expect(gaps[2]).toBeGreaterThan(gaps[1]);
        expect(gaps[2]).toBeGreaterThanOrEqual(9 * RETRY_BASE_MS - 50);
      }
      const log = await endpointLog(id);
      expect(log).toMatchObject({ enabled: false, consecutiveFailures: 2 });
      expect(log.disabledReason).toBe('2 deliveries in a row failed (last: HTTP 500)');
      const failed = log.deliveries.nodes as Data[];
      expect(failed.map((d) => d.status)).toEqual(['FAILED', 'FAILED']);
      expect(failed[0].attempts.map((a: Data) => [a.attempt, a.statusCode, a.outcome, a.error])).toEqual([
        [1, 500, 'HTTP_ERROR', 'HTTP 500'],
        [2, 500, 'HTTP_ERROR', 'HTTP 500'],
        [3, 500, 'HTTP_ERROR', 'HTTP 500'],
        [4, 500, 'HTTP_ERROR', 'HTTP 500'],
      ]);

      // A disabled endpoint receives nothing, and its deliveries cannot be sent again until it is enabled.
      const third = await f.createEvent({ title: 'Na het uitschakelen', visibility: 'PUBLIC' });
      const redeliver = (deliveryId: string) =>
        gql(
          `mutation ($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) {
              delivery { id status } userErrors { code field message } } }`,
          { id: deliveryId },
        );
      expect((await redeliver(failed[0].id)).data.redeliverWebhook).toEqual({
        delivery: null,
        userErrors: [
          {
            code: 'NOT_ALLOWED',
            field: ['input', 'deliveryId'],
            message: 'The endpoint is disabled: enable it first',
          },
        ],
      });
      receiver.setMode('ok');
      expect((await setEnabled(id, true)).data.updateWebhookEndpoint.endpoint).toEqual({
        enabled: true,
        consecutiveFailures: 0,
      });
      expect((await redeliver(failed[0].id)).data.redeliverWebhook).toEqual({
        delivery: { id: failed[0].id, status: 'PENDING' },
        userErrors: [],
      });
      const eventOfFirst = JSON.parse(failed[0].payload).data.id as string;
      await waitFor('the redelivery', () => receiver.about(eventOfFirst, secret).length === 5);
      const again = receiver.about(eventOfFirst, secret);
      expect(again[4].headers['webhook-id']).toBe(again[0].headers['webhook-id']);
      const redelivered = await waitFor('the delivered status', async () => {
        const nodes = (await endpointLog(id)).deliveries.nodes as Data[];
        return nodes.find((d) => d.id === failed[0].id && d.status === 'DELIVERED');
      });
      expect(redelivered.attempts).toHaveLength(5);
      expect(redelivered.attempts[4]).toMatchObject({ attempt: 5, statusCode: 204, outcome: 'DELIVERED' });
      // The event created while it was disabled was never sent to it.
      expect(receiver.about(third, secret)).toEqual([]);

      // The admin logs: the owner's mail in the mail log, the failures in the notification log.
      const mails = await gql(
        `query ($to: String!) { mailLog(filter: { toAddress: $to }) {
            totalCount nodes { toAddress subject status kind notification { kind state } } } }`,
        { to: OWNER.toUpperCase() },
      );
      expect(mails.data.mailLog.nodes).toEqual([
        {
          toAddress: OWNER,
          subject: `Webhook van ${PARTNER} uitgeschakeld`,
          status: 'SENT',
          kind: 'notifications.webhookDisabled',
          notification: { kind: 'notifications.webhookDisabled', state: 'DONE' },
        },
      ]);
      const failedLog = await gql(
        `{ notificationLog(filter: { state: FAILED }) { nodes { key state webhookCount
            webhookDeliveries { status endpoint { id } } } } }`,
      );
      const keys = (failedLog.data.notificationLog.nodes as Data[]).map((n) => n.key);
      const stillFailed = eventOfFirst === first ? second : first;
      expect(keys).toContain(`networking.eventCreated:${dbId(stillFailed)}`);
      expect(keys).not.toContain(`networking.eventCreated:${dbId(eventOfFirst)}`); // delivered on redelivery
    } finally {
      await setEnabled(id, false);
      await receiver.close();
    }
  }, 90_000);

  test('a receiver that never answers: the attempt is recorded as a timeout', async () => {
    const receiver = await startReceiver();
    receiver.setMode('hang');
    const { id } = await register(receiver.url, ['event.created']);
    try {
      const startedAt = Date.now();
      await f.createEvent({ title: 'Geen antwoord', visibility: 'PUBLIC' });
      const attempt = await waitFor('a recorded attempt', async () => {
        const nodes = (await endpointLog(id)).deliveries.nodes as Data[];
        return nodes[0]?.attempts[0];
      });
      expect(attempt).toMatchObject({
        attempt: 1,
        statusCode: null,
        outcome: 'TIMEOUT',
        error: `timeout after ${TIMEOUT_MS} ms`,
      });
      expect(attempt.latencyMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 10);
      expect(attempt.latencyMs).toBeLessThan(TIMEOUT_MS + 2000);
      expect(Date.now() - startedAt).toBeLessThan(15_000);
    } finally {
      const deleted = await gql(
        `mutation ($id: ID!) { deleteWebhookEndpoint(input: { id: $id }) { deletedId userErrors { code } } }`,
        { id },
      );
      expect(deleted.data.deleteWebhookEndpoint).toEqual({ deletedId: id, userErrors: [] });
      expect((await gql(`query ($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
      await receiver.close();
    }
  });

  test('secret rotation: new deliveries verify with the new secret; the old one too for a day, unless expired at once', async () => {
    const receiver = await startReceiver();
    const { id, secret: first } = await register(receiver.url, ['event.updated']);
    try {
      const eventId = await f.createEvent({ title: 'Draaiend geheim', visibility: 'PUBLIC' });
      const rename = async (title: string, count: number) => {
        await gql(
          `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { userErrors { code } } }`,
          {
            input: { id: eventId, title },
          },
        );
        return waitFor(`delivery ${count}`, () => {
          const about = receiver.received.filter((r) => JSON.parse(r.body).data.id === eventId);
          return about.length === count && about[count - 1];
        });
      };
      const rotate = async (expirePreviousNow: boolean) =>
        (
          await gql(
            `mutation ($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) {
              endpoint { previousSecretValidUntil } secret userErrors { code } } }`,
            { input: { id, expirePreviousNow } },
          )
        ).data.rotateWebhookSecret;

      expect(verify(first, await rename('Eén', 1)).data.title).toBe('Eén');

      const rotated = await rotate(false);
      expect(rotated.secret).toMatch(/^whsec_/);
      expect(rotated.secret).not.toBe(first);
      const until = new Date(rotated.endpoint.previousSecretValidUntil).getTime();
      expect(Math.abs(until - (Date.now() + 24 * 3600_000))).toBeLessThan(60_000);
      const during = await rename('Twee', 2);
      expect(verify(rotated.secret, during).data.title).toBe('Twee');
      expect(verify(first, during).data.title).toBe('Twee'); // the overlap
      expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);

      const expired = await rotate(true);
      expect(expired.endpoint.previousSecretValidUntil).toBeNull();
      const after = await rename('Drie', 3);
      expect(verify(expired.secret, after).data.title).toBe('Drie');
      expect(() => verify(rotated.secret, after)).toThrow();
      expect(() => verify(first, after)).toThrow();
    } finally {
      await setEnabled(id, false);
      await receiver.close();
    }
  });

  test('the receiver example of the docs verifies, handles each delivery once and refuses a forged one', async () => {
    const events: RegioQ4Event[] = [];
    // Registered first (the secret comes from the registration), then listening with that secret at its URL.
    const placeholder = await register('https://partner.example.nl/regio-q4', ['event.cancelled']);
    const receiver = createWebhookReceiver(placeholder.secret, (event) => {
      events.push(event);
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
    try {
      const updated = await gql(
        `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {
            endpoint { url } userErrors { code } } }`,
        { input: { id: placeholder.id, url } },
      );
      expect(updated.data.updateWebhookEndpoint).toEqual({ endpoint: { url }, userErrors: [] });
      const eventId = await f.createEvent({ title: 'Voorbeeld', visibility: 'PUBLIC' });
      await gql(`mutation ($id: ID!) { cancelEvent(input: { id: $id }) { userErrors { code } } }`, {
        id: eventId,
      });
      await waitFor('the example to handle the event', () => events.length > 0);
      expect(events[0]).toMatchObject({
        type: 'event.cancelled',
        data: { id: eventId, status: 'CANCELLED' },
      });
      const forged = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': 'msg_forged',
          'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
          'webhook-signature': 'v1,' + Buffer.alloc(32).toString('base64'),
        },
        body: JSON.stringify({ type: 'event.cancelled', timestamp: new Date().toISOString(), data: {} }),
      });
      expect(forged.status).toBe(400);
      expect(events).toHaveLength(1);
    } finally {
      await setEnabled(placeholder.id, false);
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
});

describe('article.published', () => {
  test('a published article is announced to an endpoint whose key reads news, once', async () => {
    await t.server.apiKey(PARTNER, ['news:read']);
    const receiver = await startReceiver();
    const { id, secret } = await register(receiver.url, ['article.published']);
    try {
      const editor = await t.server.token({ roles: [Role.EDITOR] });
      const created = await gql(
        `mutation { createArticle(input: { title: "Webhooks voor partners", body: "Tekst." }) { article { id } } }`,
        {},
        editor,
      );
      const articleId = created.data.createArticle.article.id as string;
      expect(receiver.received).toEqual([]);
      const published = await gql(
        `mutation ($id: ID!) { publishArticle(input: { id: $id }) { article { status } userErrors { code } } }`,
        { id: articleId },
        editor,
      );
      expect(published.data.publishArticle.userErrors).toEqual([]);
      const [delivery] = await waitFor('the article', () => {
        const about = receiver.about(articleId, secret);
        return about.length > 0 && about;
      });
      expect(delivery.event).toMatchObject({
        type: 'article.published',
        data: { id: articleId, title: 'Webhooks voor partners' },
      });
    } finally {
      await setEnabled(id, false);
      await receiver.close();
    }
  });
  test('a scheduled article is announced when its time comes, by the reminder scan, once', async () => {
    const receiver = await startReceiver();
    const { id, secret } = await register(receiver.url, ['article.published']);
    try {
      const editor = await t.server.token({ roles: [Role.EDITOR] });
      const created = await gql(
        `mutation { createArticle(input: { title: "Later te lezen", body: "Tekst." }) { article { id } } }`,
        {},
        editor,
      );
      const articleId = created.data.createArticle.article.id as string;
      const publishAt = new Date(Date.now() + 1500);
      const published = await gql(
        `mutation ($id: ID!, $at: DateTime!) { publishArticle(input: { id: $id, publishAt: $at }) {
            userErrors { code } } }`,
        { id: articleId, at: publishAt.toISOString() },
        editor,
      );
      expect(published.data.publishArticle.userErrors).toEqual([]);
      // Not public yet: the scan finds nothing to announce, and nothing is sent.
      await scanReminders(t.worker.delivery, new Date());
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, publishAt.getTime() - Date.now()) + 300),
      );
      expect(receiver.about(articleId, secret)).toEqual([]);
      // Its time has come: the scan (every minute from the queue's cron) announces it; a second scan does not.
      await scanReminders(t.worker.delivery, new Date());
      await scanReminders(t.worker.delivery, new Date());
      await waitFor('the scheduled article', () => receiver.about(articleId, secret).length > 0);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.about(articleId, secret).map((r) => r.event.type)).toEqual(['article.published']);
    } finally {
      await setEnabled(id, false);
      await receiver.close();
    }
  });
});

describe('award.published', () => {
  test('an award is announced to a subscribed endpoint with the public award', async () => {
    const receiver = await startReceiver();
    const { id, secret } = await register(receiver.url, ['award.published']);
    try {
      const supplier = await createSupplier(
        t.server,
        { name: 'Webhook Drukwerk', municipality: 'GM0355' },
        {
          description: 'Drukwerk',
          cpvCodes: ['79810000'],
          contactName: 'Wim Web',
          contactEmail: 'wim@drukwerk.example.nl',
        },
      );
      const requestId = await awardRequest(t.server, 'GM0355', [supplier], 2_500_000);
      const [{ id: awardId }] = await t.server.dataSource.query(
        'SELECT id FROM award WHERE request_id = $1',
        [requestId],
      );
      const [delivery] = await waitFor('the award', () => {
        const about = receiver.about(toGlobalId('Award', awardId), secret);
        return about.length > 0 && about;
      });
      expect(delivery.event).toMatchObject({
        type: 'award.published',
        data: {
          value: 2_500_000,
          supplier: { name: 'Webhook Drukwerk' },
          municipality: { cbsCode: 'GM0355' },
        },
      });
    } finally {
      await setEnabled(id, false);
      await receiver.close();
    }
  });
});

test('Prometheus counts webhooks sent, retried and failed', async () => {
  const text = await (await fetch(`${t.server.url}/metrics`)).text();
  const value = (name: string) =>
    Number(new RegExp(`^${name}\\{channel="webhook"\\} (\\d+)`, 'm').exec(text)?.[1]);
  expect(value('notifications_sent_total')).toBeGreaterThanOrEqual(5);
  expect(value('notifications_retried_total')).toBeGreaterThanOrEqual(6);
  expect(value('notifications_failed_total')).toBeGreaterThanOrEqual(2);
});

test('the logs and endpoints are for admins only', async () => {
  const member = await t.server.token({ roles: [Role.MEMBER], kvk: '12345678' });
  const civilServant = await t.server.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' });
  const codes = async (query: string, headers: Record<string, string>) =>
    ((await t.server.graphql(query, {}, headers)).body.errors ?? []).map(
      (e: { extensions?: { code?: string } }) => e.extensions?.code,
    );
  for (const query of [
    '{ webhookEndpoints { nodes { id } } }',
    '{ notificationLog { nodes { id } } }',
    '{ mailLog { nodes { toAddress } } }',
  ]) {
    expect(await codes(query, {})).toEqual(['UNAUTHENTICATED']);
    for (const headers of [member, civilServant, partnerKey])
      expect(await codes(query, headers)).toEqual(['FORBIDDEN']);
  }
  const [endpoint] = await t.server.dataSource.query('SELECT id FROM webhook_endpoint LIMIT 1');
  const globalId = toGlobalId('WebhookEndpoint', endpoint.id);
  for (const headers of [{}, member, civilServant, partnerKey]) {
    expect(
      (await t.server.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: globalId }, headers)).body,
    ).toEqual({ data: { node: null } });
  }
});

test('the admin lists load their nested lists in batches: the statement count does not grow with the page', async () => {
  const query = `query ($first: Int) {
    webhookEndpoints(first: $first) { nodes { id organisation { name } deliveries(first: 5) {
      totalCount nodes { id endpoint { id } notification { kind state } attempts { attempt outcome } } } } }
    notificationLog(first: $first) { nodes { id state mails { toAddress notification { id } }
      webhookDeliveries { id status } } }
  }`;
  // Six endpoints (disabled: no events reach them), each with two delivered deliveries of a notification with
  // a mail: the newest of each list, so the small page holds every kind of nested list too.
  for (let i = 0; i < 6; i += 1) {
    await t.server.dataSource.query(
      `WITH e AS (
         INSERT INTO webhook_endpoint (organisation_id, url, event_types, secret, owner_email, enabled)
         VALUES ($1, 'https://batch.example.nl/' || $2, '{event.created}', 'whsec_batch', 'batch@example.nl', false)
         RETURNING id),
       n AS (
         INSERT INTO notification (kind, key, mail_count, webhook_count)
         SELECT 'networking.eventCreated', 'batch:' || $2 || ':' || k, 1, 1 FROM generate_series(1, 2) k
         RETURNING id, key),
       m AS (
         INSERT INTO mail_message (notification_id, kind, to_address, subject, text, html, status)
         SELECT id, 'networking.eventCreated', 'batch' || $2 || '@example.nl', 'Onderwerp', 'Tekst', 'Tekst', 'SENT'
           FROM n),
       d AS (
         INSERT INTO webhook_delivery (endpoint_id, notification_id, event_type, message_id, payload, status, attempts)
         SELECT e.id, n.id, 'event.created', 'msg_' || n.key, '{}', 'DELIVERED', 1 FROM e, n
         RETURNING id)
       INSERT INTO webhook_attempt (delivery_id, attempt, status_code, latency_ms) SELECT id, 1, 204, 5 FROM d`,
      [dbId(partnerId), String(i)],
    );
  }
  const small = await t.server.graphql(query, { first: 1 }, admin);
  const large = await t.server.graphql(query, { first: 20 }, admin);
  expect(small.body.errors).toBeUndefined();
  expect(large.body.errors).toBeUndefined();
  const data = large.body.data as Data;
  expect(data.webhookEndpoints.nodes.length).toBeGreaterThan(5);
  expect(data.notificationLog.nodes.length).toBeGreaterThan(10);
  // About one statement per loader, however many rows: a page of 1 and a page of 20 (with 40 deliveries and
  // their attempts, mails and notifications) stay under the same small bound (a loader's batch may split
  // across ticks, so the counts move by one or two). One statement per row would be well over 60.
  expect((await t.server.logOf(small)).sqlCount).toBeLessThanOrEqual(16);
  expect((await t.server.logOf(large)).sqlCount).toBeLessThanOrEqual(16);
});
