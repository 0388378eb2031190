import type { Context } from './context';

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
 * back too. Afterwards the request's loaders are cleared, so later fields read what was committed.
 */
export async function withTransaction<T>(ctx: Context, fn: (tx: Context) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transaction(async (em) => {
      const tx: Context = { ...ctx, em };
      tx.loaders = ctx.createLoaders(tx);
      const result = await fn(tx);
      if (hasUserErrors(result)) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as T;
    throw error;
  } finally {
    clearLoaders(ctx.loaders);
  }
}

export function clearLoaders(loaders: Context['loaders']): void {
  for (const group of Object.values(
    loaders as unknown as Record<string, Record<string, { clearAll?: () => void }>>,
  )) {
    for (const loader of Object.values(group)) loader.clearAll?.();
  }
}
