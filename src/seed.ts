import type { DataSource } from 'typeorm';
import { buildContext } from './context';
import { withTransaction } from './kit';
import type { Logger } from './logger';
import { modules } from './modules';

/**
 * Loads the demo data of every module whose demo data is not loaded yet, in registry order, in one
 * transaction, and records each in `demo_data`: a database made before a module existed gets that
 * module's demo data on the next start. Returns the names of the modules it seeded. With a logger, says
 * each module's data as it is loaded and how long it took (a first start is mostly this and the migrations).
 */
export async function seedMissingDemoData(dataSource: DataSource, log?: Logger): Promise<string[]> {
  const ctx = buildContext(dataSource, { baseUrl: 'http://localhost' });
  return withTransaction(ctx, async (tx) => {
    // Two starts at once: the second waits here, then finds the data recorded and seeds nothing.
    await tx.em.query('LOCK TABLE demo_data IN EXCLUSIVE MODE');
    const rows: { module: string }[] = await tx.em.query('SELECT module FROM demo_data');
    const loaded = new Set(rows.map((row) => row.module));
    const seeded: string[] = [];
    for (const module of modules) {
      if (loaded.has(module.name)) continue;
      const startedAt = Date.now();
      await module.seedDemo?.(tx);
      await tx.em.query('INSERT INTO demo_data (module) VALUES ($1)', [module.name]);
      seeded.push(module.name);
      log?.info(
        { module: module.name, durationMs: Date.now() - startedAt },
        `demo data: ${module.name} loaded`,
      );
    }
    return seeded;
  });
}
