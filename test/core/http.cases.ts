import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { toGlobalId } from '../../src/kit';
import type { GraphQLResponse, TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

type Body = GraphQLResponse['body'];

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });

describe('health and readiness', () => {
  test('/healthz says the process is alive', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  test('/readyz says ready when the database is reachable and migrated', async () => {
    const res = await get('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  test('/readyz says 503 while a migration is pending, and ready again once it is applied', async () => {
    const [last] = await api.dataSource.query('select * from migrations order by id desc limit 1');
    await api.dataSource.query('delete from migrations where id = $1', [last.id]);
    try {
      const res = await get('/readyz');
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'migrations pending' });
    } finally {
      await api.dataSource.query('insert into migrations (id, timestamp, name) values ($1, $2, $3)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    const again = await get('/readyz');
    expect(again.status).toBe(200);
  });
});

describe('metrics', () => {
  test('/metrics counts operations by name and outcome, errors by code, HTTP requests and the pool', async () => {
    const ok = await api.graphql('query HttpSpecProbe { municipalities(inRegion: true) { name } }');
    expect(ok.body.errors).toBeUndefined();
    const bad = await api.graphql('query HttpSpecBadPage { businesses(first: 0) { nodes { name } } }');
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await get('/healthz');

    const res = await get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^graphql_operations_total\{operation="HttpSpecProbe",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^graphql_operations_total\{operation="HttpSpecBadPage",outcome="error"\} 1$/m);
    expect(text).toMatch(/^graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]\d*$/m);
    expect(text).toMatch(/^graphql_operation_duration_seconds_count\{operation="HttpSpecProbe"\} 1$/m);
    expect(text).toMatch(/^http_requests_total\{route="\/healthz",status="200"\} [1-9]\d*$/m);
    expect(text).toMatch(/^db_pool_total_connections [1-9]\d*$/m);
    expect(text).toMatch(/^db_pool_idle_connections \d+$/m);
    expect(text).toMatch(/^db_pool_waiting_connections \d+$/m);
  });
});

describe('request ids and the log line', () => {
  test('a valid x-request-id is echoed and names the log line', async () => {
    const requestId = `client-${randomUUID()}`;
    const res = await api.graphql(
      'query LogProbe { municipalities(inRegion: true) { name } }',
      {},
      { 'x-request-id': requestId },
    );
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const log = await api.logOf(res);
    expect(log).toMatchObject({
      requestId,
      status: 200,
      operationName: 'LogProbe',
      callerKind: 'ANONYMOUS',
    });
    expect(log.sqlCount).toBeGreaterThan(0);
    expect(typeof log.durationMs).toBe('number');
    expect(log.errorCodes).toBeUndefined();
  });

  test('without an x-request-id, or with one that is not safe to log, the server makes one up', async () => {
    const none = await api.graphql('{ __typename }');
    const generated = none.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    const unsafe = await api.graphql('{ __typename }', {}, { 'x-request-id': 'evil value\twith "quotes"' });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(unsafe.headers.get('x-request-id')).not.toBe(generated);
  });

  test('the log line names the caller kind and the error codes', async () => {
    const res = await api.graphql('query Who { me { kind } }', {}, await api.token({ roles: [Role.EDITOR] }));
    expect((await api.logOf(res)).callerKind).toBe('PERSON');
    const bad = await api.graphql('query BadPage { businesses(first: 0) { nodes { name } } }');
    const log = await api.logOf(bad);
    expect(log.operationName).toBe('BadPage');
    expect(log.errorCodes).toEqual(['BAD_USER_INPUT']);
  });
});

describe('GraphQL over GET', () => {
  test('a query with the apollo-require-preflight header is answered', async () => {
    const res = await get(`/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      'apollo-require-preflight': 'true',
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Body).data).toEqual({ __typename: 'Query' });
  });

  test('a plain GET without a preflight header is refused (CSRF prevention)', async () => {
    const res = await get(`/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('"__typename":"Query"');
  });

  test('a mutation over GET is refused with 405 and changes nothing', async () => {
    const countKeys = async () =>
      Number((await api.dataSource.query('select count(*) from api_key'))[0].count);
    const before = await countKeys();
    const organisations = await api.graphql<{ organisations: { id: string }[] }>('{ organisations { id } }');
    const mutation = `mutation ViaGet { createApiKey(input: { organisationId: "${organisations.body.data!.organisations[0].id}", name: "via GET", scopes: [EVENTS_READ] }) { secret } }`;
    const res = await get(`/graphql?query=${encodeURIComponent(mutation)}`, {
      'apollo-require-preflight': 'true',
      ...(await api.token({ roles: [Role.ADMIN] })),
    });
    expect(res.status).toBe(405);
    expect(await countKeys()).toBe(before);
  });
});

describe('the playground', () => {
  test('a browser gets a self-contained GraphiQL with the example operations', async () => {
    const res = await get('/graphql', { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('Regio Q4 API');
    expect(html).toContain('RegionBusinesses');
    expect(html).not.toMatch(/<script[^>]*\ssrc=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]*\shref=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
  });
});

describe('ids', () => {
  test('node(id:) with something that is not an id is bad input', async () => {
    const res = await api.graphql('query N($id: ID!) { node(id: $id) { id } }', { id: 'not-an-id' });
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.data?.node ?? null).toBeNull();
  });

  test('node(id:) with a well-formed id of nothing is null', async () => {
    for (const id of [toGlobalId('Business', randomUUID()), toGlobalId('Spaceship', randomUUID())]) {
      const res = await api.graphql('query N($id: ID!) { node(id: $id) { id } }', { id });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toEqual({ node: null });
    }
  });

  test('node(id:) refetches an object by its id', async () => {
    const [zeist] = (
      await api.graphql<{ municipalities: { id: string; name: string }[] }>(
        '{ municipalities(inRegion: true) { id name } }',
      )
    ).body.data!.municipalities.filter((m) => m.name === 'Zeist');
    const res = await api.graphql('query N($id: ID!) { node(id: $id) { id ... on Municipality { name } } }', {
      id: zeist.id,
    });
    expect(res.body.data).toEqual({ node: { id: zeist.id, name: 'Zeist' } });
  });

  test('business(id:) with the id of a municipality is bad input', async () => {
    const [municipality] = (
      await api.graphql<{ municipalities: { id: string }[] }>('{ municipalities { id } }')
    ).body.data!.municipalities;
    const res = await api.graphql('query B($id: ID!) { business(id: $id) { name } }', {
      id: municipality.id,
    });
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0].message).toMatch(/Municipality, not of a Business/);
  });
});

describe('unexpected errors', () => {
  test('are masked with a request id, without leaking SQL, and logged as INTERNAL_SERVER_ERROR', async () => {
    // A realistic unexpected failure: the database schema drifted from the code.
    await api.dataSource.query('alter table municipality rename column province to province_renamed');
    try {
      const res = await api.graphql('query Drift { municipalities(inRegion: true) { name province } }');
      expect(res.body.data ?? null).toBeNull();
      const [error] = res.body.errors!;
      expect(error.message).toBe('Internal server error');
      expect(error.extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        requestId: res.headers.get('x-request-id'),
      });
      expect(JSON.stringify(res.body)).not.toMatch(/province|select|column/i);
      expect((await api.logOf(res)).errorCodes).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await api.dataSource.query('alter table municipality rename column province_renamed to province');
    }
  });
});

describe('database constraint violations', () => {
  const createKey = async (name: string) => {
    const organisations = await api.graphql<{ organisations: { id: string }[] }>('{ organisations { id } }');
    return api.graphql(
      'mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { code } } }',
      {
        input: {
          organisationId: organisations.body.data!.organisations[0].id,
          name,
          scopes: ['EVENTS_READ'],
        },
      },
      await api.token({ roles: [Role.ADMIN] }),
    );
  };

  // A unique constraint the code does not check first stands in for a race between two requests.
  beforeAll(() =>
    api.dataSource.query('create unique index http_spec_key_name on api_key (organisation_id, name)'),
  );
  afterAll(() => api.dataSource.query('drop index http_spec_key_name'));

  test('are reported as CONFLICT, without leaking SQL', async () => {
    expect((await createKey('twice')).body.errors).toBeUndefined();
    const res = await createKey('twice');
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.body.errors?.[0].message).toMatch(/conflicts/);
    expect(JSON.stringify(res.body)).not.toMatch(/http_spec_key_name|duplicate key/);
  });

  test('the log line and the metrics carry the code the client got', async () => {
    await createKey('thrice');
    const res = await createKey('thrice');
    expect((await api.logOf(res)).errorCodes).toEqual([res.body.errors?.[0].extensions?.code]);
    expect((await api.logOf(res)).errorCodes).toEqual(['CONFLICT']);
    const metrics = await (await get('/metrics')).text();
    expect(metrics).toMatch(/^graphql_errors_total\{code="CONFLICT"\} [1-9]\d*$/m);
  });
});

describe('when the database goes away', () => {
  let outage: TestServer;
  let admin: Client;
  let database: string;
  beforeAll(async () => {
    outage = await startTestServer();
    [{ database }] = await outage.dataSource.query('select current_database() as database');
    admin = new Client({ connectionString: process.env.Q4_TEST_DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.query(`alter database ${database} allow_connections true`);
    await admin.end();
    await outage.close();
  });

  test('/readyz says 503 database unreachable, and ready again once it is back', async () => {
    expect((await fetch(`${outage.url}/readyz`)).status).toBe(200);

    await admin.query(`alter database ${database} allow_connections false`);
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [
      database,
    ]);

    const down = await fetch(`${outage.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'database unreachable' });
    expect((await fetch(`${outage.url}/healthz`)).status).toBe(200);

    await admin.query(`alter database ${database} allow_connections true`);
    const up = await fetch(`${outage.url}/readyz`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ready' });
  });
});
