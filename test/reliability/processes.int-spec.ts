import { signToken } from '../../src/kit';
import type { ServerProcess } from '../support/processes';
import { postGraphQL, startServerProcess, stopServerProcess, TEST_JWT_SECRET } from '../support/processes';
import { createTestDatabase } from '../support/test-server';

/**
 * Two instances of the compiled server on one database, as behind a load balancer: what one instance
 * decides, the other must respect at once (capacity, revoked keys, rate limits).
 */
let database: { url: string; drop(): Promise<void> };
let a: ServerProcess;
let b: ServerProcess;
let admin: Record<string, string>;

const API_KEY_LIMIT = 10;
const ANONYMOUS_REGISTRATIONS = 5;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  const env = {
    DATABASE_URL: database.url,
    PORT: '0',
    SEED: 'none',
    DB_POOL_SIZE: '10',
    // Correctness across processes, not overload: 200 registrations of one event queue for its row lock.
    DB_CONNECTION_TIMEOUT_MS: '60000',
    RATE_LIMIT_PER_ADDRESS: '100000',
    RATE_LIMIT_PER_API_KEY: String(API_KEY_LIMIT),
    RATE_LIMIT_WINDOW_SECONDS: '3600',
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: String(ANONYMOUS_REGISTRATIONS),
  };
  [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  admin = {
    authorization: `Bearer ${await signToken(TEST_JWT_SECRET, { sub: 'admin', roles: ['ADMIN'] as never })}`,
  };
});

afterAll(async () => {
  await Promise.all([a, b].filter(Boolean).map((server) => stopServerProcess(server)));
  await database?.drop();
});

// Answers are read loosely: each test states what it expects of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };

async function post(server: ServerProcess, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

async function createEvent(capacity: number): Promise<string> {
  const associations = (await postGraphQL(a.url, '{ associations { id shortName } }')) as Body;
  const zzo = (associations.data?.associations as { id: string; shortName: string }[]).find(
    (association) => association.shortName === 'ZZO',
  )!.id;
  const startsAt = new Date(Date.now() + 30 * 24 * 3600_000);
  const body = (await postGraphQL(
    a.url,
    `mutation { createEvent(input: {
       title: "Twee processen", description: "Capaciteit over twee instanties.",
       startsAt: "${startsAt.toISOString()}", endsAt: "${new Date(startsAt.getTime() + 7200_000).toISOString()}",
       venue: { name: "Slot Zeist", address: "Zinzendorflaan 1, 3703 CE Zeist", municipality: "GM0355" },
       kind: NETWORKING, capacity: ${capacity}, visibility: PUBLIC, organisers: ["${zzo}"]
     }) { event { id } userErrors { code message } } }`,
    admin,
  )) as Body;
  const id = body.data?.createEvent?.event?.id as string | undefined;
  if (!id) throw new Error(`createEvent failed: ${JSON.stringify(body)}`);
  return id;
}

const register = (eventId: string, email: string) =>
  `mutation { registerForEvent(input: { eventId: "${eventId}", name: "Gast", email: "${email}" }) {
     registration { status } userErrors { code } } }`;

test('200 concurrent registrations for 20 seats over both instances: never overbooked, the rest waitlisted', async () => {
  // The race means something only when both instances won seats. On a busy machine one instance can be slow
  // to start answering and lose every seat to the other; then the rule is checked again on a new event (every
  // attempt must still hold the seat count exactly).
  const takePart = new Set<number>();
  for (let attempt = 0; attempt < 3 && takePart.size < 2; attempt += 1) {
    const eventId = await createEvent(20);
    // Admins are not held to the registration limits: this is about seats only.
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post(i % 2 === 0 ? a : b, register(eventId, `gast${attempt}-${i}@example.nl`), admin),
      ),
    );
    const statuses = answers.map((answer) => answer.body.data?.registerForEvent?.registration?.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(20);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(180);
    takePart.clear();
    statuses.forEach((status, i) => {
      if (status === 'CONFIRMED') takePart.add(i % 2);
    });
    // The database agrees with the answers.
    const counts = (await postGraphQL(
      b.url,
      `{ event(id: "${eventId}") { confirmedCount waitlistCount remainingCapacity } }`,
      admin,
    )) as Body;
    expect(counts.data?.event).toEqual({ confirmedCount: 20, waitlistCount: 180, remainingCapacity: 0 });
  }
  expect(takePart.size).toBe(2);
});

test('an API key revoked on one instance is refused by the other at once', async () => {
  const organisations = (await postGraphQL(a.url, '{ organisations { id name } }')) as Body;
  const organisationId = (organisations.data?.organisations as { id: string; name: string }[]).find(
    (o) => o.name === 'Nationaal Park Utrechtse Heuvelrug',
  )!.id;
  const created = (await postGraphQL(
    a.url,
    `mutation { createApiKey(input: { organisationId: "${organisationId}", name: "twee processen", scopes: [EVENTS_READ] }) {
       apiKey { id } secret } }`,
    admin,
  )) as Body;
  const { apiKey, secret } = created.data?.createApiKey as { apiKey: { id: string }; secret: string };
  const me = '{ me { kind } }';
  expect((await post(b, me, { 'x-api-key': secret })).body.data).toEqual({ me: { kind: 'API_KEY' } });

  const revoked = (await postGraphQL(
    a.url,
    `mutation { revokeApiKey(input: { id: "${apiKey.id}" }) { apiKey { revokedAt } userErrors { code } } }`,
    admin,
  )) as Body;
  expect(revoked.data?.revokeApiKey?.userErrors).toEqual([]);
  const onB = await post(b, me, { 'x-api-key': secret });
  expect(onB.status).toBe(401);
  expect(onB.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const onA = await post(a, me, { 'x-api-key': secret });
  expect(onA.status).toBe(401);
});

test('rate limits count across both instances: per API key, and anonymous registrations per address', async () => {
  const organisations = (await postGraphQL(a.url, '{ organisations { id name } }')) as Body;
  const organisationId = (organisations.data?.organisations as { id: string; name: string }[])[0].id;
  const created = (await postGraphQL(
    a.url,
    `mutation { createApiKey(input: { organisationId: "${organisationId}", name: "limiet", scopes: [EVENTS_READ] }) {
       secret } }`,
    admin,
  )) as Body;
  const secret = created.data?.createApiKey?.secret as string;

  const keyed = [];
  for (let i = 0; i < 3 * API_KEY_LIMIT; i += 1)
    keyed.push((await post(i % 2 === 0 ? a : b, '{ me { kind } }', { 'x-api-key': secret })).status);
  // Each instance alone would have let 2 × 10 through.
  expect(keyed.filter((s) => s === 200)).toHaveLength(API_KEY_LIMIT);
  expect(keyed.filter((s) => s === 429)).toHaveLength(2 * API_KEY_LIMIT);
  expect(keyed.slice(0, API_KEY_LIMIT).every((s) => s === 200)).toBe(true);

  const eventId = await createEvent(100);
  const anonymous = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      post(i % 2 === 0 ? a : b, register(eventId, `anoniem${i}@example.nl`)),
    ),
  );
  const registered = anonymous.filter((answer) => answer.body.data?.registerForEvent?.registration);
  expect(registered).toHaveLength(ANONYMOUS_REGISTRATIONS);
  expect(anonymous.filter((answer) => answer.status === 429)).toHaveLength(20 - ANONYMOUS_REGISTRATIONS);
  for (const answer of anonymous.filter((answer) => answer.status === 429))
    expect(answer.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
});
