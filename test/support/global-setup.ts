import 'reflect-metadata';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { freePort } from '../../src/cli/throwaway-database';
import { createDataSource, embeddedDataDir, startDatabase } from '../../src/database';
import { seedMissingDemoData } from '../../src/seed';

export const TEMPLATE_EMPTY = 'q4_template_empty';
export const TEMPLATE_DEMO = 'q4_template_demo';

/**
 * Compiles the server for the tests that run it as its own process (`test/support/processes.ts`), unless
 * `dist/` is already current (the same step as `npm start` and the CLIs), without type checking: the tests
 * check no types anywhere else either (`npm run typecheck` does), and tsc emits the same files.
 */
function buildServer(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const build = spawn(process.execPath, [path.join(root, 'scripts', 'build-if-stale.mjs'), '--no-check'], {
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

/** Where type-graphql, class-validator and TypeORM keep what their decorators declare. */
const METADATA_STORES = [
  'TypeGraphQLMetadataStorage',
  'classValidatorMetadataStorage',
  'typeormMetadataArgsStorage',
];

/** The settings of the run's own cluster: nothing in it must survive a crash of the machine. */
const THROWAWAY_SETTINGS = ['fsync = off', 'full_page_writes = off', 'synchronous_commit = off'];

/**
 * Compiles the server while it starts one real PostgreSQL for the whole run and prepares two template databases:
 * empty after the real migrations, and a copy of that with the demo data. Each test file then copies one
 * (near-instant). A stopped copy of the whole cluster, its `regio_q4` database with the demo data, is the
 * data directory of an installation that has started before: `readyDataDir()` (test/support/processes.ts)
 * copies it for the tests that run `npm start` on a data directory but do not test its first start, so they
 * need neither initdb nor the migrations and demo data.
 */
export default async function globalSetup(): Promise<void> {
  const built = buildServer();
  built.catch(() => undefined); // awaited below; a failure meanwhile is not an unhandled rejection
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-'));
  const readyDir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-ready-'));
  for (const dir of [dataDir, readyDir]) chmodSync(dir, 0o755); // PostgreSQL runs as postgres under root
  const log = pino({ level: 'warn' });
  const settings = { dataDir, port: await freePort() };
  let database = await startDatabase(settings, log);
  const state: TestDatabaseState = {
    stop: async () => {
      await database.stop();
      for (const dir of [dataDir, readyDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
  (globalThis as { __q4Database?: TestDatabaseState }).__q4Database = state;
  // `postgres`: the database that `regio_q4` is replaced in.
  const maintenance = database.url.replace(/\/[^/]+$/, '/postgres');
  let admin = new Client({ connectionString: maintenance });
  await admin.connect();
  const applySettings = async (client: Client, settings: string[]) => {
    for (const setting of settings) await client.query(`ALTER SYSTEM SET ${setting}`);
    await client.query('SELECT pg_reload_conf()');
  };
  await applySettings(admin, THROWAWAY_SETTINGS);
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

  // The installation that has started before: `regio_q4` with the demo data, the settings as initdb made them,
  // stopped cleanly and copied as it is on disk (owner and modes too: `cp -a`).
  await admin.query('DROP DATABASE regio_q4');
  await admin.query(`CREATE DATABASE regio_q4 TEMPLATE ${TEMPLATE_DEMO}`);
  await admin.query('ALTER SYSTEM RESET ALL');
  await admin.end();
  await database.stop();
  execFileSync('cp', ['-a', embeddedDataDir(dataDir), embeddedDataDir(readyDir)]);
  database = await startDatabase(settings, log);
  admin = new Client({ connectionString: maintenance });
  await admin.connect();
  await applySettings(admin, THROWAWAY_SETTINGS);
  await admin.end();

  await built;
  process.env.Q4_TEST_DATABASE_URL = database.url;
  process.env.Q4_TEST_READY_DATA_DIR = readyDir;

  // Preparing the templates imported the app here, which left its decorators' metadata stores on the global of
  // jest's own process. Jest copies that global's properties into every test file it runs in this process (one
  // file, a few short ones, `--runInBand`), where the stores would gather the classes of every file: removed.
  for (const store of METADATA_STORES) delete (globalThis as Record<string, unknown>)[store];
}

export interface TestDatabaseState {
  stop(): Promise<void>;
}
