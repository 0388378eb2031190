import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toGlobalId } from '../../src/kit';
import { fixtures } from '../networking/fixtures';
import { startMailTest } from './setup';

// Production mode (NODE_ENV=production, no allow-list): endpoints on private or loopback addresses are refused
// when registered, and again before every attempt (a name may resolve elsewhere later).
let t: Awaited<ReturnType<typeof startMailTest>>;
const requests: string[] = [];
const receiver = createServer((request, response) => {
  requests.push(request.url ?? '');
  response.writeHead(204).end();
});
let port: number;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
  t = await startMailTest({
    NODE_ENV: 'production',
    JWT_SECRET: 'a-production-secret-of-forty-characters!',
    PUBLIC_URL: 'https://api.regioq4.test',
    WEBHOOK_RETRY_BASE_MS: '60000',
  });
});
afterAll(async () => {
  await t?.close();
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const REGISTER = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { endpoint { id } secret userErrors { code field message } }
}`;

test('registration refuses private, loopback and plain-http endpoints with coded user errors', async () => {
  const f = await fixtures(t.server);
  const organisationId = f.organisation('Nationaal Park Utrechtse Heuvelrug');
  const register = async (url: string): Promise<{ userErrors: unknown[] }> =>
    (
      await t.server.graphql(
        REGISTER,
        {
          input: { organisationId, url, eventTypes: ['event.created'], ownerEmail: 'beheer@park.example.nl' },
        },
        f.admin,
      )
    ).body.data!.createWebhookEndpoint as { userErrors: unknown[] };
  const privateAddress = {
    code: 'INVALID',
    field: ['input', 'url'],
    message: 'The URL points to a private or loopback address',
  };
  for (const url of [
    `https://127.0.0.1:${port}/hooks`,
    'https://localhost/hooks',
    'https://10.1.2.3/hooks',
    'https://192.168.1.10/hooks',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hooks',
    'https://[::ffff:127.0.0.1]/hooks',
  ]) {
    expect({ url, ...(await register(url)) }).toEqual({
      url,
      endpoint: null,
      secret: null,
      userErrors: [privateAddress],
    });
  }
  expect((await register(`http://127.0.0.1:${port}/hooks`)).userErrors).toEqual([
    { code: 'INVALID', field: ['input', 'url'], message: 'Only https endpoints are accepted' },
  ]);
  expect((await register('https://user:secret@partner.example.nl/hooks')).userErrors).toEqual([
    { code: 'INVALID', field: ['input', 'url'], message: 'The URL must not contain a user name or password' },
  ]);
  const [{ n }] = await t.server.dataSource.query('SELECT count(*)::int AS n FROM webhook_endpoint');
  expect(n).toBe(0);
});

test('delivery refuses an endpoint that resolves to a private address: the attempt is logged, nothing is sent', async () => {
  const f = await fixtures(t.server);
  await t.server.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read']);
  // Stored as if its name had resolved to a public address when it was registered.
  const [endpoint] = await t.server.dataSource.query(
    `INSERT INTO webhook_endpoint (organisation_id, url, event_types, secret, owner_email)
     SELECT id, $1, '{event.created}', $2, 'beheer@park.example.nl' FROM organisation WHERE name = $3
     RETURNING id`,
    [
      `https://127.0.0.1:${port}/hooks`,
      'whsec_' + Buffer.alloc(32, 7).toString('base64'),
      'Nationaal Park Utrechtse Heuvelrug',
    ],
  );
  await f.createEvent({ title: 'Productie', visibility: 'PUBLIC' });
  const until = Date.now() + 30_000;
  let attempts: { error: string; status_code: number | null }[] = [];
  while (attempts.length === 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    attempts = await t.server.dataSource.query(
      `SELECT a.error, a.status_code FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
        WHERE d.endpoint_id = $1`,
      [endpoint.id],
    );
  }
  expect(attempts).toEqual([{ error: 'refused: a private or loopback address', status_code: null }]);
  expect(requests).toEqual([]);
  const log = await t.server.graphql(
    `query ($id: ID!) { node(id: $id) { ... on WebhookEndpoint {
        deliveries { nodes { status attempts { outcome error } } } } } }`,
    { id: toGlobalId('WebhookEndpoint', endpoint.id) },
    f.admin,
  );
  expect(log.body.data!.node).toEqual({
    deliveries: {
      nodes: [
        {
          status: 'PENDING',
          attempts: [{ outcome: 'REFUSED', error: 'refused: a private or loopback address' }],
        },
      ],
    },
  });
});
