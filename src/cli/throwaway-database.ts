import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
 * at debug level (the benchmark reads plans from it). With `keepIn`, the data directory is that one and
 * stays after `stop()` (the benchmark reuses a large data set between runs).
 */
export async function throwawayDatabase(
  log: Logger = pino({ level: 'warn' }),
  keepIn?: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = keepIn ?? mkdtempSync(path.join(os.tmpdir(), 'regio-q4-'));
  if (keepIn) mkdirSync(keepIn, { recursive: true });
  chmodSync(dataDir, 0o755); // PostgreSQL may run as another user (when started as root)
  const database = await startDatabase({ dataDir, port: await freePort() }, log);
  return {
    url: database.url,
    stop: async () => {
      await database.stop();
      if (!keepIn) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
