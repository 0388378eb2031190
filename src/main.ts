import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

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
  // The server's code (TypeORM, Apollo, every module) takes seconds to load on a busy machine: it is loaded
  // after the configuration is known to be good, so that a bad one is reported at once.
  const { startApp } = await import('./app.js');
  const app = await startApp(config, log);
  log.info(
    `Regio Q4 API ready: ${app.url}/graphql (playground in the browser) — database: ${app.database.description}`,
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    // A repeated signal must not end the process mid-shutdown (its default action once no listener is left):
    // Ctrl-C under `npm start` reaches the API twice, from the terminal and forwarded by npm, and a process
    // killed by a signal leaves its PostgreSQL running. The drain is bounded by SHUTDOWN_TIMEOUT_MS anyway.
    if (stopping) {
      log.info({ signal }, 'already shutting down');
      return;
    }
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    app.stop().then(
      () => {
        log.info('stopped');
        log.flush();
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  // An unexpected error keeps its stack, to find where it came from; a StartupError says all there is.
  // (By name: the class is in the server's code, which may not have been loaded.)
  if (error instanceof Error && error.name !== 'StartupError' && error.stack) console.error(error.stack);
  process.exit(1);
});
