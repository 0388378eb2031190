import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
} from 'graphql';
import {
  getIntrospectionQuery,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { SEARCH_COST, SEARCH_COST_PER_CHARACTER } from '../../src/limits';
import { getSchema } from '../../src/schema';
import { DEFAULT_MAX_TEXT_LENGTH, declaredTextLimits, maxTextLength, takesText } from '../../src/text-limits';
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

interface OverLong {
  /** `Type.field(arg:)` or `Input.field`. */
  place: string;
  query: string;
  /** Where the server must say the text was, from the argument. */
  path: string[];
  max: number;
}

/**
 * For every text argument and text input field in the schema, one operation that gives it one character
 * more than it takes. A nested field is reached from `Query` through the fields and fragments that lead to
 * its type; required arguments and input fields on the way get a plain literal. Nothing here names a module.
 */
function overLongOperations(schema: GraphQLSchema): OverLong[] {
  const literal = (type: GraphQLInputType): string => {
    if (type instanceof GraphQLNonNull) return literal(type.ofType);
    if (type instanceof GraphQLList) return '[]';
    if (type instanceof GraphQLInputObjectType) return `{ ${requiredFields(type)} }`;
    if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
    const scalars: Record<string, string> = {
      Int: '1',
      Float: '1',
      EuroCents: '100',
      Boolean: 'true',
      Date: '"2018-01-01"',
      DateTime: '"2018-01-01T00:00:00Z"',
    };
    return scalars[type.name] ?? '"x"';
  };
  const required = (type: GraphQLInputType, hasDefault: boolean) =>
    type instanceof GraphQLNonNull && !hasDefault;
  const requiredFields = (type: GraphQLInputObjectType, except?: string) =>
    Object.values(type.getFields())
      .filter((f) => f.name !== except && required(f.type, f.defaultValue !== undefined))
      .map((f) => `${f.name}: ${literal(f.type)}`)
      .join(', ');
  const requiredArgs = (args: readonly GraphQLArgument[], except?: string) =>
    args
      .filter((a) => a.name !== except && required(a.type, a.defaultValue !== undefined))
      .map((a) => `${a.name}: ${literal(a.type)}`);
  /** A value in the place of `type`: lists around it as the type has them, with their indexes. */
  const inPlace = (type: GraphQLInputType, value: string): [string, string[]] => {
    if (type instanceof GraphQLNonNull) return inPlace(type.ofType, value);
    if (type instanceof GraphQLList) {
      const [inner, path] = inPlace(type.ofType, value);
      return [`[${inner}]`, ['0', ...path]];
    }
    return [value, []];
  };

  // How to reach each output type from the root: a function of the selection inside it.
  const routes = new Map<string, (inner: string) => string>();
  const queue: GraphQLNamedType[] = [];
  const reach = (type: GraphQLNamedType, route: (inner: string) => string) => {
    if (routes.has(type.name) || isLeafType(type) || isInputObjectType(type)) return;
    routes.set(type.name, route);
    queue.push(type);
  };
  reach(schema.getQueryType()!, (inner) => `query OverLong { ${inner} }`);
  const mutation = schema.getMutationType();
  if (mutation) reach(mutation, (inner) => `mutation OverLong { ${inner} }`);
  while (queue.length > 0) {
    const type = queue.shift()!;
    const route = routes.get(type.name)!;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const args = requiredArgs(field.args);
        const call = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
        reach(getNamedType(field.type), (inner) => route(`${call} { ${inner} }`));
      }
    }
    if (isInterfaceType(type) || isUnionType(type)) {
      for (const possible of schema.getPossibleTypes(type)) {
        reach(possible, (inner) => route(`... on ${possible.name} { ${inner} }`));
      }
    }
  }

  const operations: OverLong[] = [];
  const seenInputs = new Set<string>();
  const overLong = (max: number) => JSON.stringify('x'.repeat(max + 1));
  /** Every text field of an input type, and of the input types inside it, each once. */
  const inputFields = (
    type: GraphQLInputObjectType,
    wrap: (fields: string) => string,
    path: string[],
  ): void => {
    if (seenInputs.has(type.name)) return;
    seenInputs.add(type.name);
    for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
      const others = requiredFields(type, field.name);
      const around = (value: string) => `${field.name}: ${value}${others ? `, ${others}` : ''}`;
      const named = getNamedType(field.type);
      if (takesText(field.type)) {
        const max = maxTextLength(schema, field);
        const [value, indexes] = inPlace(field.type, overLong(max));
        operations.push({
          place: `${type.name}.${field.name}`,
          query: wrap(around(value)),
          path: [...path, field.name, ...indexes],
          max,
        });
      } else if (named instanceof GraphQLInputObjectType) {
        const [, indexes] = inPlace(field.type, '');
        inputFields(named, (fields) => wrap(around(inPlace(field.type, `{ ${fields} }`)[0])), [
          ...path,
          field.name,
          ...indexes,
        ]);
      }
    }
  };
  for (const [typeName, route] of routes) {
    const type = schema.getType(typeName);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      for (const arg of field.args) {
        const others = requiredArgs(field.args, arg.name);
        const call = (value: string) =>
          route(`${field.name}(${[`${arg.name}: ${value}`, ...others].join(', ')})${selection}`);
        const named = getNamedType(arg.type);
        if (takesText(arg.type)) {
          const max = maxTextLength(schema, arg);
          const [value, indexes] = inPlace(arg.type, overLong(max));
          operations.push({
            place: `${type.name}.${field.name}(${arg.name}:)`,
            query: call(value),
            path: [arg.name, ...indexes],
            max,
          });
        } else if (named instanceof GraphQLInputObjectType) {
          const [, indexes] = inPlace(arg.type, '');
          inputFields(named, (fields) => call(inPlace(arg.type, `{ ${fields} }`)[0]), [arg.name, ...indexes]);
        }
      }
    }
  }
  return operations;
}

describe('text is capped in every argument and input field, before anything runs', () => {
  let big: TestServer;
  beforeAll(async () => {
    // Room in the body for the longest text (an article's body), so that the cap, not the body size, refuses.
    big = await startTestServer({ env: { MAX_BODY_BYTES: '1000000' } });
  });
  afterAll(() => big.close());

  test('every text argument and input field of the schema refuses one character over its maximum', async () => {
    const schema = getSchema();
    const operations = overLongOperations(schema);
    // Every text place of the schema is covered: arguments of nested fields and input fields at any depth.
    const places = new Set(operations.map((o) => o.place));
    let textPlaces = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) {
            if (!takesText(arg.type)) continue;
            textPlaces += 1;
            if (!isInterfaceType(type)) expect(places).toContain(`${type.name}.${field.name}(${arg.name}:)`);
          }
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!takesText(field.type)) continue;
          textPlaces += 1;
          expect(places).toContain(`${type.name}.${field.name}`);
        }
      }
    }
    expect(textPlaces).toBeGreaterThan(250);

    const wrong: unknown[] = [];
    for (const { place, query, path, max } of operations) {
      const res = await big.graphql(query);
      const error = res.body.errors?.[0];
      const fine =
        res.status === 400 &&
        res.body.errors?.length === 1 &&
        error?.extensions?.code === 'BAD_USER_INPUT' &&
        JSON.stringify(error.extensions.fields) ===
          JSON.stringify([{ path, message: `must be at most ${max} characters` }]) &&
        error.message === `Invalid input: ${path.join('.')} must be at most ${max} characters`;
      if (!fine)
        wrong.push({ place, status: res.status, errors: res.body.errors, query: query.slice(0, 300) });
      else if ((await big.logOf(res)).sqlCount !== 0) wrong.push({ place, sql: 'ran' });
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  }, 300_000);

  test('the maxima: 200 unless the field declares another; cursors, bodies and descriptions are longer', () => {
    const schema = getSchema();
    const query = schema.getQueryType()!.getFields();
    const arg = (field: string, name: string) => query[field].args.find((a) => a.name === name)!;
    const inputField = (type: string, field: string) =>
      (schema.getType(type) as GraphQLInputObjectType).getFields()[field];
    expect(DEFAULT_MAX_TEXT_LENGTH).toBe(200);
    expect(maxTextLength(schema, arg('cpvCategories', 'search'))).toBe(200);
    expect(maxTextLength(schema, arg('article', 'slug'))).toBe(200);
    expect(maxTextLength(schema, arg('node', 'id'))).toBe(200);
    expect(maxTextLength(schema, inputField('BusinessFilter', 'search'))).toBe(100);
    expect(maxTextLength(schema, inputField('CreateArticleInput', 'body'))).toBe(200_000);
    expect(maxTextLength(schema, inputField('CreateEventInput', 'description'))).toBe(10_000);
    expect(maxTextLength(schema, inputField('CreateStakeholderMeetingInput', 'outcomes'))).toBe(1000);
    // Every `after`, on root and nested connections alike, takes the longest cursor.
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const after = field.args.find((a) => a.name === 'after');
        if (after)
          expect([`${type.name}.${field.name}`, maxTextLength(schema, after)]).toEqual([
            `${type.name}.${field.name}`,
            2000,
          ]);
      }
    }
    // No place takes more than an article's body.
    expect(Math.max(...declaredTextLimits(schema).values())).toBe(200_000);
  });

  test("the limits are read from this file's classes alone: type-graphql's metadata holds each root field once", () => {
    getSchema();
    // Run in jest's own process (one file, `--runInBand`), the store would also hold the classes the global
    // setup imported, and every earlier file's, unless the global setup removes it.
    const storage = getMetadataStorage();
    const names = [...storage.queries, ...storage.mutations].map((field) => field.schemaName);
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  test('a long cpvCategories search is refused at once, with no SQL statement run', async () => {
    const query = 'query Cpv($search: String) { cpvCategories(search: $search) { nodes { code label } } }';
    for (const length of [201, 1800, 8000]) {
      const started = Date.now();
      const res = await big.graphql(query, { search: 'painting works '.repeat(1000).slice(0, length) });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(res.status).toBe(400);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: ['search'], message: 'must be at most 200 characters' }],
      });
      const log = await big.logOf(res);
      expect(log.sqlCount).toBe(0);
      expect(log.callerKind).toBeUndefined(); // refused before the caller was even looked up
    }
    // Inline, and in an input object given by a variable: the same.
    const inline = await big.graphql(`{ cpvCategories(search: "${'x'.repeat(201)}") { nodes { code } } }`);
    expect(inline.body.errors?.[0].extensions?.fields).toEqual([
      { path: ['search'], message: 'must be at most 200 characters' },
    ]);
    const nested = await big.graphql(
      'mutation Meet($input: CreateStakeholderMeetingInput!) { createStakeholderMeeting(input: $input) { __typename } }',
      {
        input: {
          title: 'Overleg',
          date: '2018-03-01',
          topics: ['kort', 'x'.repeat(501)],
          outcomes: [],
          participants: [{ name: 'y'.repeat(201) }],
        },
      },
    );
    expect(nested.status).toBe(400);
    expect(nested.body.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { path: ['input', 'participants', '0', 'name'], message: 'must be at most 200 characters' },
          { path: ['input', 'topics', '1'], message: 'must be at most 500 characters' },
        ],
      },
    });
    // At the maximum the search runs.
    const atMax = await big.graphql(query, { search: 'painting works '.repeat(20).slice(0, 200) });
    expect(atMax.status).toBe(200);
    expect(atMax.body.errors).toBeUndefined();
  });
});

describe('a search costs more than a field', () => {
  let counting: TestServer;
  beforeAll(async () => {
    // Every operation is over a limit of 1, and the refusal says what it would have cost.
    counting = await startTestServer({ env: { MAX_QUERY_COST: '1' } });
  });
  afterAll(() => counting.close());

  const costOf = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await counting.graphql(query, variables);
    expect(res.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    return res.body.errors![0].extensions!.actual as number;
  };
  const CPV = 'query Cpv($s: String) { cpvCategories(search: $s) { nodes { code } } }';

  test('a field with a search costs SEARCH_COST and SEARCH_COST_PER_CHARACTER more', async () => {
    expect([SEARCH_COST, SEARCH_COST_PER_CHARACTER]).toEqual([1000, 10]);
    const plain = await costOf(CPV);
    expect(await costOf(CPV, { s: 'painting' })).toBe(plain + 1000 + 10 * 8);
    expect(await costOf(CPV, { s: 'x'.repeat(200) })).toBe(plain + 1000 + 10 * 200);
    expect(await costOf(`{ cpvCategories(search: "  painting ") { nodes { code } } }`)).toBe(plain + 1080);
    // In an input object, and once per field that searches.
    const businesses = await costOf('{ businesses(filter: {}) { nodes { name } } }');
    expect(await costOf('{ businesses(filter: { search: "schilder" }) { nodes { name } } }')).toBe(
      businesses + 1080,
    );
    expect(
      await costOf(
        '{ a: businesses(filter: { search: "schilder" }) { nodes { name } } b: businesses(filter: { search: "bakker" }) { nodes { name } } }',
      ),
    ).toBe(2 * businesses + 1080 + 1060);
  });

  test('an empty or blank search costs nothing extra', async () => {
    const plain = await costOf(CPV);
    for (const s of [null, '', '   ']) expect(await costOf(CPV, { s })).toBe(plain);
  });

  test('with the default maximum, six searches of 200 characters fit in an operation and seven do not', async () => {
    const searches = (n: number) =>
      `query Searches($s: String) { ${Array.from({ length: n }, (_, i) => `a${i}: cpvCategories(search: $s) { nodes { code } }`).join(' ')} }`;
    const plain = await costOf(CPV);
    const perSearch = plain + 1000 + 10 * 200;
    expect(6 * perSearch).toBeLessThanOrEqual(20000);
    expect(await costOf(searches(7), { s: 'x'.repeat(200) })).toBe(7 * perSearch);
    expect(7 * perSearch).toBeGreaterThan(20000);
  });
});
