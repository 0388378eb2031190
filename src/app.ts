import type { DataSource } from 'typeorm';
import { MigrationExecutor } from 'typeorm';
import type { AppConfig } from './config';
import type { DatabaseHandle } from './database';
import { createDataSource, poolTimeouts, startDatabase } from './database';
import type { Logger } from './logger';
import type { NotificationWorker } from './modules/notifications';
import { startWorker } from './notification-worker';
import { preflight } from './preflight';
import { purgeAuditTrail } from './modules/core';
import { getSchema } from './schema';
import { seedMissingDemoData } from './seed';
import type { Server } from './server';
import { createServer } from './server';

export interface RunningApp {
  url: string;
  database: DatabaseHandle;
  dataSource: DataSource;
  server: Server;
  /** The notification worker, when this process runs it (NOTIFICATIONS_WORKER, on by default). */
  worker: NotificationWorker | null;
  stop(): Promise<void>;
}

/** Start-up: database (embedded or DATABASE_URL), migrations, demo data, HTTP server. */
export async function startApp(config: AppConfig, log: Logger): Promise<RunningApp> {
  const startedAt = Date.now();
  await preflight(config); // another API on the same data directory or port: say so at once
  getSchema(); // a schema error should stop start-up before the database is touched
  const database = await startDatabase(
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir, port: config.embeddedPgPort },
    log,
  );
  // Migrations and demo data run on a connection of their own, without the statement timeout of requests,
  // and without slow-query warnings: a first start inserts thousands of rows at once, and says so itself.
  const setup = createDataSource(database.url, { poolSize: 1, log, slowQueryMs: 0 });
  const dataSource = createDataSource(database.url, {
    poolSize: config.poolSize,
    log,
    ...poolTimeouts(config),
  });
  try {
    await setup.initialize();
    if (config.runMigrations) {
      const pending = await new MigrationExecutor(setup).getPendingMigrations();
      if (pending.length === 0) {
        log.info('migrations: the database is up to date');
      } else {
        log.info({ pending: pending.length }, `migrations: applying ${pending.length} pending`);
        const migratingSince = Date.now();
        const applied = await setup.runMigrations({ transaction: 'each' });
        log.info(
          { migrations: applied.map((m) => m.name), durationMs: Date.now() - migratingSince },
          'migrations applied',
        );
      }
    }
    if (config.seed === 'demo') {
      if (config.env === 'production') {
        log.warn(
          { seed: config.seed, env: config.env },
          'SEED=demo in production: demo data with known accounts (the demo member, coach and buyers of the ' +
            'docs) is being loaded into a production instance; set SEED=none unless this is a demo server',
        );
      }
      const seedingSince = Date.now();
      const seeded = await seedMissingDemoData(setup, log);
      if (seeded.length > 0) {
        log.info({ modules: seeded, durationMs: Date.now() - seedingSince }, 'demo data loaded');
      } else {
        log.info('demo data: already there');
      }
    }
    const purged = await purgeAuditTrail(setup.manager);
    if (purged > 0) log.info({ purged }, 'audit trail: entries past the retention period deleted');
    await setup.destroy();
    await dataSource.initialize();
  } catch (error) {
    if (setup.isInitialized) await setup.destroy();
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
    throw error;
  }
  const server = await createServer(config, dataSource, log);
  const worker = config.notifications.worker
    ? await startWorker(config, dataSource, database.url, log, server.metrics.registry)
    : null;
  const url = await server.listen(config.port, config.host);
  log.info({ durationMs: Date.now() - startedAt, database: database.description }, 'started');
  // The retention period is enforced daily too, for servers that run for months (docs/audit-trail.md).
  const purgeDaily = setInterval(
    () => {
      purgeAuditTrail(dataSource.manager).then(
        (purged) => log.info({ purged }, 'audit trail: entries past the retention period deleted'),
        (error: unknown) => log.warn({ err: error }, 'audit trail: purge failed; retried tomorrow'),
      );
    },
    24 * 60 * 60 * 1000,
  );
  purgeDaily.unref();

  let stopping: Promise<void> | undefined;
  return {
    url,
    database,
    dataSource,
    server,
    worker,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(purgeDaily);
        // The worker first: its running jobs finish (or go back to the queue) while the database is there.
        await Promise.all([server.close(), worker?.stop()]);
        await dataSource.destroy();
        await database.stop();
      })()),
  };
}
