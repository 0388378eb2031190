import type {
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
} from 'graphql';
import {
  astFromValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  print,
} from 'graphql';
import { toGlobalId } from '../../src/kit';
import { getSchema } from '../../src/schema';
import { authorizationMatrix as matrix } from '../authorization';
import type { ArgValue, Caller, Cells, FieldRule, Outcome } from '../support/authorization-matrix';
import { CALLERS, INHERIT, isPersonal } from '../support/authorization-matrix';
import type { GraphQLResponse, TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

type Body = GraphQLResponse['body'];

// Every cell is a real request (thousands per test), so a test may take minutes on two busy cores.
jest.setTimeout(300_000);

let api: TestServer;
let schema: GraphQLSchema;
const headersOf = {} as Record<Caller, Record<string, string>>;
const samples: Record<string, string> = {};
/** Cells checked with real requests, for the summary at the end. */
let checked = 0;

beforeAll(async () => {
  api = await startTestServer({
    // The checks select every field of a type at once: far past what clients are allowed to ask.
    env: { MAX_QUERY_COST: '10000000', MAX_QUERY_DEPTH: '30', MAX_ALIASES: '1000' },
  });
  schema = getSchema();
  for (const scope of ['events:read', 'news:read', 'suppliers:read', 'reports:read'] as const) {
    headersOf[scope] = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', [scope])).headers;
  }
  for (const [name, { sql, type }] of Object.entries(matrix.samples)) {
    const rows = (await api.dataSource.query(sql)) as { value: string }[];
    if (rows.length !== 1) throw new Error(`sample ${name}: expected one row, got ${rows.length}`);
    samples[name] = type ? toGlobalId(type, rows[0].value) : String(rows[0].value);
  }
  headersOf.anonymous = {};
  headersOf.ADMIN = await api.token({ roles: [Role.ADMIN] });
  headersOf.EDITOR = await api.token({ roles: [Role.EDITOR] });
  headersOf.CIVIL_SERVANT = await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' });
  headersOf.COACH = await api.token({ roles: [Role.COACH] });
  headersOf.MEMBER = await api.token({ roles: [Role.MEMBER], kvk: samples.memberKvk });
  headersOf.SECRETARY = await api.token({ roles: [Role.SECRETARY], association: samples.association });
  Object.assign(
    samples,
    await matrix.prepare({
      adminGraphQL: async (query) => (await api.graphql(query, {}, headersOf.ADMIN)).body,
      sample: (name) => samples[name],
      sql: (query, parameters) => api.dataSource.query(query, parameters),
    }),
  );
});
afterAll(() => api?.close());

// ---------------------------------------------------------------- the schema side

const objectTypes = () =>
  Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType =>
      isObjectType(type) &&
      !type.name.startsWith('__') &&
      type !== schema.getQueryType() &&
      type !== schema.getMutationType(),
  );
const isNode = (type: GraphQLNamedType) =>
  isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');

/** Fields that by their name hold personal data; each must be a `personal(...)` entry. */
const PERSONAL_NAME = /e-?mail|phone|birth|^name$/i;
/** Who made, decided or submitted something (`createdByName`, ...): a person's name, on objects that guard fields. */
const ACTOR_NAME = /ByName$/;
/** Names that are not a person's: of organisations, places, labels, hosts. */
const NOT_A_PERSON = new Set([
  'Municipality',
  'Association',
  'Organisation',
  'Business',
  'Label',
  'EventHost',
  'EventVenue',
  'ApiKey',
  'Person', // people named in public work: their names are public, their e-mail is not
  'StakeholderParticipant', // aldermen and officials in their public role (admins only anyway)
  'Viewer', // the caller's own name
  'Party', // a political party's name
]);

function tableChecks(): void {
  describe('the table covers the schema and the routes', () => {
    test('every root field and every object field has an entry, and no entry names a field that is gone', () => {
      const missing: string[] = [];
      const stale: string[] = [];
      const compare = (type: string, fields: string[], entries: Record<string, unknown> | undefined) => {
        for (const field of fields) if (!entries || !(field in entries)) missing.push(`${type}.${field}`);
        for (const field of Object.keys(entries ?? {}))
          if (!fields.includes(field)) stale.push(`${type}.${field}`);
      };
      compare('Query', Object.keys(schema.getQueryType()!.getFields()), matrix.query);
      compare('Mutation', Object.keys(schema.getMutationType()!.getFields()), matrix.mutation);
      for (const type of objectTypes())
        compare(type.name, Object.keys(type.getFields()), matrix.types[type.name]?.fields);
      for (const name of Object.keys(matrix.types))
        if (!schema.getType(name)) stale.push(`${name} (no such type)`);
      expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    });

    test('every Node type has a sample and its visibility; other types only pass on what their parent shows', () => {
      const problems: string[] = [];
      for (const type of objectTypes()) {
        const entry = matrix.types[type.name];
        if (isNode(type) && (!entry?.sample || !entry.node)) problems.push(`${type.name}: no sample/node`);
        if (!isNode(type))
          for (const [field, rule] of Object.entries(entry?.fields ?? {}))
            if (rule !== INHERIT) problems.push(`${type.name}.${field}: only Node types can guard a field`);
      }
      expect(problems).toEqual([]);
    });

    test('personal data is denied by default: named fields are personal(...) and never readable anonymously', () => {
      const problems: string[] = [];
      for (const type of objectTypes()) {
        for (const [field, rule] of Object.entries(matrix.types[type.name]?.fields ?? {})) {
          const looksPersonal =
            (PERSONAL_NAME.test(field) || (isNode(type) && ACTOR_NAME.test(field))) &&
            !NOT_A_PERSON.has(type.name);
          if ((looksPersonal || /e-?mail|phone/i.test(field)) && !isPersonal(rule))
            problems.push(`${type.name}.${field} holds personal data: use personal(...)`);
          if (isPersonal(rule) && (rule as Cells).anonymous === 'ok')
            problems.push(`${type.name}.${field} is personal data that anonymous callers read`);
        }
      }
      expect(problems).toEqual([]);
    });

    test('every HTTP route has an entry', () => {
      const routes: string[] = [];
      interface Layer {
        route?: { path: string; methods: Record<string, boolean> };
        handle?: { stack?: Layer[] };
      }
      const walk = (stack: Layer[]) => {
        for (const layer of stack) {
          if (layer.route)
            for (const method of Object.keys(layer.route.methods))
              routes.push(`${method.toUpperCase()} ${layer.route.path}`);
          else if (layer.handle?.stack) walk(layer.handle.stack);
        }
      };
      walk((api.server.app as unknown as { router: { stack: Layer[] } }).router.stack);
      expect(routes.length).toBeGreaterThan(5);
      expect(routes.filter((route) => !(route in matrix.routes))).toEqual([]);
      expect(Object.keys(matrix.routes).filter((route) => !routes.includes(route))).toEqual([]);
    });
  });
}

// ---------------------------------------------------------------- building requests

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** A value of the type that passes GraphQL coercion (what the resolver makes of it is not the point). */
function generate(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return generate(type.ofType);
  if (isListType(type)) return [generate(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = generate(field.type);
    return value;
  }
  const scalars: Record<string, unknown> = {
    ID: toGlobalId('Nothing', PLACEHOLDER_ID),
    String: 'x',
    Int: 1,
    Float: 1,
    Boolean: false,
    Date: '2030-01-01',
    DateTime: '2030-01-01T10:00:00.000Z',
    JSONObject: {},
    EuroCents: 100,
  };
  if (isScalarType(type) && type.name in scalars) return scalars[type.name];
  throw new Error(`no generated value for ${String(type)}: give the argument in the matrix`);
}

function resolveArg(value: ArgValue): unknown {
  if (Array.isArray(value)) return value.map(resolveArg);
  if (value && typeof value === 'object') {
    if ('sample' in value && typeof value.sample === 'string') {
      if (!(value.sample in samples)) throw new Error(`unknown sample ${value.sample}`);
      return samples[value.sample];
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveArg(v as ArgValue)]));
  }
  return value;
}

/** Every field of an object type; nested plain objects in full, nested nodes by `__typename` only. */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isInterfaceType(named) || isUnionType(named) || (depth > 0 && isNode(named)) || depth > 4)
    return '{ __typename }';
  const fields = Object.values((named as GraphQLObjectType).getFields());
  return `{ __typename ${fields.map((field) => `${field.name}${requiredArgs(named.name, field)} ${selection(field.type, depth + 1)}`).join(' ')} }`;
}

/** The arguments of an object field: those the table gives (`args` of its type), else generated if required. */
function requiredArgs(typeName: string, field: GraphQLField<unknown, unknown>): string {
  const given = matrix.types[typeName]?.args?.[field.name] ?? {};
  const args = field.args.flatMap((arg) => {
    const value =
      arg.name in given
        ? resolveArg(given[arg.name])
        : isNonNullType(arg.type) && arg.defaultValue === undefined
          ? generate(arg.type)
          : undefined;
    return value === undefined ? [] : [`${arg.name}: ${print(astFromValue(value, arg.type)!)}`];
  });
  return args.length ? `(${args.join(', ')})` : '';
}

/** `query($id: ID!) { event(id: $id) { ... } }` with variables for a root field. */
function rootOperation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  given: Record<string, ArgValue> = {},
): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  for (const arg of field.args) {
    const value =
      arg.name in given
        ? resolveArg(given[arg.name])
        : isNonNullType(arg.type) && arg.defaultValue === undefined
          ? generate(arg.type)
          : undefined;
    if (value === undefined) continue;
    variables[arg.name] = value;
    declared.push(`$${arg.name}: ${String(arg.type)}`);
    passed.push(`${arg.name}: $${arg.name}`);
  }
  const args = passed.length ? `(${passed.join(', ')})` : '';
  const vars = declared.length ? `(${declared.join(', ')})` : '';
  // Queries are checked for access (a `__typename` tells data from null); mutations select their whole payload.
  const select = kind === 'query' ? queryLeaf(field) : selection(field.type, 1);
  return { query: `${kind} Check${vars} { ${field.name}${args} ${select} }`, variables };
}

function queryLeaf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
}

// ---------------------------------------------------------------- reading outcomes

const startsWith = (path: readonly (string | number)[] | undefined, prefix: (string | number)[]) =>
  !!path && prefix.every((part, i) => path[i] === part);

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, part) =>
      value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined,
    data,
  );
}

/** The code of the first error at or under `path`, else `null`/`ok` by the value there. */
function outcomeAt(body: Body, path: (string | number)[]): Outcome | string {
  const error = body.errors?.find((e) => startsWith(e.path, path));
  if (error) return String(error.extensions?.code);
  const value = valueAt(body.data, path);
  return value === null || value === undefined ? 'null' : 'ok';
}

async function as(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const response = await api.graphql(query, variables, headersOf[caller]);
  if (response.status >= 500) throw new Error(`${caller}: HTTP ${response.status} for ${query}`);
  return response.body;
}

// ---------------------------------------------------------------- the checks

/** The parts of the matrix a test file checks: the shards run on both workers at once. */
export type MatrixPart = 'table' | 'root queries' | 'mutations' | 'node' | 'nodes' | 'routes';

/** Registers the checks of `parts` (the server and the samples are set up for every part). */
export function checkMatrix(parts: MatrixPart[]): void {
  if (parts.includes('table')) tableChecks();
  describe('each cell, with real requests on the demo data', () => {
    if (parts.includes('root queries'))
      test('root queries', async () => {
        const mismatches: string[] = [];
        for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
          const entry = matrix.query[name];
          const { query, variables } = rootOperation('query', field, entry.args);
          for (const caller of CALLERS) {
            const actual = outcomeAt(await as(caller, query, variables), [name]);
            checked += 1;
            if (actual !== entry.cells[caller])
              mismatches.push(`Query.${name} as ${caller}: ${actual}, expected ${entry.cells[caller]}`);
          }
        }
        expect(mismatches).toEqual([]);
      });

    if (parts.includes('mutations'))
      test('mutations: who passes the gate (ownership rules are the modules’ own tests)', async () => {
        const mismatches: string[] = [];
        for (const [name, field] of Object.entries(schema.getMutationType()!.getFields())) {
          const entry = matrix.mutation[name];
          const { query, variables } = rootOperation('mutation', field, entry.args);
          for (const caller of CALLERS) {
            const body = await as(caller, query, variables);
            const denial = body.errors?.find(
              (e) =>
                startsWith(e.path, [name]) &&
                ['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR'].includes(
                  String(e.extensions?.code),
                ),
            );
            const actual = denial ? String(denial.extensions?.code) : 'ok';
            checked += 1;
            if (actual !== entry.cells[caller])
              mismatches.push(`Mutation.${name} as ${caller}: ${actual}, expected ${entry.cells[caller]}`);
          }
        }
        expect(mismatches).toEqual([]);
      });

    const throughs = (['node', 'nodes'] as const).filter((through) => parts.includes(through));
    if (throughs.length > 0)
      describe.each(throughs)('object fields through %s', (through) => {
        test.each(
          (() => {
            // describe.each runs before beforeAll: read the type names from the table, the schema is checked above.
            return Object.entries(matrix.types)
              .filter(([, entry]) => entry.sample)
              .map(([name]) => name);
          })(),
        )('%s', async (typeName) => {
          const type = schema.getType(typeName) as GraphQLObjectType;
          const entry = matrix.types[typeName];
          const id = samples[entry.sample!];
          const root = through === 'node' ? ['node'] : ['nodes', 0];
          const wrap = (fields: string) =>
            through === 'node'
              ? `query Check($id: ID!) { node(id: $id) { __typename ... on ${typeName} { id ${fields} } } }`
              : `query Check($id: ID!) { nodes(ids: [$id]) { __typename ... on ${typeName} { id ${fields} } } }`;
          const fields = Object.values(type.getFields()).filter((field) => field.name !== 'id');
          const expected = (caller: Caller, rule: FieldRule): Outcome =>
            rule === INHERIT ? 'ok' : (rule as Cells)[caller];
          const mismatches: string[] = [];
          const adminValues = new Map<string, Outcome | string>();
          // Admins first: what they get tells an empty field from a hidden one.
          for (const caller of ['ADMIN', ...CALLERS.filter((c) => c !== 'ADMIN')] as Caller[]) {
            // Fields expected to fail are asked one by one: an error on a non-null field nulls its object.
            const failing = fields.filter(
              (field) => !['ok', 'null'].includes(String(expected(caller, entry.fields[field.name]))),
            );
            const passing = fields.filter((field) => !failing.includes(field));
            const body = await as(
              caller,
              wrap(
                passing
                  .map((field) => `${field.name}${requiredArgs(typeName, field)} ${selection(field.type, 1)}`)
                  .join(' '),
              ),
              { id },
            );
            // The object itself: an error of one of its fields is that field's outcome, not the object's.
            const nodeError = body.errors?.find(
              (e) => e.path?.length === root.length && startsWith(e.path, root),
            );
            const nodeOutcome = nodeError
              ? String(nodeError.extensions?.code)
              : outcomeAt({ data: body.data }, root);
            checked += 1;
            const visible = entry.node![caller];
            if (visible === 'null') {
              if (nodeOutcome !== 'null')
                mismatches.push(`${typeName} as ${caller}: visible through ${through}, expected null`);
              continue;
            }
            if (nodeOutcome !== 'ok') {
              mismatches.push(
                `${typeName} as ${caller}: ${nodeOutcome} through ${through}: ${JSON.stringify(body.errors)}`,
              );
              continue;
            }
            const results: [string, Outcome | string][] = passing.map((field) => [
              field.name,
              outcomeAt(body, [...root, field.name]),
            ]);
            for (const field of failing) {
              const single = await as(
                caller,
                wrap(`${field.name}${requiredArgs(typeName, field)} ${selection(field.type, 1)}`),
                { id },
              );
              results.push([field.name, outcomeAt(single, [...root, field.name])]);
            }
            for (const [field, actual] of results) {
              const rule = entry.fields[field];
              const want = expected(caller, rule);
              checked += 1;
              if (caller === 'ADMIN') adminValues.set(field, actual);
              if (isPersonal(rule) && caller === 'ADMIN' && actual !== 'ok')
                mismatches.push(`${typeName}.${field}: the sample holds no value; pick one that does`);
              // `ok` with null is an empty field, when admins see it empty too.
              const emptyForAll =
                want === 'ok' && actual === 'null' && adminValues.get(field) === 'null' && !isPersonal(rule);
              if (actual !== want && !emptyForAll)
                mismatches.push(
                  `${typeName}.${field} as ${caller} through ${through}: ${actual}, expected ${want}`,
                );
            }
          }
          expect(mismatches).toEqual([]);
        });
      });

    if (parts.includes('routes'))
      test('HTTP routes', async () => {
        const mismatches: string[] = [];
        for (const [route, entry] of Object.entries(matrix.routes)) {
          const path = entry.path.replace(/\{(\w+)\}/g, (_, name: string) =>
            encodeURIComponent(samples[name]),
          );
          for (const caller of CALLERS) {
            const response = await fetch(`${api.url}${path}`, { headers: headersOf[caller] });
            await response.arrayBuffer();
            const actual: Outcome = response.status < 300 ? 'ok' : response.status;
            checked += 1;
            if (actual !== entry.cells[caller])
              mismatches.push(`${route} as ${caller}: ${actual}, expected ${entry.cells[caller]}`);
          }
        }
        expect(mismatches).toEqual([]);
      });

    afterAll(() => {
      // The figure for the docs (docs/module-authors.md): how many cells the run checked.
      console.log(`authorization matrix: ${checked} cells checked`);
    });
  });
}
