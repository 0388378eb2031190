import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import type { Context } from './context';
import { badUserInput } from './errors';
import { hydrateRows } from './hydrate';
import type { PrefetchPlan } from './prefetch';
import type { Connection, ConnectionArgs, CursorValueType, Page } from './relay';
import {
  cursorValue,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  isCursorValue,
  LazyCursorEdge,
  lazyConnectionOf,
  SortDirection,
} from './relay';

/** A connection whose `totalCount` stops at a cap; `totalCountIsCapped` says whether it did. */
export interface CappedConnection<T> extends Connection<T> {
  readonly totalCountIsCapped: Promise<boolean>;
}

export interface GroupedOrder {
  /** SQL expression of the key within a group, e.g. an indexed column; the main alias's id breaks ties. */
  column: string;
  /** Names the ordering in its cursors, so that another ordering's cursor is refused. */
  name: string;
  type: CursorValueType;
  direction: SortDirection;
  /**
   * Ranked: all rows of the first group come before the second's (the group is the first part of the key,
   * e.g. full-text hits before name hits). Otherwise the groups only split the search into indexed lookups
   * and their rows are merged by the key.
   */
  ranked: boolean;
}

/**
 * A first look for the count: a condition that the matches of a search mostly share and that one index finds
 * on its own (the CPV subtree of a trade search, whose words name the same trade). Written as a group's
 * condition, on the query's alias.
 */
export interface CountProbe {
  where: string;
  parameters?: ObjectLiteral;
}

const SORT_KEY = 'grouped_sort_key';
const GROUP = 'grouped_group';
const TOTAL = 'grouped_total_count';
const PROBE = 'grouped_probe';
/** The most rows a probe reads (for a cap of 9,999): for larger caps the count goes without one. */
const MAX_PROBE_ROWS = 40_000;

/**
 * A page and a capped count in ONE statement, for searches whose matches come from several indexed lookups
 * (`groups`: conditions added to `query`, which must not overlap). Each group is its own branch, ordered by
 * the key and limited to the page, so PostgreSQL can walk an index in the key's order and stop after the
 * page instead of finding and sorting every match; the branches are then merged (or ranked, group by
 * group). The count counts each group up to `cap + 1` rows, so it too stops early: `totalCount` is exact up
 * to `cap`, and `cap` with `totalCountIsCapped` beyond it. `query` selects only its main alias's columns
 * (joins only filter, one row per entity). The statement runs on first use of the page or the count.
 *
 * With `compiled` (the compiled list path, `prefetchPlan`), the page's rows also bring what the selection
 * needs, computed for the page's rows only (after the limit), and the loaders are primed with it. The
 * statement stays unnamed: its best plan depends on the words (how many names match), which a generic plan
 * of a prepared statement would not see.
 *
 * With a `probe`, each group is first counted among the first `4 × (cap + 1)` rows that pass the probe's
 * condition alone, in whatever order PostgreSQL reads them (one index or a scan, then a test per row). When
 * more than `cap` of them match, the group has more than `cap` matches and its count is done; otherwise it
 * is counted as without a probe (PostgreSQL evaluates that count only then). For conditions that go
 * together, such as words and the CPV subtree of one trade, the planner multiplies their selectivities,
 * underestimates the matches and ANDs every index's whole bitmap (at 2,000,000 suppliers: 180–190 ms of the
 * count for one municipality, most of it a bitmap of 915,863 rows); the probe finds the cap among a few
 * thousand rows instead. It never changes the count, only how soon it is known. Caps above 9,999 go without
 * a probe (`MAX_PROBE_ROWS`).
 */
export function groupedPage<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  groups: { where: string; parameters?: ObjectLiteral }[],
  order: GroupedOrder,
  args: ConnectionArgs,
  cap: number,
  compiled?: { ctx: Context; plan: PrefetchPlan },
  probe?: CountProbe,
): CappedConnection<E> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const direction = order.direction === SortDirection.ASC ? 'ASC' : 'DESC';
  const idColumn = `${query.alias}.id`;
  const cursor = args.after ? decodeGroupedCursor(args.after, order, groups.length) : null;
  const values: unknown[] = [];
  // Each branch is a statement of TypeORM's with its own $1…$n: renumbered after the values before it.
  const branch = (built: SelectQueryBuilder<ObjectLiteral>) => {
    const [sql, parameters] = built.getQueryAndParameters();
    const offset = values.length;
    values.push(...parameters);
    return sql.replace(/\$(\d+)\b/g, (_, n: string) => `$${Number(n) + offset}`);
  };
  const inGroup = (index: number) => query.clone().andWhere(groups[index].where, groups[index].parameters);

  // The probe's rows, whole (every group's conditions are tested on them), read once for all groups.
  const probeSize = 4 * (cap + 1);
  const probing = probe && probeSize <= MAX_PROBE_ROWS ? probe : undefined;
  const probeRows =
    probing &&
    branch(
      query.connection
        .createQueryBuilder()
        .select('*')
        .from(query.expressionMap.mainAlias!.target, query.alias)
        .where(probing.where, probing.parameters)
        .limit(probeSize),
    );
  const counted = groups.map((_, index) => {
    const upToCap = (built: SelectQueryBuilder<E>) =>
      `(SELECT count(*) FROM (${branch(built.select('1', 'one').limit(cap + 1))}) up_to_cap)`;
    const exact = upToCap(inGroup(index));
    if (!probing) return exact;
    // The same conditions on the probe's rows: in this clone (its aliases are its own), the query's table is
    // read as the probe.
    const sampled = inGroup(index);
    const from = sampled.expressionMap.aliases.find((a) => a.type === 'from' && a.name === query.alias)!;
    from.subQuery = PROBE;
    return `(SELECT CASE WHEN ${upToCap(sampled)} > ${cap} THEN ${cap + 1} ELSE ${exact} END)`;
  });
  const paged: string[] = [];
  groups.forEach((_, index) => {
    const built = inGroup(index)
      .addSelect(order.column, SORT_KEY)
      .addSelect(String(index), GROUP)
      .orderBy(order.column, order.direction)
      .addOrderBy(idColumn, order.direction)
      .limit(first + 1);
    if (cursor) {
      const comparison = order.direction === SortDirection.ASC ? '>' : '<';
      const passed = order.direction === SortDirection.ASC ? index < cursor.group : index > cursor.group;
      // A ranked group wholly before the cursor's has nothing left; the cursor's own group continues after
      // the key; a later one starts from its beginning.
      if (order.ranked && passed) return;
      if (!order.ranked || index === cursor.group) {
        built.andWhere(`(${order.column}, ${idColumn}) ${comparison} (:cursorValue, :cursorId)`, {
          cursorValue: cursor.value,
          cursorId: cursor.id,
        });
      }
    }
    paged.push(`(${branch(built)})`);
  });
  const pageOrder = (of: string) =>
    `${order.ranked ? `${of}.${GROUP} ${direction}, ` : ''}${of}.${SORT_KEY} ${direction}, ` +
    `${of}."${query.alias}_id" ${direction}`;
  // The prefetched values refer to the row under the query's alias: the page's rows joined again by id.
  const columns = compiled?.plan.columns ?? [];
  const table = query.expressionMap.mainAlias!.metadata.tablePath;
  const prefetch = columns.length
    ? {
        select: columns.map((column) => `, ${column.sql} AS ${column.alias}`).join(''),
        join: `LEFT JOIN "${table}" "${query.alias}" ON "${query.alias}".id = page."${query.alias}_id"`,
        order: `ORDER BY ${pageOrder('page')}`,
      }
    : { select: '', join: '', order: '' };
  const statement = `
    ${probeRows ? `WITH ${PROBE} AS MATERIALIZED (${probeRows})` : ''}
    SELECT total.n AS ${TOTAL}, page.*${prefetch.select}
      FROM (SELECT (${counted.join(' + ')})::int AS n) total
      LEFT JOIN LATERAL (
        SELECT m.* FROM (${paged.join(' UNION ALL ')}) m
         ORDER BY ${pageOrder('m')}
         LIMIT ${first + 1}
      ) page ON true
      ${prefetch.join}
     ${prefetch.order}`;

  let loaded: Promise<{ page: Page<E>; count: number }> | undefined;
  const load = async () => {
    const rows: Record<string, unknown>[] = await query.connection.query(
      statement,
      values,
      (query as unknown as { queryRunner?: QueryRunner }).queryRunner,
    );
    const count = Number(rows[0]?.[TOTAL] ?? 0);
    const found = rows.filter((row) => row[`${query.alias}_id`] != null);
    const nodes = hydrateRows(query, found);
    compiled?.plan.prime(compiled.ctx, nodes, found);
    const edges = nodes.slice(0, first).map((node, index) => {
      const value = found[index][SORT_KEY];
      // A ranked order's cursor names the group before the key (`1:2024-…`).
      const key = order.ranked ? `${String(found[index][GROUP])}:${cursorValue(value)}` : value;
      return new LazyCursorEdge(node, order.name, key);
    });
    return { page: { edges, hasNextPage: nodes.length > first, resumeCursor: args.after }, count };
  };
  const connection = lazyConnectionOf(
    () => (loaded ??= load()).then((result) => result.page),
    () => (loaded ??= load()).then((result) => Math.min(result.count, cap)),
  );
  return Object.defineProperty(connection, 'totalCountIsCapped', {
    get: () => (loaded ??= load()).then((result) => result.count > cap),
    enumerable: true,
  }) as CappedConnection<E>;
}

/** A cursor of `groupedPage`: for a ranked order, the group travels before the key (`1:2024-…`). */
function decodeGroupedCursor(
  cursor: string,
  order: GroupedOrder,
  groups: number,
): { group: number; value: string; id: string } {
  if (!order.ranked) {
    const [value, id] = decodeCursor(cursor, order.name, order.type);
    return { group: 0, value, id };
  }
  const [text, id] = decodeCursor(cursor, order.name, 'text');
  const match = /^(\d+):(.*)$/s.exec(text);
  if (!match || Number(match[1]) >= groups || !isCursorValue(order.type, match[2])) {
    throw badUserInput(`${JSON.stringify(cursor)} is not a valid cursor`, [
      { path: ['after'], message: 'not a cursor returned by this list' },
    ]);
  }
  return { group: Number(match[1]), value: match[2], id };
}
