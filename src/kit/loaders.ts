import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from './context';
import { getEntities } from './hydrate';
import type { Connection, ConnectionArgs, KeysetOrder, Page } from './relay';
import {
  edgesOfRows,
  lazyConnectionOf,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  orderKey,
  SortDirection,
} from './relay';

export type Refine<E extends ObjectLiteral> = (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E>;

/**
 * One row per key: `SELECT ... WHERE <key> = ANY($1)`, results in key order, null where missing.
 * `key` is a property of the entity (default `id`).
 */
export function rowLoader<E extends ObjectLiteral>(
  ctx: Context,
  entity: EntityTarget<E>,
  key: keyof E & string = 'id',
  refine: Refine<E> = (query) => query,
): DataLoader<string, E | null> {
  return new DataLoader(async (keys) => {
    // One text for any number of keys (`= ANY($1)`): a named prepared statement, planned once per connection.
    const rows = await getEntities(
      refine(ctx.em.createQueryBuilder(entity, 'row').where(`row.${key} = ANY(:keys)`, { keys })),
      { prepared: true },
    );
    const byKey = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((value) => byKey.get(value) ?? null);
  });
}

/** All rows per key (a one-to-many relation), in the order `refine` gives, [] where none. */
export function groupLoader<E extends ObjectLiteral>(
  ctx: Context,
  entity: EntityTarget<E>,
  key: keyof E & string,
  refine: Refine<E> = (query) => query,
): DataLoader<string, E[]> {
  return new DataLoader(async (keys) => {
    const rows = await getEntities(
      refine(ctx.em.createQueryBuilder(entity, 'row').where(`row.${key} = ANY(:keys)`, { keys })),
      { prepared: true },
    );
    return groupRows(keys, rows, (row) => row[key]);
  });
}

/**
 * The rows of each key, in the order of `keys` (a DataLoader's batch function answers in key order): one pass
 * over the rows, for loaders whose statement is their own.
 */
export function groupRows<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => unknown): R[][] {
  const groups = new Map<string, R[]>(keys.map((value) => [value, []]));
  for (const row of rows) groups.get(String(keyOf(row)))?.push(row);
  return keys.map((value) => groups.get(value) ?? []);
}

/** Extra conditions of one call (a filter, the caller's visibility), named by `key` for batching. */
export interface Conditions<E extends ObjectLiteral> {
  key: string;
  refine: Refine<E>;
}

export interface ChildConnections<E extends ObjectLiteral> {
  load(parentId: string, args: ConnectionArgs, conditions?: Conditions<E>): Promise<Connection<E>>;
  /** Gives the `totalCount` of a parent without conditions, as a compiled list prefetched it. */
  primeCount(parentId: string, count: number): void;
  clearAll(): void;
}

/** The parent of a row: a property of it, or a column reached through a join (a many-to-many table). */
export type ParentKey<E> = (keyof E & string) | { column: string; join: Refine<E & ObjectLiteral> };

/**
 * Pages of a one-to-many relation for many parents at once, such as `Municipality.businesses` in a list of
 * municipalities: one query ranks each parent's rows (`row_number()` per parent) and keeps every parent's
 * page, one loads those rows, and one grouped count runs when `totalCount` is selected — however many
 * parents there are. The page loads only when `edges`, `nodes` or `pageInfo` is selected. Calls with the same page arguments and conditions share a batch. `order.column` and
 * the conditions (added with `andWhere`) use the alias `row`.
 */
export function childConnections<E extends ObjectLiteral & { id: string }>(
  ctx: Context,
  entity: EntityTarget<E>,
  parent: ParentKey<E>,
  order: KeysetOrder<E>,
): ChildConnections<E> {
  const parentColumn = typeof parent === 'string' ? `row.${parent}` : parent.column;
  const scoped = (parentIds: readonly string[], conditions: Conditions<E> | undefined) => {
    const query = ctx.em.createQueryBuilder(entity, 'row');
    if (typeof parent !== 'string') parent.join(query);
    query.where(`${parentColumn} = ANY(:parentIds)`, { parentIds });
    return conditions ? conditions.refine(query) : query;
  };

  const countLoader = (conditions: Conditions<E> | undefined) =>
    new DataLoader<string, number>(async (parentIds) => {
      const rows: { parent: string; count: string }[] = await scoped(parentIds, conditions)
        .select(parentColumn, 'parent')
        .addSelect('count(*)', 'count')
        .groupBy(parentColumn)
        .getRawMany();
      const byParent = new Map(rows.map((row) => [String(row.parent), Number(row.count)]));
      return parentIds.map((id) => byParent.get(id) ?? 0);
    });

  const pageLoader = (args: ConnectionArgs, conditions: Conditions<E> | undefined) =>
    new DataLoader<string, Page<E>>(async (parentIds) => {
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      const direction = order.direction;
      const ranked = scoped(parentIds, conditions)
        .select('row.id', 'id')
        .addSelect(parentColumn, 'parent')
        .addSelect(
          `row_number() OVER (PARTITION BY ${parentColumn} ORDER BY ${order.column} ${direction}, row.id ${direction})`,
          'rank',
        );
      if (args.after) {
        const [value, id] = decodeCursor(args.after, orderKey(order), order.type);
        ranked.andWhere(
          `(${order.column}, row.id) ${direction === SortDirection.ASC ? '>' : '<'} (:cursorValue, :cursorId)`,
          { cursorValue: value, cursorId: id },
        );
      }
      const page: { id: string; parent: string }[] = await ctx.em
        .createQueryBuilder()
        .select('ranked.id', 'id')
        .addSelect('ranked.parent', 'parent')
        .from(`(${ranked.getQuery()})`, 'ranked')
        .where('ranked.rank <= :limit')
        .setParameters({ ...ranked.getParameters(), limit: first + 1 })
        .orderBy('ranked.parent')
        .addOrderBy('ranked.rank')
        .getRawMany();
      const rows = page.length
        ? await getEntities(
            ctx.em
              .createQueryBuilder(entity, 'row')
              .where('row.id = ANY(:ids)', { ids: page.map((row) => row.id) }),
          )
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return parentIds.map((parentId) => {
        const nodes = page.filter((row) => String(row.parent) === parentId).map((row) => byId.get(row.id)!);
        const edges = edgesOfRows(order, nodes.slice(0, first));
        return { edges, hasNextPage: nodes.length > first };
      });
    });

  const counts = new Map<string, DataLoader<string, number>>();
  const pages = new Map<string, DataLoader<string, Page<E>>>();
  const countOf = (conditions: Conditions<E> | undefined) => {
    const conditionsKey = conditions?.key ?? '';
    let count = counts.get(conditionsKey);
    if (!count) counts.set(conditionsKey, (count = countLoader(conditions)));
    return count;
  };
  return {
    async load(parentId, args, conditions) {
      // A bad cursor fails the connection field itself, not each of its fields once the page loads.
      if (args.after) decodeCursor(args.after, orderKey(order), order.type);
      const conditionsKey = conditions?.key ?? '';
      const count = countOf(conditions);
      const key = JSON.stringify([args.first ?? DEFAULT_PAGE_SIZE, args.after ?? null, conditionsKey]);
      let loader = pages.get(key);
      if (!loader) pages.set(key, (loader = pageLoader(args, conditions)));
      const pageLoaded = loader;
      const countLoaded = count;
      // The page and the count each load only when a field of theirs is resolved: a list that selects
      // only `totalCount` ranks no rows.
      return lazyConnectionOf(
        () => pageLoaded.load(parentId),
        () => countLoaded.load(parentId),
      );
    },
    primeCount(parentId, count) {
      countOf(undefined).prime(parentId, count);
    },
    clearAll() {
      pages.clear();
      counts.clear();
    },
  };
}
