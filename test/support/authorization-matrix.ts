/**
 * The authorization matrix: for every root field, every object field and every HTTP route, which callers
 * may read it and how a denial looks. Each module keeps its entries in `test/authorization/<module>.matrix.ts`
 * (a module that extends another's type lists those fields in its own file); `test/authorization/index.ts`
 * gathers them into the one table that `test/reliability/authorization-checks.ts` checks against the schema and
 * against real requests on the demo data (in two halves, `authorization-matrix-<n>-of-2.int-spec.ts`).
 */

/** Everyone the API tells apart: nobody, a person with one role, an API key with one scope. */
export const CALLERS = [
  'anonymous',
  'ADMIN',
  'EDITOR',
  'CIVIL_SERVANT',
  'COACH',
  'MEMBER',
  'SECRETARY',
  'events:read',
  'news:read',
  'suppliers:read',
  'reports:read',
] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * What a caller gets: `ok` (the data), `null` (hidden: the value or the object is null, no error), or the
 * error code at the field. For routes, `ok` is a 2xx answer and a number is the HTTP status of a refusal.
 */
export type Outcome = 'ok' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | number;
export type Cells = Readonly<Record<Caller, Outcome>>;

const cells = (outcome: (caller: Caller) => Outcome): Cells =>
  Object.fromEntries(CALLERS.map((caller) => [caller, outcome(caller)])) as Record<Caller, Outcome>;

/** Everyone may read it. */
export const everyone: Cells = cells(() => 'ok');

/**
 * `@Authorized(...)`: the listed roles and scopes pass; anonymous callers get UNAUTHENTICATED, everyone
 * else FORBIDDEN.
 */
export const gate = (...allowed: Caller[]): Cells =>
  cells((caller) => {
    if (allowed.includes(caller)) return 'ok';
    return caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  });

/** Visible to the listed callers, `null` for everyone else (objects hidden by visibility rules). */
export const visibleTo = (...allowed: Caller[]): Cells =>
  cells((caller) => (allowed.includes(caller) ? 'ok' : 'null'));

/**
 * Personal data: denied unless listed, as `null` (or, with `{ denial: 'gate' }`, as the error of an
 * `@Authorized` field). The test refuses a personal field that anonymous callers read, and requires the
 * sample object to hold a value (so `null` for the others is a denial, not an empty field).
 */
export function personal(...args: (Caller | { denial: 'gate' })[]): Cells & { personal: true } {
  const allowed = args.filter((arg): arg is Caller => typeof arg === 'string');
  const gated = args.some((arg) => typeof arg === 'object');
  return { ...(gated ? gate(...allowed) : visibleTo(...allowed)), personal: true };
}

export const isPersonal = (rule: FieldRule): boolean =>
  typeof rule === 'object' && (rule as { personal?: boolean }).personal === true;

/** Per caller, starting from another set of cells. */
export const except = (base: Cells, overrides: Partial<Record<Caller, Outcome>>): Cells => ({
  ...base,
  ...overrides,
});

/**
 * A field of an object, readable by whoever sees the object (through its query or `node`): the default
 * for plain data of a type. Personal data never uses it.
 */
export const INHERIT = 'inherit' as const;
export type FieldRule = Cells | typeof INHERIT;

/** A value of an argument: literal JSON, or the id (or other value) of a named sample. */
export type ArgValue =
  { sample: string } | string | number | boolean | null | ArgValue[] | { [key: string]: ArgValue };
export const sample = (name: string): { sample: string } => ({ sample: name });

export interface RootFieldEntry {
  /** Arguments to call it with; required ones left out are generated from their types. */
  args?: Record<string, ArgValue>;
  cells: Cells;
}

export interface TypeEntry {
  /** For `Node` types: the sample object checked through `node(id:)` and `nodes(ids:)`, and who sees it. */
  sample?: string;
  node?: Cells;
  /** Arguments of its fields, by field; required ones left out are generated from their types. */
  args?: Record<string, Record<string, ArgValue>>;
  /** Every field of the type (a module that adds fields to another's type lists them in its own file). */
  fields: Record<string, FieldRule>;
}

export interface RouteEntry {
  /** The path requested for the check (with sample values filled in). */
  path: string;
  cells: Cells;
}

export interface PrepareHelpers {
  /** Runs an operation as an admin; returns the response body. */
  adminGraphQL(query: string): Promise<{ data?: unknown; errors?: unknown }>;
  /** The value of a sample (see `samples`). */
  sample(name: string): string;
  /** Runs SQL on the test database. */
  sql(query: string, parameters?: unknown[]): Promise<Record<string, unknown>[]>;
}

export interface ModuleMatrix {
  /**
   * Demo objects and values the entries refer to by name: SQL returning one row `{ value }`; with `type`,
   * the value is a database id and the sample is that object's global id.
   */
  samples?: Record<string, { sql: string; type?: string }>;
  /**
   * Run once before the checks, after the samples: makes what the demo data lacks (an upcoming event, a
   * registration's secret) and returns more samples by name.
   */
  prepare?: (helpers: PrepareHelpers) => Promise<Record<string, string>>;
  query?: Record<string, RootFieldEntry>;
  mutation?: Record<string, RootFieldEntry>;
  types?: Record<string, TypeEntry>;
  /** `METHOD /path` as Express knows the route. */
  routes?: Record<string, RouteEntry>;
}

export const defineMatrix = (matrix: ModuleMatrix): ModuleMatrix => matrix;

/** The one table: every module's entries merged; an entry listed twice is a mistake. */
export function mergeMatrices(matrices: ModuleMatrix[]): Required<ModuleMatrix> {
  const merged: Required<ModuleMatrix> = {
    samples: {},
    prepare: async () => ({}),
    query: {},
    mutation: {},
    types: {},
    routes: {},
  };
  const prepares: NonNullable<ModuleMatrix['prepare']>[] = [];
  const into = <T>(target: Record<string, T>, source: Record<string, T> | undefined, what: string) => {
    for (const [key, value] of Object.entries(source ?? {})) {
      if (key in target) throw new Error(`authorization matrix: ${what} ${key} is listed twice`);
      target[key] = value;
    }
  };
  for (const matrix of matrices) {
    into(merged.samples, matrix.samples, 'sample');
    into(merged.query, matrix.query, 'Query.');
    into(merged.mutation, matrix.mutation, 'Mutation.');
    into(merged.routes, matrix.routes, 'route');
    if (matrix.prepare) prepares.push(matrix.prepare);
    for (const [name, entry] of Object.entries(matrix.types ?? {})) {
      const existing = merged.types[name];
      if (!existing) {
        merged.types[name] = { ...entry, fields: { ...entry.fields } };
        continue;
      }
      if (entry.sample || entry.node) {
        if (existing.sample || existing.node)
          throw new Error(`authorization matrix: the sample of ${name} is given twice`);
        existing.sample = entry.sample;
        existing.node = entry.node;
      }
      existing.args = { ...existing.args, ...entry.args };
      into(existing.fields, entry.fields, `${name}.`);
    }
  }
  merged.prepare = async (helpers) =>
    Object.assign({}, ...(await Promise.all(prepares.map((p) => p(helpers)))));
  return merged;
}

/** A route for the listed callers; the others get the HTTP status of its refusal (`anonymous` may differ). */
export const routeFor = (allowed: Caller[], refused: { anonymous: number; others: number }): Cells =>
  cells((caller) => {
    if (allowed.includes(caller)) return 'ok';
    return caller === 'anonymous' ? refused.anonymous : refused.others;
  });
