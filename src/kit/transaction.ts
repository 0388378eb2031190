import type { EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { enterAuditContext } from './audit';
import type { Context } from './context';
import type { Node } from './relay';
import { flushOutbox } from './notifications';
import { fromGlobalId } from './relay';

class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super('rollback');
  }
}

function hasUserErrors(value: unknown): boolean {
  const errors = (value as { userErrors?: unknown[] } | null)?.userErrors;
  return Array.isArray(errors) && errors.length > 0;
}

/**
 * Runs `fn` in one transaction with a context whose `em` and loaders belong to it. A result that carries
 * `userErrors` is returned after a rollback, so a refused mutation changes nothing; a thrown error rolls
 * back too. The transaction's notifications are queued by one statement just before it commits. Afterwards
 * the request's loaders are cleared, so later fields read what was committed. Every change in it is recorded
 * in the audit trail under the viewer's name (`enterAuditContext`).
 */
export async function withTransaction<T>(ctx: Context, fn: (tx: Context) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transaction(async (em) => {
      const tx: Context = { ...ctx, em, outbox: [] };
      await enterAuditContext(tx);
      tx.loaders = ctx.createLoaders(tx);
      const result = await fn(tx);
      if (hasUserErrors(result)) throw new Rollback(result);
      await flushOutbox(tx);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as T;
    throw error;
  } finally {
    clearLoaders(ctx.loaders);
  }
}

/** Empties the caches of the loaders made so far (a module's set that was never used is left unmade). */
export function clearLoaders(loaders: Context['loaders']): void {
  for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(loaders))) {
    if (!('value' in descriptor)) continue;
    for (const loader of Object.values(descriptor.value as Record<string, { clearAll?: () => void }>)) {
      loader.clearAll?.();
    }
  }
}

/**
 * Reads the row of a global id and locks it until the transaction ends (null when there is none): the
 * start of every change to an existing row, so concurrent changes to it take turns.
 */
export function findForUpdate<E extends Node>(
  tx: Context,
  entity: new () => E,
  globalId: string,
): Promise<E | null> {
  const { id } = fromGlobalId(globalId, entity.name);
  return lockRow(tx, entity, { id } as FindOptionsWhere<E>);
}

/**
 * Reads the row that `where` finds and locks it until the transaction ends (null when there is none): for a
 * row known by its database id or another key, and for the parent row that a capacity-like rule locks.
 * `share` lets other readers that share-lock it go on together (many quotes on one request), while a change to
 * the row waits for them all.
 */
export function lockRow<E extends ObjectLiteral>(
  tx: Context,
  entity: EntityTarget<E>,
  where: FindOptionsWhere<E>,
  mode: 'update' | 'share' = 'update',
): Promise<E | null> {
  return tx.em.findOne(entity, {
    where,
    lock: { mode: mode === 'share' ? 'pessimistic_read' : 'pessimistic_write' },
  });
}
