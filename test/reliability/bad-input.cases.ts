import type { GraphQLResponse, TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

type Body = GraphQLResponse['body'];

let api: TestServer;
let admin: Record<string, string>;

beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN] });
});
afterAll(async () => {
  // Client mistakes are not the server's errors: no error line, no stack, for any request of this file.
  expect(api.errorLogs).toEqual([]);
  await api.close();
});

/** Every error body of the server: coded, and nothing of its insides. */
function expectClean(text: string): void {
  expect(text).not.toMatch(
    /\bat [\w.<>]+ \(|node_modules|\/src\/|\.ts:\d+|QueryFailedError|SELECT |invalid input syntax|stack/i,
  );
}

function expectBadInput(res: GraphQLResponse, status = 400): void {
  expect(res.status).toBe(status);
  expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expectClean(JSON.stringify(res.body));
}

describe('malformed variables are 400 BAD_USER_INPUT, never 500', () => {
  test.each<[string, string, Record<string, unknown>]>([
    ['a missing required variable', 'query($id: ID!) { node(id: $id) { id } }', {}],
    [
      'text for an Int',
      'query($first: Int) { businesses(first: $first) { nodes { name } } }',
      { first: 'abc' },
    ],
    ['null for a non-null variable', 'query($id: ID!) { node(id: $id) { id } }', { id: null }],
    [
      'an unknown enum value',
      'query($o: BusinessOrder) { businesses(orderBy: $o) { nodes { name } } }',
      { o: { field: 'SHOE_SIZE', direction: 'ASC' } },
    ],
    [
      'a date that is no date',
      'query($d: Date) { associations(memberOn: $d) { name } }',
      { d: '2018-13-45' },
    ],
    [
      'an instant that is no instant',
      'query($f: EventFilter) { events(filter: $f) { nodes { title } } }',
      { f: { from: 'gisteren' } },
    ],
    [
      'an Int over 2³¹',
      'query($first: Int) { businesses(first: $first) { nodes { name } } }',
      { first: 2 ** 31 },
    ],
    [
      'an unknown input field',
      'query($f: BusinessFilter) { businesses(filter: $f) { nodes { name } } }',
      { f: { shoeSize: 42 } },
    ],
  ])('%s', async (_what, query, variables) => {
    const res = await api.graphql(query, variables);
    expectBadInput(res);
    expect(res.body.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: expect.any(Array) })]),
    );
    expect((await api.logOf(res)).sqlCount).toBe(0);
  });

  test('the field path of a bad variable starts at the variable', async () => {
    const res = await api.graphql('query($f: BusinessFilter) { businesses(filter: $f) { nodes { name } } }', {
      f: { municipality: 12 },
    });
    expectBadInput(res);
    expect(res.body.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ path: ['f', 'municipality'] }),
    ]);
  });

  test('with a bad token and malformed variables: a coded 4xx, not 500', async () => {
    const res = await api.graphql(
      'query($id: ID!) { node(id: $id) { id } }',
      {},
      { authorization: 'Bearer nonsense' },
    );
    expect([400, 401]).toContain(res.status);
    expect(['BAD_USER_INPUT', 'UNAUTHENTICATED']).toContain(res.body.errors?.[0].extensions?.code);
  });

  test('a bad token with good variables is 401', async () => {
    const res = await api.graphql(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: 'x' },
      {
        authorization: 'Bearer nonsense',
      },
    );
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('fragments spread into each other many times over: refused as too complex, not 500', async () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { __typename }`
        : `fragment F${i} on Query { ...F${i + 1} a${i}: __typename ...F${i + 1} }`,
    );
    const res = await api.graphql(`query FanOut { ...F0 }\n${fragments.join('\n')}`);
    expect(res.status).toBe(400);
    expect(['QUERY_TOO_COMPLEX', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(
      res.body.errors?.[0].extensions?.code,
    );
  });
});

describe('an operation that cannot be picked is 400 OPERATION_RESOLUTION_FAILURE, as Apollo answers it', () => {
  // Apollo without a gateway answers these with graphql-js's message, code OPERATION_RESOLUTION_FAILURE and
  // HTTP 400; the executor (src/executor.ts) answers the same, and the request gate does no work for them.
  const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const TWO = 'query First { __typename } query Second { me { kind } }';

  test.each<[string, Record<string, unknown>, RegExp]>([
    [
      'an unknown operationName',
      { query: '{ __typename }', operationName: 'Nope' },
      /Unknown operation named "Nope"/,
    ],
    [
      'an operationName of another document',
      { query: TWO, operationName: 'Third' },
      /Unknown operation named "Third"/,
    ],
    ['two operations and no operationName', { query: TWO }, /Must provide operation name/],
    [
      'two operations and a null operationName',
      { query: TWO, operationName: null },
      /Must provide operation name/,
    ],
  ])('%s', async (_what, body, message) => {
    for (const headers of [{}, admin]) {
      const res = await post(body, headers);
      const text = await res.text();
      expect(res.status).toBe(400);
      const json = JSON.parse(text) as Body;
      expect(json.errors).toHaveLength(1);
      expect(json.errors?.[0].extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
      expect(json.errors?.[0].message).toMatch(message);
      expect(json.data ?? null).toBeNull();
      expectClean(text);
      const log = await api.logOf(res);
      expect(log.sqlCount).toBe(0);
    }
  });

  test('a named operation of several still runs', async () => {
    const res = await post({ query: TWO, operationName: 'First' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Body).data).toEqual({ __typename: 'Query' });
  });

  test('an operationName that is not a string is 400 BAD_REQUEST', async () => {
    const res = await post({ query: TWO, operationName: ['First'] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('NUL bytes are refused in every string input', () => {
  test.each<[string, string, Record<string, unknown>]>([
    [
      'a business search',
      'query($s: String) { businesses(filter: { search: $s }) { nodes { name } } }',
      { s: 'ab\u0000c' },
    ],
    [
      'a news search',
      'query($s: String) { articles(filter: { search: $s }) { nodes { title } } }',
      { s: 'x\u0000' },
    ],
    ['an article slug', 'query($s: String!) { article(slug: $s) { title } }', { s: 'a\u0000b' }],
    ['a registration secret', 'query($s: String!) { registration(secret: $s) { id } }', { s: '\u0000' }],
    ['a list item', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b\u0000'] }],
  ])('in variables: %s', async (_what, query, variables) => {
    const res = await api.graphql(query, variables);
    expectBadInput(res);
    expect((await api.logOf(res)).sqlCount).toBe(0);
  });

  test('the path names where the NUL was', async () => {
    const res = await api.graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: ['a', 'b\u0000'],
    });
    expect(res.body.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ path: ['ids', '1'] }),
    ]);
  });

  test('in an inline literal', async () => {
    const res = await api.graphql('{ article(slug: "a\\u0000b") { title } }');
    expectBadInput(res);
  });

  test('in a mutation input, and nothing is written', async () => {
    const res = await api.graphql(
      'mutation($input: CreateLabelInput!) { createLabel(input: $input) { label { id } userErrors { code } } }',
      { input: { name: 'Nul\u0000label' } },
      admin,
    );
    expectBadInput(res);
    const [{ count }] = await api.dataSource.query(
      "select count(*)::int as count from label where name like 'Nul%'",
    );
    expect(count).toBe(0);
  });
});

describe('a cursor whose value does not fit its ordering is BAD_USER_INPUT on `after`', () => {
  const cursor = (key: string, value: unknown) =>
    Buffer.from(JSON.stringify([key, value, '00000000-0000-4000-8000-000000000000'])).toString('base64url');

  test.each<[string, string, string, unknown, boolean]>([
    [
      'events by start',
      'query($a: String) { events(after: $a) { nodes { title } } }',
      'startsAt',
      'garbage',
      false,
    ],
    [
      'events by change (bigint)',
      'query($a: String) { events(after: $a, orderBy: { field: CHANGE, direction: ASC }) { nodes { title } } }',
      'changeSeq',
      'twelve',
      true,
    ],
    [
      'events by change, out of bigint range',
      'query($a: String) { events(after: $a, orderBy: { field: CHANGE, direction: ASC }) { nodes { title } } }',
      'changeSeq',
      '99999999999999999999',
      true,
    ],
    [
      'businesses by creation',
      'query($a: String) { businesses(after: $a, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { name } } }',
      'createdAt',
      '2018-02-30T00:00:00.000Z',
      false,
    ],
    [
      'businesses by name with a number',
      'query($a: String) { businesses(after: $a) { nodes { name } } }',
      'name',
      12,
      false,
    ],
    [
      'news search rank',
      'query($a: String) { articles(after: $a, filter: { search: "ondernemer" }) { nodes { title } } }',
      'search_rank',
      'hoog',
      false,
    ],
    [
      'news by date',
      'query($a: String) { articles(after: $a) { nodes { title } } }',
      'COALESCE(article.publishedAt, article.createdAt)',
      'gisteren',
      false,
    ],
    [
      'stakeholder meetings by date',
      'query($a: String) { stakeholderMeetings(after: $a) { nodes { title } } }',
      'date',
      '2018-99-01',
      true,
    ],
  ])('%s', async (_what, query, key, value, asAdmin) => {
    const res = await api.graphql(query, { a: cursor(key, value) }, asAdmin ? admin : {});
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ path: ['after'] })]);
    expectClean(JSON.stringify(res.body));
  });

  test('registrations by arrival (bigint)', async () => {
    const events = await api.graphql<{ events: { nodes: { id: string }[] } }>(
      '{ events(first: 1, filter: { includeCancelled: true }) { nodes { id } } }',
      {},
      admin,
    );
    const id = events.body.data!.events.nodes[0].id;
    const res = await api.graphql(
      'query($id: ID!, $a: String) { event(id: $id) { registrations(after: $a) { nodes { id } } } }',
      { id, a: cursor('arrival', 'first') },
      admin,
    );
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a cursor the list gave still works', async () => {
    const first = await api.graphql<{ events: { pageInfo: { endCursor: string } } }>(
      '{ events(first: 1, orderBy: { field: CHANGE, direction: ASC }) { pageInfo { endCursor } } }',
    );
    const next = await api.graphql(
      'query($a: String) { events(first: 1, after: $a, orderBy: { field: CHANGE, direction: ASC }) { nodes { title } } }',
      {
        a: first.body.data!.events.pageInfo.endCursor,
      },
    );
    expect(next.body.errors).toBeUndefined();
  });
});

describe('routes outside GraphQL answer coded JSON with the request id, never a stack or SQL', () => {
  test.each<[string, number, string]>([
    ['/news/%00', 400, 'BAD_USER_INPUT'],
    ['/feeds/news.xml?label=%00', 400, 'BAD_USER_INPUT'],
    ['/feeds/news.atom?label=a%00b', 400, 'BAD_USER_INPUT'],
    ['/feeds/events.ics?organisation=%00', 400, 'BAD_USER_INPUT'],
    ['/events/%00.ics', 400, 'BAD_USER_INPUT'],
    ['/news/%ff', 400, 'BAD_REQUEST'],
    ['/news/%E0%A4%A', 400, 'BAD_REQUEST'],
    ['/nothing/here', 404, 'NOT_FOUND'],
    // The modules' own refusals go the same way.
    ['/news/no-such-article', 404, 'NOT_FOUND'],
    ['/feeds/news.xml?label=no-such-label', 404, 'NOT_FOUND'],
    ['/feeds/events.ics?municipality=Zeist', 400, 'BAD_USER_INPUT'],
    ['/feeds/events.ics?organisation=Nobody%20Anywhere', 400, 'BAD_USER_INPUT'],
    ['/feeds/events.ics?token=q4f_unknown', 401, 'UNAUTHENTICATED'],
    ['/events/not-an-id.ics', 400, 'BAD_USER_INPUT'],
    ['/ocds/releases.json?year=18', 400, 'BAD_USER_INPUT'],
    ['/ocds/releases.json?municipality=GM9999', 404, 'NOT_FOUND'],
  ])('GET %s → %i %s', async (path, status, code) => {
    const res = await fetch(`${api.url}${path}`);
    const text = await res.text();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = JSON.parse(text) as Body;
    expect(body.errors?.[0].extensions).toMatchObject({ code, requestId: res.headers.get('x-request-id') });
    expectClean(text);
  });

  test('a persisted query whose hash does not match is a coded 400, not a masked error', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: '00' } },
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  test('a JSON body in another character set is 415', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=iso-8859-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const text = await res.text();
    expect(res.status).toBe(415);
    expect((JSON.parse(text) as Body).errors?.[0].extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expectClean(text);
  });

  test('also in development mode', async () => {
    const dev = await startTestServer({ env: { NODE_ENV: 'development' } });
    try {
      for (const path of ['/news/%00', '/news/%ff', '/feeds/events.ics?organisation=%00']) {
        const res = await fetch(`${dev.url}${path}`);
        expect(res.status).toBe(400);
        expectClean(await res.text());
      }
    } finally {
      await dev.close();
    }
  });
});
