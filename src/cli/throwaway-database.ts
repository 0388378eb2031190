import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startDatabase } from '../database';
import type { Logger } from '../logger';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * An embedded PostgreSQL in a temporary directory, removed again by `stop()`. Its server log goes to `log`
 * at debug level (the benchmark reads plans from it).
 */
export async function throwawayDatabase(
  log: Logger = pino({ level: 'warn' }),
): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-'));
  chmodSync(dataDir, 0o755); // PostgreSQL may run as another user (when started as root)
  const database = await startDatabase({ dataDir, port: await freePort() }, log);
  return {
    url: database.url,
    stop: async () => {
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
