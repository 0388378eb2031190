import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Kind } from 'graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Setter } from './hydrate';
import { columnSetter, hydrateRows, preparedRows, TIMESTAMP_TYPES, UNCHANGED_TYPES } from './hydrate';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import type { Context } from './context';

/**
 * The compiled list path: a list's page statement also brings, per row, the related rows and counts that the
 * request's selection will ask the loaders for, as JSON subqueries (`json_agg` / `json_build_array`), and
 * hands them to those loaders (`DataLoader.prime`) before any field resolver runs. The resolvers, their guards
 * (`@Authorized`, personal fields, suppression) and the loaders stay exactly as they are: a resolver that
 * loads finds its value already there, and one whose value was not prefetched loads as before. So the
 * compiled path changes how many statements a list sends, never what a caller may see — provided a module's
 * SQL returns the rows its loader would return, which the on/off comparison test checks
 * (test/reliability/compiled-lists.int-spec.ts).
 *
 * Each module declares what can be prefetched next to its loaders (`definePrefetch(Type, ...)`); the kit
 * reads the selection, builds the SQL and hydrates the rows. Fields without a declaration fall back to their
 * resolvers and loaders.
 */

/** The SQL of a column of the parent row, by the parent entity's property name (`venueMunicipalityId`). */
export type ColumnOf = (property: string) => string;

/** A field's sub-selection, merged over aliases and fragments: field name -> its own selection. */
export type Selection = Map<string, Selection>;

/** What one parent type can prefetch for one group of its fields. */
export interface Prefetcher<P = never> {
  /** Paths in the parent's selection (`labels`, `venue.municipality`); any of them selected needs this. */
  when: readonly string[];
  /**
   * One SQL expression whose value is JSON for one parent row. `alias` is unique in the statement and a plain
   * identifier (use it, and names made from it, for the subquery's tables); `selection` is what the request selects under the
   * `when` paths (merged), for nested prefetches.
   */
  json(parent: ColumnOf, alias: string, selection: Selection, build: Builder): Compiled<P>;
}

/** SQL of one JSON value and how to hand its decoded value, per parent row, to the request's loaders. */
export interface Compiled<P = never> {
  sql: string;
  prime(ctx: Context, parent: P, value: unknown): void;
}

/** What a prefetcher gets to build nested prefetches with. */
export interface Builder {
  dataSource: DataSource;
  /** The nested prefetches of `type`'s rows under `selection` (its alias for columns: `row`). */
  nested(type: abstract new (...args: never[]) => unknown, row: ColumnOf, selection: Selection): Compiled[];
  /** A fresh alias. */
  alias(): string;
}

const registry = new Map<abstract new (...args: never[]) => unknown, Prefetcher<never>[]>();

/** Declares what a type's rows can prefetch (a module, next to its loaders). */
export function definePrefetch<P>(
  type: abstract new (...args: never[]) => P,
  ...prefetchers: Prefetcher<P>[]
): void {
  registry.set(type, [...(registry.get(type) ?? []), ...(prefetchers as unknown as Prefetcher<never>[])]);
}

// ---------------------------------------------------------------- rows as JSON

/** Types whose JSON is what `pg` would return; the rest travel as PostgreSQL's text (`bigint`, `numeric`). */
const AS_JSON = new Set<unknown>([
  ...UNCHANGED_TYPES,
  ...TIMESTAMP_TYPES,
  'date',
  'real',
  'float4',
  'double precision',
  'float8',
  Boolean,
  Number,
  Date,
]);
const AS_TEXT = new Set<unknown>(['bigint', 'int8', 'numeric', 'decimal']);

/**
 * Columns that travel as PostgreSQL's text: numbers JSON would round, and arrays of an enum (`{VCA,PSO_1}`),
 * which TypeORM parses from that text as it does from `pg` (which returns them as text too).
 */
const asText = (column: ColumnMetadata) =>
  AS_TEXT.has(column.type) || (column.type === 'enum' && column.isArray);

const columnsCache = new WeakMap<EntityMetadata, ColumnMetadata[]>();

/** The columns a row loader selects (what `getEntities` hydrates), in a fixed order. */
function selectedColumns(metadata: EntityMetadata): ColumnMetadata[] {
  let columns = columnsCache.get(metadata);
  if (!columns) {
    columns = metadata.columns.filter((column) => !column.isVirtual && column.isSelect);
    for (const column of columns) {
      if (!AS_JSON.has(column.type) && !AS_TEXT.has(column.type) && column.type !== 'enum')
        throw new Error(`prefetch: ${metadata.name}.${column.propertyName} of type ${String(column.type)}`);
      if (column.isArray && column.type !== 'text' && column.type !== 'varchar' && column.type !== 'enum')
        throw new Error(
          `prefetch: ${metadata.name}.${column.propertyName} is an array of ${String(column.type)}`,
        );
    }
    columnsCache.set(metadata, columns);
  }
  return columns;
}

const settersCache = new WeakMap<EntityMetadata, Setter[]>();

/** The setters of `selectedColumns`, in their order. */
function selectedSetters(metadata: EntityMetadata, dataSource: DataSource): Setter[] {
  let setters = settersCache.get(metadata);
  if (!setters) {
    setters = selectedColumns(metadata).map((column) => columnSetter(column, dataSource.driver));
    settersCache.set(metadata, setters);
  }
  return setters;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A `ColumnOf` for a row of `entity` under a table alias (as written in the statement, quoted if need be). */
export function columnsOf(
  dataSource: DataSource,
  entity: abstract new (...args: never[]) => unknown,
  alias: string,
): ColumnOf {
  const metadata = dataSource.getMetadata(entity);
  return (property) => {
    const column = metadata.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`prefetch: ${metadata.name} has no column ${property}`);
    return `${alias}.${quote(column.databaseName)}`;
  };
}

/** `json_build_array` of a row's columns and then its nested values. */
function rowJson(metadata: EntityMetadata, alias: string, nested: Compiled[]): string {
  const values = selectedColumns(metadata).map((column) => {
    const sql = `${alias}.${quote(column.databaseName)}`;
    return asText(column) ? `${sql}::text` : sql;
  });
  return `json_build_array(${[...values, ...nested.map((item) => item.sql)].join(', ')})`;
}

/** An entity instance from `rowJson`'s array, as `getEntities` makes it, with its nested values primed. */
function rowFromJson<E>(
  ctx: Context,
  dataSource: DataSource,
  metadata: EntityMetadata,
  values: unknown[],
  nested: Compiled[],
): E {
  const setters = selectedSetters(metadata, dataSource);
  const entity = Object.create((metadata.target as { prototype: object }).prototype) as E & ObjectLiteral;
  for (let index = 0; index < setters.length; index++) setters[index](entity, values[index]);
  nested.forEach((item, index) => item.prime(ctx, entity as never, values[setters.length + index]));
  return entity;
}

/**
 * A prefetcher of rows of an entity related to the parent (`one`: at most one row), which primes the loader
 * that would load them. `from` is the subquery's `FROM ... WHERE ...` (without `FROM`) with the rows under
 * the alias `row`, joined to the parent through `parent(property)` (`table` is the rows' table); `orderBy`
 * must give the loader's order.
 */
export function prefetchRows<P, R>(options: {
  when: readonly string[];
  rows: abstract new (...args: never[]) => R;
  from: (row: string, parent: ColumnOf, table: string) => string;
  orderBy?: (row: string) => string;
  one?: false;
  prime: (ctx: Context, parent: P, rows: R[]) => void;
}): Prefetcher<P>;
export function prefetchRows<P, R>(options: {
  when: readonly string[];
  rows: abstract new (...args: never[]) => R;
  from: (row: string, parent: ColumnOf, table: string) => string;
  one: true;
  prime: (ctx: Context, parent: P, row: R | null) => void;
}): Prefetcher<P>;
export function prefetchRows<P, R>(options: {
  when: readonly string[];
  rows: abstract new (...args: never[]) => R;
  from: (row: string, parent: ColumnOf, table: string) => string;
  orderBy?: (row: string) => string;
  one?: boolean;
  prime: (ctx: Context, parent: P, rows: never) => void;
}): Prefetcher<P> {
  return {
    when: options.when,
    json(parent, alias, selection, build) {
      const metadata = build.dataSource.getMetadata(options.rows);
      const nested = build.nested(options.rows, columnsOf(build.dataSource, options.rows, alias), selection);
      const row = rowJson(metadata, alias, nested);
      const from = options.from(alias, parent, metadata.tablePath);
      const decode = (values: unknown[], ctx: Context) =>
        rowFromJson<R>(ctx, build.dataSource, metadata, values, nested);
      if (options.one) {
        return {
          sql: `(SELECT ${row} FROM ${from} LIMIT 1)`,
          prime: (ctx, entity, value) =>
            options.prime(ctx, entity as P, (value ? decode(value as unknown[], ctx) : null) as never),
        };
      }
      const order = options.orderBy ? ` ORDER BY ${options.orderBy(alias)}` : '';
      return {
        sql: `(SELECT coalesce(json_agg(${row}${order}), '[]') FROM ${from})`,
        prime: (ctx, entity, value) =>
          options.prime(ctx, entity as P, (value as unknown[][]).map((item) => decode(item, ctx)) as never),
      };
    },
  };
}

/**
 * A prefetcher of the row a parent's foreign key (`key`) points at, by its `id`, which primes the row loader
 * by id that would load it (`loader`). A parent whose key is null primes nothing.
 */
export function prefetchById<P, R>(options: {
  when: readonly string[];
  rows: abstract new (...args: never[]) => R;
  key: keyof P & string;
  loader: (ctx: Context) => { prime(id: string, row: R | null): unknown };
}): Prefetcher<P> {
  return prefetchRows<P, R>({
    when: options.when,
    rows: options.rows,
    one: true,
    from: (row, parent, table) => `${table} ${row} WHERE ${row}.id = ${parent(options.key)}`,
    prime: (ctx, parent, row) => {
      const id = parent[options.key] as unknown as string | null;
      if (id) options.loader(ctx).prime(id, row);
    },
  });
}

/** A prefetcher of one computed JSON value per parent row (counts), which primes the loader of it. */
export function prefetchValue<P, V>(options: {
  when: readonly string[];
  /** A scalar subquery giving JSON, e.g. `(SELECT json_build_array(count(*), ...) FROM ... WHERE ...)`. */
  sql: (alias: string, parent: ColumnOf) => string;
  prime: (ctx: Context, parent: P, value: V) => void;
}): Prefetcher<P> {
  return {
    when: options.when,
    json: (parent, alias) => ({
      sql: options.sql(alias, parent),
      prime: (ctx, entity, value) => options.prime(ctx, entity as P, value as V),
    }),
  };
}

// ---------------------------------------------------------------- reading the selection

/** Whether @skip/@include leave a node in (unknown variables: in, which prefetches more but never wrong). */
function included(
  node: FieldNode | { directives?: FieldNode['directives'] },
  variables: Record<string, unknown>,
) {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    const value =
      arg?.kind === Kind.BOOLEAN
        ? arg.value
        : arg?.kind === Kind.VARIABLE
          ? variables[arg.name.value]
          : undefined;
    if (typeof value !== 'boolean') continue;
    if (name === 'skip' ? value : !value) return false;
  }
  return true;
}

interface Walk {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Set when a @skip/@include was met: the selection then depends on the variables. */
  directives: boolean;
}

function collect(into: Selection, set: SelectionSetNode | undefined, walk: Walk): void {
  for (const node of set?.selections ?? []) {
    if (node.directives?.length) walk.directives = true;
    if (!included(node, walk.variables)) continue;
    if (node.kind === Kind.FIELD) {
      const name = node.name.value;
      let sub = into.get(name);
      if (!sub) into.set(name, (sub = new Map()));
      collect(sub, node.selectionSet, walk);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(into, node.selectionSet, walk);
    } else {
      collect(into, walk.fragments[node.name.value]?.selectionSet, walk);
    }
  }
}

/** The merged selection of the resolved field, and whether @skip/@include made it depend on variables. */
export function selectionOf(info: GraphQLResolveInfo): { selection: Selection; directives: boolean } {
  const selection: Selection = new Map();
  const walk: Walk = { fragments: info.fragments, variables: info.variableValues ?? {}, directives: false };
  for (const node of info.fieldNodes) collect(selection, node.selectionSet, walk);
  return { selection, directives: walk.directives };
}

/** The selection at a dotted path, or undefined when not selected. */
function at(selection: Selection, path: string): Selection | undefined {
  let current: Selection | undefined = selection;
  for (const part of path.split('.')) current = current?.get(part);
  return current;
}

function merge(into: Selection, from: Selection): void {
  for (const [name, sub] of from) {
    let mine = into.get(name);
    if (!mine) into.set(name, (mine = new Map()));
    merge(mine, sub);
  }
}

// ---------------------------------------------------------------- the plan of one list

/**
 * What a compiled list adds to its page statement: one JSON column per prefetch (`prefetch_<n>`), and how to
 * prime the loaders from a page's raw rows. A plan with no columns still marks the list as compiled: its page
 * runs as a named prepared statement.
 */
export interface PrefetchPlan {
  columns: { alias: string; sql: string }[];
  /** Whether the list's `totalCount` is selected: a compiled page then counts in its own statement. */
  counted: boolean;
  /** Whether anything of the page is selected (rows, edges, pageInfo): if not, a count needs no page. */
  paged: boolean;
  prime(ctx: Context, nodes: readonly object[], raw: readonly Record<string, unknown>[]): void;
}

function compile(
  dataSource: DataSource,
  type: abstract new (...args: never[]) => unknown,
  row: ColumnOf,
  selection: Selection,
  next: () => string,
): Compiled[] {
  const compiled: Compiled[] = [];
  const build: Builder = {
    dataSource,
    alias: next,
    nested: (child, childRow, childSelection) => compile(dataSource, child, childRow, childSelection, next),
  };
  for (const prefetcher of registry.get(type) ?? []) {
    const paths = prefetcher.when.map((path) => at(selection, path)).filter((sub) => sub !== undefined);
    if (paths.length === 0) continue;
    const sub: Selection = new Map();
    for (const path of paths) merge(sub, path);
    compiled.push(prefetcher.json(row, next(), sub, build));
  }
  return compiled;
}

/** Plans by field node (one per document); `null` where @skip/@include make the plan depend on variables. */
const plans = new WeakMap<FieldNode, PrefetchPlan | null>();

/**
 * The plan of a list of `entity` rows (under the query alias `alias`) for the selection of `info`, or
 * undefined when the compiled path is off for this request. `nodes`: where the rows are in the field's
 * selection (`['nodes', 'edges.node']` for a connection, `['']` for a plain list). Plans are cached
 * per document (per field node), so the SQL is built once per document.
 */
export function prefetchPlan(
  ctx: Context,
  info: GraphQLResolveInfo,
  entity: abstract new (...args: never[]) => unknown,
  alias: string,
  nodes: readonly string[] = ['nodes', 'edges.node'],
): PrefetchPlan | undefined {
  if (!ctx.compiledLists) return undefined;
  const key = info.fieldNodes[0];
  const cached = plans.get(key);
  if (cached) return cached;
  const { selection: full, directives } = selectionOf(info);
  const selection: Selection = new Map();
  for (const path of nodes) {
    const sub = path ? at(full, path) : full;
    if (sub) merge(selection, sub);
  }
  const dataSource = ctx.em.connection;
  let count = 0;
  const compiled = compile(
    dataSource,
    entity,
    columnsOf(dataSource, entity, quote(alias)),
    selection,
    () => `pf${count++}`,
  );
  const columns = compiled.map((item, index) => ({ alias: `prefetch_${index}`, sql: item.sql }));
  const plan: PrefetchPlan = {
    columns,
    counted: full.has('totalCount'),
    paged: nodes.some((path) => !path || full.has(path.split('.')[0])) || full.has('pageInfo'),
    prime(requestCtx, rows, raw) {
      rows.forEach((node, index) =>
        compiled.forEach((item, column) =>
          item.prime(requestCtx, node as never, raw[index][`prefetch_${column}`]),
        ),
      );
    },
  };
  plans.set(key, directives ? null : plan);
  return plan;
}

/**
 * The rows of a plain list (not a connection) with what `plan` prefetches, in one named prepared statement;
 * the loaders are primed before the rows are returned. `query` selects its main alias's columns only.
 */
export async function getPrefetched<E extends ObjectLiteral>(
  ctx: Context,
  query: SelectQueryBuilder<E>,
  plan: PrefetchPlan,
): Promise<E[]> {
  const withPrefetch = query.clone();
  for (const column of plan.columns) withPrefetch.addSelect(column.sql, column.alias);
  const raw = await preparedRows(withPrefetch);
  const rows = hydrateRows(withPrefetch, raw);
  plan.prime(ctx, rows, raw);
  return rows;
}
