import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { throwawayDatabase } from '../../src/cli/throwaway-database';
import { createDataSource } from '../../src/database';
import { seedMissingDemoData } from '../../src/seed';

export const TEMPLATE_EMPTY = 'q4_template_empty';
export const TEMPLATE_DEMO = 'q4_template_demo';

/**
 * Compiles the server for the tests that run it as its own process (`test/support/processes.ts`), unless
 * `dist/` is already current (the same step as `npm start` and the CLIs).
 */
function buildServer(): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-if-stale.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}

/**
 * Compiles the server, starts one real PostgreSQL for the whole run and prepares two template databases after the real
 * migrations: empty, and with the demo data. Each test file then copies one (near-instant).
 */
export default async function globalSetup(): Promise<void> {
  buildServer();
  const database = await throwawayDatabase();
  (globalThis as { __q4Database?: typeof database }).__q4Database = database;
  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  for (const name of [TEMPLATE_EMPTY, TEMPLATE_DEMO]) {
    await admin.query(`CREATE DATABASE ${name}`);
    const dataSource = createDataSource(database.url.replace(/\/[^/]+$/, `/${name}`));
    await dataSource.initialize();
    await dataSource.runMigrations();
    if (name === TEMPLATE_DEMO) await seedMissingDemoData(dataSource);
    await dataSource.destroy();
    await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true`);
  }
  await admin.end();
  process.env.Q4_TEST_DATABASE_URL = database.url;
}
