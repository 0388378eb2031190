import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { createDataSource, openDatabase, poolTimeouts } from '../database';
import { createLogger } from '../logger';
import { startWorker } from '../notification-worker';

/**
 * `npm run worker`: the notification worker alone, for installations that run it apart from the API (any
 * number of them on one database; set NOTIFICATIONS_WORKER=false on the API processes then). It expects the
 * database migrated by the API's start-up.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config);
  const database = await openDatabase(
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir, port: config.embeddedPgPort },
    log,
  );
  const dataSource = createDataSource(database.url, { poolSize: 4, log, ...poolTimeouts(config) });
  await dataSource.initialize();
  const worker = await startWorker(config, dataSource, database.url, log);
  log.info(`Regio Q4 worker ready — database: ${database.description}`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'worker shutting down: finishing running jobs');
    void (async () => {
      await worker.stop();
      await dataSource.destroy();
      await database.stop();
      log.info('worker stopped');
      log.flush();
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(
    `Worker start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
