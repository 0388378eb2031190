import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The compiled server (`dist/`, built once by the global setup) as its own process, as `npm start` runs it:
 * for tests of start-up, shutdown, several instances on one database and faults.
 */
export const root = path.resolve(__dirname, '..', '..');
export const TEST_JWT_SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

/**
 * A new `DATA_DIR` of an installation that has started before (a copy of the one the global setup made):
 * PostgreSQL initialised, migrated, with the demo data, stopped cleanly. For tests of `npm start` that are not
 * about the first start, which costs initdb, every migration and the demo data. The caller removes it.
 */
export function readyDataDir(): string {
  const ready = process.env.Q4_TEST_READY_DATA_DIR;
  if (!ready) throw new Error('Q4_TEST_READY_DATA_DIR is not set: run the tests through jest (global setup)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-data-'));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as the postgres user when started as root
  // `cp -a`: PostgreSQL refuses a data directory with other owners or modes than it made.
  execFileSync('cp', ['-a', path.join(ready, 'postgres'), path.join(dir, 'postgres')]);
  return dir;
}

export interface ServerProcess {
  process: ChildProcessWithoutNullStreams;
  url: string;
  /** Everything the process printed, a line each (stderr chunks as they came). */
  lines: string[];
}

/** `detached`: in a process group of its own, as a terminal runs it (signal the group with `-pid`). */
export function startServerProcess(
  env: Record<string, string>,
  options: { detached?: boolean } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'src', 'main.js')], {
    cwd: root,
    detached: options.detached ?? false,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_PRETTY: 'false',
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      ...env,
    },
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const match = /Regio Q4 API ready: (http:\/\/\S+)\/graphql/.exec(line);
        if (match) resolve({ process: child, url: match[1], lines });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${lines.join('\n')}`)));
  });
}

/** Sends a signal (SIGTERM by default) and resolves with the exit code. */
export function stopServerProcess(
  running: ServerProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  return new Promise((resolve) => {
    if (running.process.exitCode !== null) return resolve(running.process.exitCode);
    running.process.once('exit', (code) => resolve(code));
    running.process.kill(signal);
  });
}

export async function postGraphQL(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return response.json();
}
