import 'reflect-metadata';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { throwawayDatabase } from '../../src/cli/throwaway-database';
import { createDataSource } from '../../src/database';
import { seedMissingDemoData } from '../../src/seed';

export const TEMPLATE_EMPTY = 'q4_template_empty';
export const TEMPLATE_DEMO = 'q4_template_demo';

/**
 * Compiles the server for the tests that run it as its own process (`test/support/processes.ts`), unless
 * `dist/` is already current (the same step as `npm start` and the CLIs).
 */
function buildServer(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const build = spawn(process.execPath, [path.join(root, 'scripts', 'build-if-stale.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    build.once('error', reject);
    build.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the build failed (exit ${code})`)),
    );
  });
}

/**
 * Compiles the server while it starts one real PostgreSQL for the whole run and prepares two template databases:
 * empty after the real migrations, and a copy of that with the demo data. Each test file then copies one
 * (near-instant).
 */
export default async function globalSetup(): Promise<void> {
  const built = buildServer();
  built.catch(() => undefined); // awaited below; a failure meanwhile is not an unhandled rejection
  const database = await throwawayDatabase();
  (globalThis as { __q4Database?: typeof database }).__q4Database = database;
  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  // A throwaway cluster: nothing in it must survive a crash of the machine, so it need not wait for the disk.
  await admin.query('ALTER SYSTEM SET fsync = off');
  await admin.query('ALTER SYSTEM SET full_page_writes = off');
  await admin.query('ALTER SYSTEM SET synchronous_commit = off');
  await admin.query('SELECT pg_reload_conf()');
  const prepare = async (
    name: string,
    template: string,
    fill: (dataSource: DataSource) => Promise<unknown>,
  ) => {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const dataSource = createDataSource(database.url.replace(/\/[^/]+$/, `/${name}`));
    await dataSource.initialize();
    await fill(dataSource);
    await dataSource.destroy();
    await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true`);
  };
  await prepare(TEMPLATE_EMPTY, 'template0', (dataSource) => dataSource.runMigrations());
  await prepare(TEMPLATE_DEMO, TEMPLATE_EMPTY, (dataSource) => seedMissingDemoData(dataSource));
  await admin.end();
  await built;
  process.env.Q4_TEST_DATABASE_URL = database.url;
}
