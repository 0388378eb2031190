import type { ClassType } from 'type-graphql';
import { ArgsType, Field, ID, InterfaceType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PrimaryGeneratedColumn } from 'typeorm';
import { badUserInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/**
 * A refused id. The error keeps the id (not shown to the client), so the error formatter can name the
 * argument or input field that held it (`fields: [{ path: ["input", "businessId"] }]`) for every caller.
 */
function invalidId(globalId: string, problem: string): Error {
  const error = badUserInput(`${JSON.stringify(globalId)} ${problem}`);
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
    throw invalidId(globalId, 'is not a valid id');
  }
  if (expectedType && type !== expectedType) {
    throw invalidId(globalId, `is the id of a ${type}, not of a ${expectedType}`);
  }
  return { type, id };
}

/**
 * Every entity type implements Node. Its GraphQL `id` is the opaque global id; the database id (a uuid)
 * never reaches the schema. Values must be entity instances: the class name is the GraphQL type name.
 */
@InterfaceType({
  description: 'An object with a globally unique id that `node(id:)` can refetch.',
  resolveType: (value: object) => value.constructor.name,
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
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Always false: pagination runs forward only.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter: the count query runs only when the field is resolved. */
  readonly totalCount: Promise<number>;
}

const connectionTypes = new Map<ClassType, ClassType<Connection<unknown>>>();

/** The `<Type>Connection` and `<Type>Edge` object types for a node class (created once per class). */
export function ConnectionType<T extends object>(NodeClass: ClassType<T>): ClassType<Connection<T>> {
  const existing = connectionTypes.get(NodeClass);
  if (existing) return existing as ClassType<Connection<T>>;
  const name = NodeClass.name;

  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => NodeClass)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
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
export const orderKey = (order: KeysetOrder<never>) => order.column.replace(/^[^.]+\./, '');

/** The cursor of a row in a list ordered by `order`. */
export function cursorOf<E extends { id: string }>(order: KeysetOrder<E>, row: E): string {
  const value = order.value(row);
  return encodeCursor(orderKey(order), value instanceof Date ? value.toISOString() : String(value), row.id);
}

/**
 * Keyset pagination over a query builder: `first + 1` rows after the cursor, ordered by the sort key then
 * id. The count query runs only when `totalCount` is selected.
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  args: ConnectionArgs,
  order: KeysetOrder<E>,
): Promise<Connection<E>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const idColumn = `${query.alias}.id`;
  const countQuery = query.clone();
  const page = query.clone().orderBy(order.column, order.direction).addOrderBy(idColumn, order.direction);
  if (args.after) {
    const [value, id] = decodeCursor(args.after, orderKey(order), order.type);
    const comparison = order.direction === SortDirection.ASC ? '>' : '<';
    page.andWhere(`(${order.column}, ${idColumn}) ${comparison} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await page.take(first + 1).getMany();
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: cursorOf(order, node) }));
  return connectionOf(edges, { hasNextPage }, () => countQuery.getCount());
}

/** Builds a connection object from edges (for lists that are not a single query builder). */
export function connectionOf<T>(
  edges: Edge<T>[],
  { hasNextPage }: { hasNextPage: boolean },
  count: () => Promise<number>,
): Connection<T> {
  return {
    edges,
    get nodes() {
      return edges.map((edge) => edge.node);
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
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
registerEnumType(SortDirection, { name: 'SortDirection' });
