import type { ClassType } from 'type-graphql';
import { ArgsType, Field, ID, InterfaceType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { PrimaryGeneratedColumn } from 'typeorm';
import { badUserInput } from './errors';
import { userText } from './i18n';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { getEntities, hydrateRows, preparedStatement } from './hydrate';
import type { Context } from './context';
import type { PrefetchPlan } from './prefetch';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/**
 * A refused id. The error keeps the id (not shown to the client), so the error formatter can name the
 * argument or input field that held it (`fields: [{ path: ["input", "businessId"] }]`) for every caller.
 */
function invalidId(globalId: string, problem: string, message: string): Error {
  const error = badUserInput(message);
  Object.defineProperty(error, INVALID_ID, { value: { id: globalId, problem }, enumerable: false });
  return error;
}

export const INVALID_ID = Symbol('invalid id');

/** The id and problem of an error thrown by `fromGlobalId`. */
export function invalidIdOf(error: unknown): { id: string; problem: string } | undefined {
  return (error as { [INVALID_ID]?: { id: string; problem: string } } | null)?.[INVALID_ID];
}

/** Decodes an opaque id; `expectedType` rejects an id of another type with BAD_USER_INPUT. */
export function fromGlobalId(globalId: string, expectedType?: string): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator <= 0 || !UUID.test(id) || toGlobalId(type, id) !== globalId) {
    throw invalidId(globalId, userText('is not a valid id'), `${JSON.stringify(globalId)} is not a valid id`);
  }
  if (expectedType && type !== expectedType) {
    throw invalidId(
      globalId,
      userText(`is the id of a ${type}, not of a ${expectedType}`),
      `${JSON.stringify(globalId)} is the id of a ${type}, not of a ${expectedType}`,
    );
  }
  return { type, id };
}

/**
 * Every entity type implements Node. Its GraphQL `id` is the opaque global id; the database id (a uuid)
 * never reaches the schema. Values must be entity instances: the class name is the GraphQL type name.
 * Without a `resolveType` of its own, type-graphql picks the type by `instanceof` synchronously (its wrapper
 * around a custom one is async, which graphql-jit does not await).
 */
@InterfaceType({
  description: 'An object with a globally unique id that `node(id:)` can refetch.',
})
export abstract class Node {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { name: 'id', description: 'Opaque, globally unique id.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** The longest `after` taken; longer than any cursor a list gives. */
export const MAX_CURSOR_LENGTH = 2000;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size: 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (`pageInfo.endCursor`).',
  })
  // A cursor carries its sort key: a title of 300 characters is up to 900 bytes of UTF-8, 1,200 in base64.
  @MaxLength(MAX_CURSOR_LENGTH)
  after?: string;
}

/** Cost of a connection field: its items count once per requested row. */
export const connectionComplexity: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + childComplexity * Math.min(Number(args.first ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);

/** Cost of a plain list: its items count `rows` times (lists are bounded, but not known before running). */
export const listComplexity =
  (rows: number): ComplexityEstimator =>
  ({ childComplexity }) =>
    1 + childComplexity * rows;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow `endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Always false: pagination runs forward only.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item, for `after` on the next page; null on an empty page.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  /** Getters, possibly of promises: a page loads only when one of these fields is resolved. */
  readonly edges: Edge<T>[] | Promise<Edge<T>[]>;
  readonly nodes: T[] | Promise<T[]>;
  readonly pageInfo: PageInfo | Promise<PageInfo>;
  /** A getter: the count query runs only when the field is resolved. */
  readonly totalCount: Promise<number>;
}

/** One loaded page of a list: its edges and whether more rows follow. */
export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  /** The `after` the page was asked for: the `endCursor` of an empty page. */
  resumeCursor?: string | null;
}

const connectionTypes = new Map<ClassType, ClassType<Connection<unknown>>>();

/** The `<Type>Connection` and `<Type>Edge` object types for a node class (created once per class). */
export function ConnectionType<T extends object>(NodeClass: ClassType<T>): ClassType<Connection<T>> {
  const existing = connectionTypes.get(NodeClass);
  if (existing) return existing as ClassType<Connection<T>>;
  const name = NodeClass.name;

  @ObjectType(`${name}Edge`, { description: `A ${name} with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item, for `after`.' })
    cursor!: string;

    @Field(() => NodeClass, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to get them.' })
    pageInfo!: PageInfo;

    @Field(() => [NodeClass], { description: 'The nodes of `edges`, for when cursors are not needed.' })
    nodes!: T[];

    @Field(() => Int, { description: 'Number of items matching the filter (computed only when selected).' })
    totalCount!: Promise<number>;
  }

  connectionTypes.set(NodeClass, ConnectionClass);
  return ConnectionClass;
}

/**
 * The type of an ordering's sort key, as its value travels in a cursor (always a string). A cursor is
 * client input: its value is checked against this before PostgreSQL compares it with the column.
 */
export type CursorValueType = 'timestamp' | 'date' | 'bigint' | 'real' | 'text';

const INT8_MAX = 2n ** 63n - 1n;
const CURSOR_VALUE_CHECKS: Record<CursorValueType, (value: string) => boolean> = {
  // What `Date.toISOString()` writes, and only real instants.
  timestamp: (value) => {
    const instant = new Date(value);
    return !Number.isNaN(instant.getTime()) && instant.toISOString() === value;
  },
  date: (value) => {
    const day = new Date(`${value}T00:00:00.000Z`);
    return (
      /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)
    );
  },
  bigint: (value) =>
    /^-?\d{1,19}$/.test(value) && BigInt(value) <= INT8_MAX && BigInt(value) >= -INT8_MAX - 1n,
  // PostgreSQL's text of a `real`, e.g. `0.0607927` or `1e-20`.
  real: (value) => /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(value) && Number.isFinite(Number(value)),
  text: (value) => value.length <= 1000 && !value.includes('\u0000'),
};

/** Whether a cursor's value has the sort key's type (for helpers that decode a cursor's value further). */
export const isCursorValue = (type: CursorValueType, value: string) => CURSOR_VALUE_CHECKS[type](value);

export interface KeysetOrder<E> {
  /** SQL expression of the sort key, e.g. `business.name`; the entity's id breaks ties. */
  column: string;
  direction: SortDirection;
  /** The sort key's type, which a cursor's value must have. */
  type: CursorValueType;
  /** The sort key's value of a loaded row, as it goes into the cursor. */
  value: (row: E) => string | Date;
}

/**
 * An ordering of `paginate` on a key the row does not hold (a joined table's column, a computed rank):
 * the page's statement selects the key beside each row and the cursor carries the database's value. Its
 * joins must give one row per entity.
 */
export type SelectedKeysetOrder = Omit<KeysetOrder<never>, 'value'>;

/**
 * A keyset cursor: the sort key's value and the id, with the name of the ordering (`key`) so that a cursor
 * of one ordering is refused by another instead of being compared with the wrong column.
 */
export function encodeCursor(key: string, value: string, id: string): string {
  return Buffer.from(JSON.stringify([key, value, id]), 'utf8').toString('base64url');
}

/** The sort value and id of a cursor of the ordering `key`; BAD_USER_INPUT on `after` for anything else. */
export function decodeCursor(cursor: string, key: string, type: CursorValueType): [string, string] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === 3 &&
      values[0] === key &&
      typeof values[1] === 'string' &&
      CURSOR_VALUE_CHECKS[type](values[1]) &&
      typeof values[2] === 'string' &&
      UUID.test(values[2])
    ) {
      return [values[1], values[2]];
    }
  } catch {
    // fall through to the coded error below
  }
  throw badUserInput(`${JSON.stringify(cursor)} is not a valid cursor`, [
    { path: ['after'], message: 'not a cursor returned by this list' },
  ]);
}

/** What identifies an ordering in its cursors: the sort column without the query's alias. */
export const orderKey = (order: Pick<KeysetOrder<never>, 'column'>) => order.column.replace(/^[^.]+\./, '');

/** A sort value as a cursor holds it: a `Date` as ISO text, anything else as text. */
export const cursorValue = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/**
 * An edge whose cursor (`encodeCursor` of the ordering's key, the node's sort value and its id) is made when
 * it is read: most lists ask for `nodes` only, and a page's cursors were a JSON text and a base64 encoding per
 * row. `pageInfo` reads the first and the last.
 */
export class LazyCursorEdge<E extends { id: string }> implements Edge<E> {
  constructor(
    readonly node: E,
    private readonly key: string,
    private readonly value: unknown,
  ) {}

  get cursor(): string {
    return encodeCursor(this.key, cursorValue(this.value), this.node.id);
  }
}

/** The edges of rows in a list ordered by `order` (a key the row holds). */
export function edgesOfRows<E extends { id: string }>(order: KeysetOrder<E>, rows: readonly E[]): Edge<E>[] {
  const key = orderKey(order);
  return rows.map((node) => new LazyCursorEdge(node, key, order.value(node)));
}

/**
 * Keyset pagination over a query builder: `first + 1` rows after the cursor, ordered by the sort key then
 * id. The page query runs only when `edges`, `nodes` or `pageInfo` is selected, the count query only when
 * `totalCount` is.
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  args: ConnectionArgs,
  order: KeysetOrder<E> | SelectedKeysetOrder,
  /** `endCursor` of an empty page: by default the `after` it was asked for. */
  resumeCursor: string | null | undefined = args.after,
  /** The compiled path (`prefetchPlan`): the page as a named prepared statement with the prefetched rows. */
  compiled?: CompiledPage,
): Promise<Connection<E>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const idColumn = `${query.alias}.id`;
  const countQuery = query.clone();
  const pageQuery = query
    .clone()
    .orderBy(order.column, order.direction)
    .addOrderBy(idColumn, order.direction);
  if (args.after) {
    const [value, id] = decodeCursor(args.after, orderKey(order), order.type);
    const comparison = order.direction === SortDirection.ASC ? '>' : '<';
    pageQuery.andWhere(`(${order.column}, ${idColumn}) ${comparison} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  if (compiled && 'value' in order && query.expressionMap.joinAttributes.length === 0) {
    let loaded: Promise<{ page: Page<E>; count?: number }> | undefined;
    const load = () =>
      (loaded ??= compiledPage(pageQuery, countQuery, first + 1, order, compiled).then(
        ({ edges, resume, count }) => ({
          page: {
            edges: edges.slice(0, first),
            hasNextPage: edges.length > first,
            resumeCursor: resume ?? resumeCursor,
          },
          count,
        }),
      ));
    return lazyConnectionOf(
      () => load().then((result) => result.page),
      // A selection of `totalCount` alone counts, without a page.
      () =>
        compiled.plan.paged
          ? load().then((result) => result.count ?? countQuery.getCount())
          : countQuery.getCount(),
    );
  }
  let page: Promise<Page<E>> | undefined;
  const loadPage = async (): Promise<Page<E>> => {
    const rows = await edgesOf(pageQuery, first + 1, order);
    return { edges: rows.slice(0, first), hasNextPage: rows.length > first, resumeCursor };
  };
  return lazyConnectionOf(
    () => (page ??= loadPage()),
    () => countQuery.getCount(),
  );
}

const SORT_KEY = 'keyset_sort_key';

/** Up to `limit` rows of a page query with their cursors, in one statement. */
async function edgesOf<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  limit: number,
  order: KeysetOrder<E> | SelectedKeysetOrder,
): Promise<Edge<E>[]> {
  if ('value' in order) {
    const rows = await getEntities(query.take(limit));
    return edgesOfRows(order, rows);
  }
  // `limit`, not `take`: with joins, `take` would page by distinct ids in a statement of its own.
  const { entities, raw } = await query
    .addSelect(order.column, SORT_KEY)
    .limit(limit)
    .getRawAndEntities<Record<string, unknown>>();
  const key = orderKey(order);
  return entities.map((node, index) => new LazyCursorEdge(node, key, raw[index][SORT_KEY]));
}

/** A page of the compiled path (see `paginate`). */
export interface CompiledPage {
  ctx: Context;
  plan: PrefetchPlan;
  /**
   * The `endCursor` of an empty page read in the page's own statement (so in its snapshot): `sql` is a
   * scalar expression, `cursor` makes the cursor of its value. Saves the statement a list would send first.
   */
  resume?: { sql: string; cursor: (value: string) => string };
}

const RESUME = 'keyset_resume';

/**
 * Up to `limit` rows of a page query with their cursors and the rows its selection needs (`plan`), in one
 * named prepared statement, with the total count when the selection asks for it (a subquery of its own, so
 * the page keeps its index scan) and the resume cursor of an empty page; the loaders are primed with what
 * the plan prefetched.
 */
async function compiledPage<E extends ObjectLiteral & { id: string }>(
  pageQuery: SelectQueryBuilder<E>,
  countQuery: SelectQueryBuilder<E>,
  limit: number,
  order: KeysetOrder<E>,
  { ctx, plan, resume }: CompiledPage,
): Promise<{ edges: Edge<E>[]; resume?: string; count?: number }> {
  const query = pageQuery.clone();
  for (const column of plan.columns) query.addSelect(column.sql, column.alias);
  const [text, values] = query.limit(limit).getQueryAndParameters();
  const extras: string[] = [];
  if (resume) extras.push(`(${resume.sql}) AS ${RESUME}`);
  if (plan.counted) {
    // The page's conditions come first in its text, so the count's parameters are the page's first ones.
    const [countText, countValues] = countQuery
      .clone()
      .select('count(*)::int', 'n')
      .orderBy()
      .getQueryAndParameters();
    const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
    if (countValues.every((value, index) => same(value, values[index])))
      extras.push(`(${countText}) AS ${TOTAL}`);
  }
  const statement = extras.length
    ? `SELECT ${extras.join(', ')}, page.* FROM (SELECT 1) one LEFT JOIN LATERAL (${text}) page ON true`
    : text;
  let raw = await preparedStatement(query, statement, values);
  const first = raw[0];
  if (extras.length) {
    const idColumn = DriverUtils.buildAlias(query.connection.driver, undefined, query.alias, 'id');
    raw = raw.filter((row) => row[idColumn] != null);
  }
  const rows = hydrateRows(query, raw);
  plan.prime(ctx, rows, raw);
  return {
    edges: edgesOfRows(order, rows),
    resume: resume && first?.[RESUME] != null ? resume.cursor(String(first[RESUME])) : undefined,
    count: first && TOTAL in first ? Number(first[TOTAL]) : undefined,
  };
}

const TOTAL = 'keyset_total_count';

/**
 * A page and the total count in ONE statement, for lists whose rows come from a search: the matches are
 * found once (`matched`, which PostgreSQL materialises because it is read twice), counted, and the page is
 * the first `first + 1` of them after the cursor by the sort key and id. Where `paginate` sends a page
 * statement and a count statement that each find the matches again, this finds them once; it pays for the
 * count even when `totalCount` is not selected, which costs little once the matches are all found (a
 * search's order is computed, so the page needs every match anyway). `query` selects only its main
 * alias's columns (joins only filter); the statement runs on first use of the page or the count.
 */
export function countedPage<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  args: ConnectionArgs,
  order: SelectedKeysetOrder,
  /** `endCursor` of an empty page: by default the `after` it was asked for. */
  resumeCursor: string | null | undefined = args.after,
): Connection<E> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const cursor = args.after ? decodeCursor(args.after, orderKey(order), order.type) : null;
  const idColumn = `"${query.alias}_id"`;
  let loaded: Promise<{ page: Page<E>; count: number }> | undefined;
  const load = async () => {
    const [matched, parameters] = query.clone().addSelect(order.column, SORT_KEY).getQueryAndParameters();
    const values = [...parameters];
    const at = (value: unknown) => `$${values.push(value)}`;
    const direction = order.direction === SortDirection.ASC ? 'ASC' : 'DESC';
    const after = cursor
      ? `WHERE (m.${SORT_KEY}, m.${idColumn}) ${direction === 'ASC' ? '>' : '<'} (${at(cursor[0])}, ${at(cursor[1])})`
      : '';
    const rows: Record<string, unknown>[] = await query.connection.query(
      `WITH matched AS (${matched})
       SELECT total.n AS ${TOTAL}, page.*
         FROM (SELECT count(*)::int AS n FROM matched) total
         LEFT JOIN LATERAL (
           SELECT m.* FROM matched m ${after}
            ORDER BY m.${SORT_KEY} ${direction}, m.${idColumn} ${direction} LIMIT ${at(first + 1)}
         ) page ON true`,
      values,
      (query as unknown as { queryRunner?: QueryRunner }).queryRunner,
    );
    const count = Number(rows[0]?.[TOTAL] ?? 0);
    const found = rows.filter((row) => row[idColumn.slice(1, -1)] != null);
    const nodes = hydrateRows(query, found);
    const key = orderKey(order);
    const edges = nodes
      .slice(0, first)
      .map((node, index) => new LazyCursorEdge(node, key, found[index][SORT_KEY]));
    return { page: { edges, hasNextPage: nodes.length > first, resumeCursor }, count };
  };
  return lazyConnectionOf(
    () => (loaded ??= load()).then((result) => result.page),
    () => (loaded ??= load()).then((result) => result.count),
  );
}

/**
 * An empty page keeps `resumeCursor` (the `after` it was asked for) as its `endCursor`, so a poller that
 * keeps the last `endCursor` keeps its place instead of starting over.
 */
const pageInfoOf = <T>({ edges, hasNextPage, resumeCursor }: Page<T>): PageInfo => ({
  hasNextPage,
  hasPreviousPage: false,
  startCursor: edges[0]?.cursor ?? null,
  endCursor: edges.at(-1)?.cursor ?? resumeCursor ?? null,
});

/** Builds a connection object from edges (for lists that are not a single query builder). */
export function connectionOf<T>(
  edges: Edge<T>[],
  { hasNextPage, resumeCursor }: { hasNextPage: boolean; resumeCursor?: string | null },
  count: () => Promise<number>,
): Connection<T> {
  return {
    edges,
    get nodes() {
      return edges.map((edge) => edge.node);
    },
    pageInfo: pageInfoOf({ edges, hasNextPage, resumeCursor }),
    get totalCount() {
      return count();
    },
  };
}

/** A connection whose page and count each load on first use (`page` is called at most per field). */
export function lazyConnectionOf<T>(
  page: () => Promise<Page<T>>,
  count: () => Promise<number>,
): Connection<T> {
  return {
    get edges() {
      return page().then((loaded) => loaded.edges);
    },
    get nodes() {
      return page().then((loaded) => loaded.edges.map((edge) => edge.node));
    },
    get pageInfo() {
      return page().then(pageInfoOf);
    },
    get totalCount() {
      return count();
    },
  };
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort direction of a list.',
  valuesConfig: {
    ASC: { description: 'Smallest first: A to Z, oldest first.' },
    DESC: { description: 'Largest first: Z to A, newest first.' },
  },
});
