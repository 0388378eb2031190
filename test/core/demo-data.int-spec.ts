import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database';
import { seedMissingDemoData } from '../../src/seed';
import { modules } from '../../src/modules';
import { createTestDatabase } from '../support/test-server';

async function withDatabase(template: 'demo' | 'empty', fn: (db: DataSource) => Promise<void>) {
  const database = await createTestDatabase(template);
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  try {
    await fn(dataSource);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

const count = async (db: DataSource, table: string) =>
  Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

test('an empty database gets every module’s demo data once', async () => {
  await withDatabase('empty', async (db) => {
    expect(await seedMissingDemoData(db)).toEqual(modules.map((m) => m.name));
    const events = await count(db, 'event');
    expect(events).toBeGreaterThan(0);
    expect(await seedMissingDemoData(db)).toEqual([]);
    expect(await count(db, 'event')).toBe(events);
  });
});

test('a database made before a module existed gets that module’s demo data, and only that', async () => {
  await withDatabase('demo', async (db) => {
    const businesses = await count(db, 'business');
    const events = await count(db, 'event');
    // As if networking had been added after this database was seeded.
    await db.query('DELETE FROM registration');
    await db.query('DELETE FROM event_host');
    await db.query('DELETE FROM event');
    await db.query(`DELETE FROM demo_data WHERE module = 'networking'`);

    expect(await seedMissingDemoData(db)).toEqual(['networking']);
    expect(await count(db, 'event')).toBe(events);
    expect(await count(db, 'business')).toBe(businesses);
  });
});
