import type { DataSource } from 'typeorm';
import { buildContext } from './context';
import { Municipality, withTransaction } from './modules/core';
import { modules } from './modules';

/** Loads every module's demo data in one transaction, only into an empty database. Returns whether it did. */
export async function seedDemoIfEmpty(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.manager.count(Municipality)) > 0) return false;
  const ctx = buildContext(dataSource, { baseUrl: 'http://localhost' });
  await withTransaction(ctx, async (tx) => {
    // Two starts at once: the second waits here, then finds the data and stops.
    await tx.em.query('LOCK TABLE municipality IN EXCLUSIVE MODE');
    if ((await tx.em.count(Municipality)) > 0) return;
    for (const module of modules) await module.seedDemo?.(tx);
  });
  return true;
}
