import type { ServerProcess } from '../support/processes';
import { startServerProcess, stopServerProcess } from '../support/processes';
import { createTestDatabase } from '../support/test-server';

/**
 * The per-address limit counted in memory and written in batches (src/http/rate-limits.ts), on two instances
 * of the compiled server on one database: the limit still holds across both, within its documented
 * tolerance of 2 × batch − 1 requests per instance.
 */
let database: { url: string; drop(): Promise<void> };
let a: ServerProcess;
let b: ServerProcess;

const LIMIT = 400; // batches of 4 (1% of the limit)
const BATCH = 4;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  const env = {
    DATABASE_URL: database.url,
    PORT: '0',
    SEED: 'none',
    RATE_LIMIT_PER_ADDRESS: String(LIMIT),
    RATE_LIMIT_PER_API_KEY: '0',
    RATE_LIMIT_WINDOW_SECONDS: '3600',
  };
  [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
});

afterAll(async () => {
  await Promise.all([a, b].filter(Boolean).map((server) => stopServerProcess(server)));
  await database?.drop();
});

const ask = async (server: ServerProcess) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code };
};

test('one address over two instances: at least the limit and at most 2 × batch − 1 more per instance get through', async () => {
  const answers: { status: number; code?: string }[] = [];
  // Four callers at a time, spread over both instances, until well past the limit.
  for (let i = 0; i < LIMIT + 100; i += 4) {
    answers.push(...(await Promise.all([ask(a), ask(b), ask(a), ask(b)])));
  }
  const allowed = answers.filter((answer) => answer.status === 200).length;
  expect(allowed).toBeGreaterThanOrEqual(LIMIT);
  expect(allowed).toBeLessThanOrEqual(LIMIT + 2 * (2 * BATCH - 1));
  const refused = answers.filter((answer) => answer.status === 429);
  expect(refused.length).toBe(answers.length - allowed);
  expect(refused.every((answer) => answer.code === 'RATE_LIMITED')).toBe(true);
  // Once refused, refused on both instances for the rest of the window.
  expect((await ask(a)).status).toBe(429);
  expect((await ask(b)).status).toBe(429);
});
