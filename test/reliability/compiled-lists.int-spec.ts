import type { GraphQLField, GraphQLObjectType, GraphQLOutputType, GraphQLSchema } from 'graphql';
import { getNamedType, isEnumType, isInterfaceType, isNonNullType, isScalarType, isUnionType } from 'graphql';
import { toGlobalId } from '../../src/kit';
import { getSchema } from '../../src/schema';
import { authorizationMatrix as matrix } from '../authorization';
import type { Caller } from '../support/authorization-matrix';
import { CALLERS } from '../support/authorization-matrix';
import type { GraphQLResponse, TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/**
 * The compiled list path (`COMPILED_LISTS`) must answer exactly what the loaders answer, for every caller:
 * each compiled list is asked for every field of its nodes, nested objects (nodes too) expanded, with the
 * path on and off on one server, and the two bodies — data and errors, guarded fields included — must be
 * equal. A field whose guard refuses the caller is asked on its own, so its error does not null the rest.
 */

jest.setTimeout(300_000);

let api: TestServer;
let schema: GraphQLSchema;
const headersOf = {} as Record<Caller, Record<string, string>>;

beforeAll(async () => {
  api = await startTestServer({
    // Every field of every row: far past what clients may ask, and slow on a busy machine.
    env: {
      MAX_QUERY_COST: '10000000',
      MAX_QUERY_DEPTH: '30',
      MAX_ALIASES: '1000',
      DB_CONNECTION_TIMEOUT_MS: '30000',
      DB_STATEMENT_TIMEOUT_MS: '60000',
    },
  });
  schema = getSchema();
  for (const scope of ['events:read', 'news:read', 'suppliers:read', 'reports:read'] as const) {
    headersOf[scope] = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', [scope])).headers;
  }
  const sample = async (name: string) => {
    const { sql, type } = matrix.samples[name];
    const rows = (await api.dataSource.query(sql)) as { value: string }[];
    return type ? toGlobalId(type, rows[0].value) : String(rows[0].value);
  };
  headersOf.anonymous = {};
  headersOf.ADMIN = await api.token({ roles: [Role.ADMIN] });
  headersOf.EDITOR = await api.token({ roles: [Role.EDITOR] });
  headersOf.CIVIL_SERVANT = await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' });
  headersOf.COACH = await api.token({ roles: [Role.COACH] });
  headersOf.MEMBER = await api.token({ roles: [Role.MEMBER], kvk: await sample('memberKvk') });
  headersOf.SECRETARY = await api.token({
    roles: [Role.SECRETARY],
    association: await sample('association'),
  });
});
afterAll(() => api?.close());

/** A field's selection: objects expanded to `depth`, abstract types by `__typename`. */
function selection(type: GraphQLOutputType, depth: number): string | undefined {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isInterfaceType(named) || isUnionType(named)) return '{ __typename }';
  if (depth <= 0) return undefined;
  const fields = fieldsOf(named as GraphQLObjectType)
    .map((field) => {
      const sub = selection(field.type, depth - 1);
      return sub === undefined ? '' : `${field.name} ${sub}`;
    })
    .filter(Boolean);
  return `{ __typename ${fields.join(' ')} }`;
}

/** Fields that can be asked without arguments (lists with required arguments are not what is compiled). */
const fieldsOf = (type: GraphQLObjectType): GraphQLField<unknown, unknown>[] =>
  Object.values(type.getFields()).filter((field) =>
    field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
  );

/** The compiled lists, as a frontend or partner asks them: `{nodes}` is replaced by the nodes' fields. */
const LISTS: { name: string; type: string; query: string; depth?: number }[] = [
  {
    name: 'articles',
    type: 'Article',
    query: 'articles(first: 30) { totalCount pageInfo { hasNextPage endCursor } nodes {nodes} }',
  },
  {
    name: 'articles (editors also drafts)',
    type: 'Article',
    query: 'articles(first: 30, orderBy: { field: TITLE, direction: ASC }) { edges { cursor node {nodes} } }',
  },
  {
    name: 'events',
    type: 'Event',
    query: 'events(first: 30, filter: { includeCancelled: true }) { nodes {nodes} }',
  },
  {
    name: 'events (partner sync)',
    type: 'Event',
    query:
      'events(first: 3, filter: { updatedSince: "2000-01-01T00:00:00Z" }) { totalCount nodes {nodes} pageInfo { hasNextPage endCursor } }',
  },
  {
    name: 'eventChanges',
    type: 'Event',
    query: 'eventChanges(first: 30) { pageInfo { hasNextPage endCursor } nodes { ... on Event {nodes} } }',
  },
  {
    name: 'opportunities',
    type: 'Opportunity',
    query: 'opportunities(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes {nodes} }',
  },
  {
    name: 'businesses',
    type: 'Business',
    query: 'businesses(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes {nodes} }',
  },
  {
    name: 'businesses (a municipality and words, as W2)',
    type: 'Business',
    query:
      'businesses(first: 10, filter: { municipality: "GM0355", search: "er" }) { totalCount edges { cursor node {nodes} } }',
  },
  {
    name: 'suppliers',
    type: 'SupplierProfile',
    query:
      'suppliers(first: 10) { totalCount totalCountIsCapped pageInfo { hasNextPage endCursor } nodes {nodes} }',
  },
  {
    name: 'suppliers (words, by relevance)',
    type: 'SupplierProfile',
    query:
      'suppliers(first: 10, filter: { search: "schilder" }) { totalCount totalCountIsCapped edges { cursor node {nodes} } }',
  },
  {
    name: 'municipalities of the region',
    type: 'Municipality',
    query: 'municipalities(inRegion: true) {nodes}',
    // What is compiled here is the businesses' count; every field of a municipality is still asked, its
    // objects' objects (parties' commitments, events' hosts) are what the event and business lists cover.
    depth: 2,
  },
];

/** The body, its errors in a fixed order (they follow the order in which resolvers settle). */
const ask = async (caller: Caller, query: string) => {
  const response = await api.graphql(query, {}, headersOf[caller]);
  if (response.status >= 500) throw new Error(`${caller}: HTTP ${response.status}`);
  const { errors, ...rest } = response.body;
  return errors
    ? { ...rest, errors: [...errors].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) }
    : rest;
};

/**
 * The two bodies are equal. Compared as text first: the answers are large (every field of every row), and a
 * deep comparison of a megabyte costs seconds; the key order is the selection's on both paths. Only when the
 * texts differ does `toEqual` run, for its readable difference.
 */
function expectSame(compiled: GraphQLResponse['body'], loaded: GraphQLResponse['body']) {
  if (JSON.stringify(compiled) !== JSON.stringify(loaded)) expect(compiled).toEqual(loaded);
}

/** Whether the error's null stayed at its own path: the object holding it is there. */
function containedAt(data: unknown, path: readonly (string | number)[]): boolean {
  let parent = data;
  for (const part of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<string | number, unknown>)[part];
  }
  return parent !== null && typeof parent === 'object' && path.length > 0;
}

/** Both paths' answers to one request, as the same caller. */
async function both(
  caller: Caller,
  query: string,
): Promise<[GraphQLResponse['body'], GraphQLResponse['body']]> {
  api.config.compiledLists = true;
  const compiled = await ask(caller, query);
  api.config.compiledLists = false;
  try {
    return [compiled, await ask(caller, query)];
  } finally {
    api.config.compiledLists = true;
  }
}

describe.each(LISTS)('$name: the compiled path answers as the loaders do', ({ type, query, depth = 3 }) => {
  test.each([...CALLERS])('%s', async (caller) => {
    const nodeType = schema.getType(type) as GraphQLObjectType;
    const fields = fieldsOf(nodeType);
    const fieldSelection = (field: GraphQLField<unknown, unknown>) =>
      `${field.name} ${selection(field.type, depth) ?? '{ __typename }'}`;
    const request = (selected: GraphQLField<unknown, unknown>[]) =>
      `query Compare { ${query.replace('{nodes}', `{ id ${selected.map(fieldSelection).join(' ')} }`)} }`;

    const [compiled, loaded] = await both(caller, request(fields));
    expectSame(compiled, loaded);
    // A field refused to this caller whose null stayed in place (a nullable field) hid nothing else: the
    // comparison above covered every other field. One whose null spread to its parent hid the parent's other
    // fields: those fields are asked again one by one, and the rest without them.
    const spread = (loaded.errors ?? []).filter((error) => !containedAt(loaded.data, error.path ?? []));
    const refused = new Set(
      spread.map((error) =>
        error.path?.find(
          (part, i) =>
            i > 0 && typeof part === 'string' && part !== 'nodes' && part !== 'edges' && part !== 'node',
        ),
      ),
    );
    const [rest, restLoaded] = refused.size
      ? await both(caller, request(fields.filter((f) => !refused.has(f.name))))
      : [compiled, loaded];
    expectSame(rest, restLoaded);
    // The comparison means something: the caller got rows with their fields, and no error spread.
    expect((rest.errors ?? []).filter((error) => !containedAt(rest.data, error.path ?? []))).toEqual([]);
    expect(JSON.stringify(rest.data)).toMatch(/"id":"[^"]+","__typename"|"id":"[^"]+"/);
    for (const field of fields.filter((f) => refused.has(f.name))) {
      const [one, oneLoaded] = await both(caller, request([field]));
      expectSame(one, oneLoaded);
    }
  });
});
