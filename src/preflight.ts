import net from 'node:net';
import type { AppConfig } from './config';
import { embeddedDataDir } from './database';
import { runningPostmaster } from './postgres-process';

/** A start-up failure whose message names the cause and the fix; printed without a stack trace. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError(
            `Port ${port} on ${host} is already in use, probably by another \`npm start\`. ` +
              'Stop that process, or set PORT to a free port.',
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new StartupError(`Not allowed to listen on port ${port}: set PORT to a port above 1023.`));
      } else reject(error);
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * What would otherwise fail only after PostgreSQL, the migrations and the demo data (or with a bare
 * "undefined" from PostgreSQL): another API on the same data directory or the same HTTP port. Checked
 * first, in milliseconds.
 */
export async function preflight(config: AppConfig): Promise<void> {
  if (!config.databaseUrl) {
    const dataDir = embeddedDataDir(config.dataDir);
    const running = runningPostmaster(dataDir);
    if (running) {
      throw new StartupError(
        `The data directory ${dataDir} is in use by a PostgreSQL (pid ${running.pid}, port ${running.port}), ` +
          'probably of another `npm start`. Stop that one first (Ctrl-C in its terminal; if its API was ' +
          `killed, \`kill ${running.pid}\` stops the PostgreSQL it left), or set DATA_DIR to another directory.`,
      );
    }
  }
  await assertPortFree(config.host, config.port);
}
