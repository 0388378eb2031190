import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from './context';
import type { Connection, ConnectionArgs, KeysetOrder } from './relay';
import { connectionOf, cursorOf, decodeCursor, DEFAULT_PAGE_SIZE, orderKey, SortDirection } from './relay';

type Refine<E extends ObjectLiteral> = (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E>;

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
    const rows = await refine(
      ctx.em.createQueryBuilder(entity, 'row').where(`row.${key} = ANY(:keys)`, { keys }),
    ).getMany();
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
    const rows = await refine(
      ctx.em.createQueryBuilder(entity, 'row').where(`row.${key} = ANY(:keys)`, { keys }),
    ).getMany();
    const groups = new Map<string, E[]>(keys.map((value) => [value, []]));
    for (const row of rows) groups.get(String(row[key]))?.push(row);
    return keys.map((value) => groups.get(value) ?? []);
  });
}

export interface ChildConnections<E> {
  load(parentId: string, args: ConnectionArgs): Promise<Connection<E>>;
  clearAll(): void;
}

/**
 * Pages of a one-to-many relation for many parents at once, such as `Municipality.businesses` in a list of
 * municipalities: one query ranks each parent's rows (`row_number()` per parent) and keeps every parent's
 * page, one loads those rows, and one grouped count runs when `totalCount` is selected — however many
 * parents there are. `order.column` and `refine` (which adds conditions with `andWhere`) use the alias `row`.
 */
export function childConnections<E extends ObjectLiteral & { id: string }>(
  ctx: Context,
  entity: EntityTarget<E>,
  parentKey: keyof E & string,
  order: KeysetOrder<E>,
  refine: Refine<E> = (query) => query,
): ChildConnections<E> {
  const scoped = (parentIds: readonly string[]) =>
    refine(
      ctx.em.createQueryBuilder(entity, 'row').where(`row.${parentKey} = ANY(:parentIds)`, { parentIds }),
    );

  const counts = new DataLoader<string, number>(async (parentIds) => {
    const rows: { parent: string; count: string }[] = await scoped(parentIds)
      .select(`row.${parentKey}`, 'parent')
      .addSelect('count(*)', 'count')
      .groupBy(`row.${parentKey}`)
      .getRawMany();
    const byParent = new Map(rows.map((row) => [String(row.parent), Number(row.count)]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });

  const pageLoader = (args: ConnectionArgs) =>
    new DataLoader<string, Connection<E>>(async (parentIds) => {
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      const direction = order.direction;
      const ranked = scoped(parentIds)
        .select('row.id', 'id')
        .addSelect(`row.${parentKey}`, 'parent')
        .addSelect(
          `row_number() OVER (PARTITION BY row.${parentKey} ORDER BY ${order.column} ${direction}, row.id ${direction})`,
          'rank',
        );
      if (args.after) {
        const [value, id] = decodeCursor(args.after, orderKey(order));
        ranked.andWhere(
          `(${order.column}, row.id) ${direction === SortDirection.ASC ? '>' : '<'} (:cursorValue, :cursorId)`,
          {
            cursorValue: value,
            cursorId: id,
          },
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
        ? await ctx.em
            .createQueryBuilder(entity, 'row')
            .where('row.id = ANY(:ids)', { ids: page.map((row) => row.id) })
            .getMany()
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return parentIds.map((parentId) => {
        const nodes = page.filter((row) => String(row.parent) === parentId).map((row) => byId.get(row.id)!);
        const edges = nodes.slice(0, first).map((node) => ({ node, cursor: cursorOf(order, node) }));
        return connectionOf(edges, { hasNextPage: nodes.length > first }, () => counts.load(parentId));
      });
    });

  const pages = new Map<string, DataLoader<string, Connection<E>>>();
  return {
    load(parentId, args) {
      const key = JSON.stringify([args.first ?? DEFAULT_PAGE_SIZE, args.after ?? null]);
      let loader = pages.get(key);
      if (!loader) pages.set(key, (loader = pageLoader(args)));
      return loader.load(parentId);
    },
    clearAll() {
      pages.clear();
      counts.clearAll();
    },
  };
}
