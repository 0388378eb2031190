import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from './context';

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
