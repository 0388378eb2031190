import http from 'node:http';
import { Client } from 'pg';
import { fromGlobalId } from '../../src/kit';
import type { GraphQLResponse, TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/**
 * Excess load gets a fast, coded 503 instead of every request slowing down: a cap on requests in flight,
 * a bounded wait for a database connection and a statement timeout.
 */
const MAX_IN_FLIGHT = 3;

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({
    env: {
      MAX_IN_FLIGHT_REQUESTS: String(MAX_IN_FLIGHT),
      DB_CONNECTION_TIMEOUT_MS: '300',
      DB_STATEMENT_TIMEOUT_MS: '1000',
    },
  });
});
afterAll(() => api.close());

/** A request whose body has not all arrived yet: it is in flight until `finish()`. */
function pendingRequest(): { finish(): Promise<number> } {
  const body = JSON.stringify({ query: '{ __typename }' });
  const { hostname, port } = new URL(api.url);
  let resolveStatus: (status: number) => void;
  const status = new Promise<number>((resolve) => (resolveStatus = resolve));
  const req = http.request({
    hostname,
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => resolveStatus(res.statusCode ?? 0));
  });
  req.write(body.slice(0, 5));
  return {
    finish: () => {
      req.end(body.slice(5));
      return status;
    },
  };
}

function expectUnavailable(res: GraphQLResponse): void {
  expect(res.status).toBe(503);
  expect(res.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(res.headers.get('retry-after')).toBe('1');
}

test('past MAX_IN_FLIGHT_REQUESTS a request is answered 503 at once; probes still answer', async () => {
  const pending = Array.from({ length: MAX_IN_FLIGHT }, () => pendingRequest());
  // Wait until the server has seen all of them (their request lines are logged only when done).
  await new Promise((resolve) => setTimeout(resolve, 200));
  expectUnavailable(await api.graphql('{ __typename }'));
  const feed = await fetch(`${api.url}/feeds/news.xml`);
  expect(feed.status).toBe(503);
  expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
  expect((await fetch(`${api.url}/healthz`)).status).toBe(200);

  expect(await Promise.all(pending.map((p) => p.finish()))).toEqual(Array(MAX_IN_FLIGHT).fill(200));
  const after = await api.graphql('{ __typename }');
  expect(after.status).toBe(200);
  expect(after.body.data).toEqual({ __typename: 'Query' });
});

test('a statement that runs into the statement timeout, and requests that find no free connection, get 503', async () => {
  const admin = await api.token({ roles: [Role.ADMIN] });
  const list = await api.graphql<{ businesses: { nodes: { id: string; name: string }[] } }>(
    '{ businesses(first: 1) { nodes { id name } } }',
  );
  const { id, name } = list.body.data!.businesses.nodes[0];
  // Another session holds the business's row: each update waits for it, holding a pool connection.
  const blocker = new Client({ connectionString: (api.dataSource.options as { url: string }).url });
  await blocker.connect();
  await blocker.query('BEGIN');
  await blocker.query(`SELECT 1 FROM business WHERE id = $1 FOR UPDATE`, [fromGlobalId(id).id]);
  try {
    // 25 updates for a pool of 20: 20 wait on the lock until the statement timeout, 5 wait for a connection.
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        api.graphql(
          'mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { business { name } } }',
          { input: { id, name: `Overload ${i}` } },
          admin,
        ),
      ),
    );
    for (const res of results) expectUnavailable(res);
  } finally {
    await blocker.query('ROLLBACK');
    await blocker.end();
  }
  const [row] = await api.dataSource.query('SELECT name FROM business WHERE id = $1', [fromGlobalId(id).id]);
  expect(row.name).toBe(name);
  // The pool recovered: the same update goes through now.
  const ok = await api.graphql<{ updateBusiness: { business: { name: string } } }>(
    'mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { business { name } } }',
    { input: { id, name } },
    admin,
  );
  expect(ok.status).toBe(200);
  expect(ok.body.data?.updateBusiness.business.name).toBe(name);
});
