import http from 'node:http';
import { freePort } from '../../src/cli/throwaway-database';
import { startServerProcess, stopServerProcess } from '../support/processes';
import { createTestDatabase } from '../support/test-server';

/**
 * Ctrl-C while requests are arriving: a request that reached the server before the signal gets an HTTP
 * answer (its result, or a clean 503 with `Connection: close`), never a reset connection.
 */
let database: { url: string; drop(): Promise<void> };

beforeAll(async () => {
  database = await createTestDatabase('demo');
});
afterAll(async () => {
  await database?.drop();
});

interface Outcome {
  status?: number;
  connection?: string;
  code?: string;
  error?: string;
}

const BODY = JSON.stringify({ query: '{ events(first: 5) { nodes { title venue { name } } } }' });

/** One POST on a connection of its own; `written` resolves once the whole request is on the wire. */
function post(url: string): { written: Promise<void>; outcome: Promise<Outcome> } {
  let markWritten!: () => void;
  const written = new Promise<void>((resolve) => (markWritten = resolve));
  const outcome = new Promise<Outcome>((resolve) => {
    const req = http.request(`${url}/graphql`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        resolve({
          status: res.statusCode,
          connection: res.headers.connection,
          code: body.errors?.[0]?.extensions?.code,
        });
      });
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      markWritten();
      resolve({ error: error.code ?? error.message });
    });
    req.end(BODY, () => markWritten());
  });
  return { written, outcome };
}

test('SIGINT just after 40 requests arrived on fresh connections: each is answered (200 or a clean 503), none reset', async () => {
  const tallies: Record<string, number> = {};
  // The signal lands at a different moment of the requests' life each round: before they are read, while
  // they are parsed, while they run.
  for (const delayMs of [0, 5, 15, 40]) {
    const server = await startServerProcess({
      DATABASE_URL: database.url,
      PORT: String(await freePort()),
      SEED: 'none',
      RATE_LIMIT_PER_ADDRESS: '0',
    });
    const requests = Array.from({ length: 40 }, () => post(server.url));
    await Promise.all(requests.map((r) => r.written));
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const exit = stopServerProcess(server, 'SIGINT');
    const outcomes = await Promise.all(requests.map((r) => r.outcome));
    expect(await exit).toBe(0);

    for (const outcome of outcomes) {
      const key =
        outcome.error ?? [outcome.status, outcome.code, outcome.connection].filter(Boolean).join(' ');
      tallies[`${delayMs} ms: ${key}`] = (tallies[`${delayMs} ms: ${key}`] ?? 0) + 1;
    }
  }
  // Every round's answers at once, so that a failure shows how many of which kind came back.
  const allowed = /^\d+ ms: (200 keep-alive|200 close|503 SERVICE_UNAVAILABLE close)$/;
  expect(Object.entries(tallies).filter(([key]) => !allowed.test(key))).toEqual([]);
  expect(Object.values(tallies).reduce((a, b) => a + b, 0)).toBe(4 * 40);
}, 120_000);
