import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import type { DatabaseHandle } from './database';
import { createDataSource, poolTimeouts, startDatabase } from './database';
import type { Logger } from './logger';
import { preflight } from './preflight';
import { getSchema } from './schema';
import { seedMissingDemoData } from './seed';
import type { Server } from './server';
import { createServer } from './server';

export interface RunningApp {
  url: string;
  database: DatabaseHandle;
  dataSource: DataSource;
  server: Server;
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
  // Migrations and demo data run on a connection of their own, without the statement timeout of requests.
  const setup = createDataSource(database.url, { poolSize: 1, log });
  const dataSource = createDataSource(database.url, {
    poolSize: config.poolSize,
    log,
    ...poolTimeouts(config),
  });
  try {
    await setup.initialize();
    if (config.runMigrations) {
      const applied = await setup.runMigrations({ transaction: 'each' });
      if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    }
    if (config.seed === 'demo') {
      if (config.env === 'production') {
        log.warn(
          { seed: config.seed, env: config.env },
          'SEED=demo in production: demo data with known accounts (the demo member, coach and buyers of the ' +
            'README) is being loaded into a production instance; set SEED=none unless this is a demo server',
        );
      }
      const seeded = await seedMissingDemoData(setup);
      if (seeded.length > 0) log.info({ modules: seeded }, 'demo data loaded');
    }
    await setup.destroy();
    await dataSource.initialize();
  } catch (error) {
    if (setup.isInitialized) await setup.destroy();
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
    throw error;
  }
  const server = await createServer(config, dataSource, log);
  const url = await server.listen(config.port, config.host);
  log.info({ durationMs: Date.now() - startedAt, database: database.description }, 'started');

  let stopping: Promise<void> | undefined;
  return {
    url,
    database,
    dataSource,
    server,
    stop: () =>
      (stopping ??= (async () => {
        await server.close();
        await dataSource.destroy();
        await database.stop();
      })()),
  };
}
