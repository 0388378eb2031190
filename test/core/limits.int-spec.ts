import { getIntrospectionQuery } from 'graphql';
import type { GraphQLResponse, TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

const MAX_DEPTH = 6;
const MAX_ALIASES = 3;
const MAX_COST = 500;
const MAX_BODY_BYTES = 2048;

// Depth counts the nested fields: `businesses nodes municipality businesses nodes name` is 6 deep.
const DEPTH_6 = `query Depth6 {
  businesses(first: 1) { nodes { municipality { businesses(first: 1) { nodes { name } } } } }
}`;
const DEPTH_7 = `query Depth7 {
  businesses(first: 1) { nodes { municipality { businesses(first: 1) { nodes { municipality { name } } } } } }
}`;
const ALIASES_3 = `query Aliases3 { a: municipalities { name } b: municipalities { name } c: municipalities { name } }`;
const ALIASES_4 = `query Aliases4 { a: me { kind } b: me { kind } c: me { kind } d: me { kind } }`;
// 1 + 100 × (nodes 1 + name 1 + kvkNumber 1 + postcode 1 + city 1 + municipality 1 + name 1) = 701
const COST_701 = `query Costly { businesses(first: 100) { nodes { name kvkNumber postcode city municipality { name } } } }`;
// 1 + 50 × 7 = 351
const COST_351 = `query Affordable { businesses(first: 50) { nodes { name kvkNumber postcode city municipality { name } } } }`;

function expectTooComplex(res: GraphQLResponse, limit: string, max: number, message: RegExp): void {
  expect(res.status).toBe(400);
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors!;
  expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, max });
  expect(error.message).toMatch(message);
}

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({
    env: {
      MAX_QUERY_DEPTH: String(MAX_DEPTH),
      MAX_ALIASES: String(MAX_ALIASES),
      MAX_QUERY_COST: String(MAX_COST),
      MAX_BODY_BYTES: String(MAX_BODY_BYTES),
    },
  });
});
afterAll(() => api.close());

describe('an operation over a limit is refused before it runs, at no database cost', () => {
  test('too deep', async () => {
    const res = await api.graphql(DEPTH_7);
    expectTooComplex(res, 'depth', MAX_DEPTH, /depth exceeds the maximum of 6/);
    expect((await api.logOf(res)).sqlCount).toBe(0);
  });

  test('too many aliases', async () => {
    const res = await api.graphql(ALIASES_4);
    expectTooComplex(res, 'aliases', MAX_ALIASES, /More than 3 aliases/);
    expect((await api.logOf(res)).sqlCount).toBe(0);
  });

  test('too costly, with the cost it would have had', async () => {
    const res = await api.graphql(COST_701);
    expectTooComplex(res, 'cost', MAX_COST, /Query cost 701 exceeds the maximum of 500/);
    expect(res.body.errors?.[0].extensions?.actual).toBe(701);
    expect((await api.logOf(res)).sqlCount).toBe(0);
  });

  test('a page size in a variable counts towards the cost', async () => {
    const res = await api.graphql(
      'query Paged($first: Int) { businesses(first: $first) { nodes { name kvkNumber postcode city municipality { name } } } }',
      { first: 100 },
    );
    expectTooComplex(res, 'cost', MAX_COST, /exceeds the maximum of 500/);
  });

  test.each([
    ['too deep', DEPTH_7, 'depth'],
    ['too many aliases', ALIASES_4, 'aliases'],
    ['too costly', COST_701, 'cost'],
  ])('%s with an API key: refused before the key is even looked up', async (_what, query, limit) => {
    const { headers, secret } = await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read']);
    const res = await api.graphql(query, {}, headers);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    const log = await api.logOf(res);
    expect(log.sqlCount).toBe(0);
    expect(log.callerKind).toBeUndefined();
    const [key] = await api.dataSource.query(
      "select last_used_at from api_key where secret_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')",
      [secret],
    );
    expect(key.last_used_at).toBeNull();
  });

  test('the limits are checked before the credentials: an unknown key gets the limit error', async () => {
    const res = await api.graphql(DEPTH_7, {}, { 'x-api-key': 'q4_neverIssuedNeverIssuedNeverIssued' });
    expectTooComplex(res, 'depth', MAX_DEPTH, /depth/);
    expect((await api.logOf(res)).sqlCount).toBe(0);
  });

  test('fragments do not hide depth', async () => {
    const res = await api.graphql(`query ViaFragments { ...Top }
      fragment Top on Query { businesses(first: 1) { nodes { ...Deep } } }
      fragment Deep on Business { municipality { businesses(first: 1) { nodes { ... on Business { municipality { name } } } } } }`);
    expectTooComplex(res, 'depth', MAX_DEPTH, /depth/);
    expect((await api.logOf(res)).sqlCount).toBe(0);
  });

  test('aliases inside fragments count too', async () => {
    const res = await api.graphql(`query AliasFragments { a: me { kind } ...More }
      fragment More on Query { b: me { kind } c: me { kind } d: me { kind } }`);
    expectTooComplex(res, 'aliases', MAX_ALIASES, /aliases/);
  });
});

describe('the cost counts every requested row', () => {
  test('refetching several objects multiplies the cost of what is asked of each', async () => {
    const ids = (
      await api.graphql<{ municipalities: { id: string }[] }>('{ municipalities(inRegion: true) { id } }')
    ).body.data!.municipalities.map((m) => m.id);
    expect(ids).toHaveLength(5);
    // Each municipality's page alone costs 1 + 50 × 7 = 351; five of them are 1755, far over 500.
    const res = await api.graphql(
      `query Refetch($ids: [ID!]!) {
        nodes(ids: $ids) { ... on Municipality { businesses(first: 50) { nodes { name kvkNumber postcode city municipality { name } } } } }
      }`,
      { ids },
    );
    expectTooComplex(res, 'cost', MAX_COST, /exceeds the maximum of 500/);
    expect((await api.logOf(res)).sqlCount).toBe(0);
  });
});

describe('an operation at a limit runs', () => {
  test('as deep as allowed', async () => {
    const res = await api.graphql<{ businesses: { nodes: unknown[] } }>(DEPTH_6);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.businesses.nodes).toHaveLength(1);
  });

  test('as many aliases as allowed', async () => {
    const res = await api.graphql<Record<string, unknown[]>>(ALIASES_3);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(Object.keys(res.body.data ?? {})).toEqual(['a', 'b', 'c']);
  });

  test('under the cost limit', async () => {
    const res = await api.graphql<{ businesses: { nodes: unknown[] } }>(COST_351);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.businesses.nodes.length).toBeGreaterThan(0);
  });
});

describe('request size and shape', () => {
  const post = (body: string) =>
    fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  test('a body over the maximum is refused with 413', async () => {
    const body = JSON.stringify({
      query: '{ __typename }',
      variables: { padding: 'x'.repeat(MAX_BODY_BYTES) },
    });
    const res = await post(body);
    expect(res.status).toBe(413);
    const json = (await res.json()) as GraphQLResponse['body'];
    expect(json.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(json.errors?.[0].message).toContain(String(MAX_BODY_BYTES));
  });

  test('a body just under the maximum is accepted', async () => {
    const envelope = JSON.stringify({ query: '{ __typename }', variables: { padding: '' } });
    const res = await post(
      JSON.stringify({
        query: '{ __typename }',
        variables: { padding: 'x'.repeat(MAX_BODY_BYTES - envelope.length - 10) },
      }),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as GraphQLResponse['body']).data).toEqual({ __typename: 'Query' });
  });

  test('a body that is not JSON is a bad request', async () => {
    const res = await post('{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    const json = (await res.json()) as GraphQLResponse['body'];
    expect(json.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  test('a page larger than 100 is bad input', async () => {
    const res = await api.graphql('query Big { businesses(first: 101) { nodes { name } } }');
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ path: expect.arrayContaining(['first']) }),
    ]);
    expect(res.body.data).toBeNull();
  });
});

describe('with the default limits', () => {
  let defaults: TestServer;
  beforeAll(async () => {
    defaults = await startTestServer();
  });
  afterAll(() => defaults.close());

  test("GraphiQL's introspection query works", async () => {
    const res = await defaults.graphql<{ __schema: { types: { name: string }[] } }>(getIntrospectionQuery());
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.__schema.types.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Query', 'Business', 'Municipality', 'Viewer']),
    );
  });

  test('the documented defaults apply', async () => {
    expect(defaults.config.limits).toEqual({
      maxDepth: 12,
      maxCost: 20000,
      maxAliases: 30,
      maxBodyBytes: 100_000,
    });
    const admin = await defaults.token({ roles: [Role.ADMIN] });
    const res = await defaults.graphql(COST_701, {}, admin);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  test('refetching more than 100 ids at once is bad input; 100 is fine', async () => {
    const ids = (
      await defaults.graphql<{ municipalities: { id: string }[] }>('{ municipalities { id } }')
    ).body.data!.municipalities.map((m) => m.id);
    const many = (n: number) => Array.from({ length: n }, (_, i) => ids[i % ids.length]);
    const query = 'query Refetch($ids: [ID!]!) { nodes(ids: $ids) { id } }';

    const tooMany = await defaults.graphql(query, { ids: many(101) });
    expect(tooMany.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors?.[0].message).toMatch(/at most 100/);

    const hundred = await defaults.graphql<{ nodes: { id: string }[] }>(query, { ids: many(100) });
    expect(hundred.body.errors).toBeUndefined();
    expect(hundred.body.data?.nodes.map((n) => n.id)).toEqual(many(100));
  });
});
