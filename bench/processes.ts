import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config';

export const root = path.resolve(__dirname, '..', '..');

/**
 * How `npm start` runs the server: the `start` script of package.json (environment assignments, `node`,
 * its flags, the entry file). The bench starts the API from it, so the Node flags and settings tuned there
 * are the ones measured.
 */
export function startCommand(): { env: Record<string, string>; args: string[]; script: string } {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = pkg.scripts.start;
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split('=');
    env[name] = value.join('=');
  }
  // `exec node ...`: the shell gives its place to node, so a signal to npm's child reaches the API.
  if (words[0] === 'exec') words.shift();
  if (words.shift() !== 'node' || words.some((word) => /[;&|<>$`'"]/.test(word))) {
    throw new Error(`The bench runs "npm start" as one node command, but the start script is: ${script}`);
  }
  return { env, args: words, script };
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
  lines: string[];
}

/** The processes started and not yet exited, so that an interrupted run can stop them (`stopStarted`). */
const started = new Set<ChildProcessWithoutNullStreams>();

/** Spawns a Node process and resolves once it prints the line that `ready` matches (its URL). */
function startProcess(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  onLine: (line: string) => void = () => {},
): Promise<Running> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
  started.add(child);
  child.once('exit', () => started.delete(child));
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      onLine(line);
      lines.push(line);
      if (lines.length > 200) lines.shift(); // the last lines are the ones that explain an exit
      const match = ready.exec(line);
      if (match) resolve({ child, url: match[1], lines });
    });
    child.stderr.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    child.once('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${lines.slice(-40).join('\n')}`)),
    );
  });
}

function stopProcess(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Stops every process the bench started that is still running (API, floor, engine, the explaining API). */
export async function stopStarted(): Promise<void> {
  await Promise.all([...started].map(stopProcess));
}

/** SQL statements of the API's GraphQL requests, from its JSON log lines, counted since the last `reset()`. */
export class SqlCounter {
  requests = 0;
  statements = 0;

  reset(): void {
    this.requests = 0;
    this.statements = 0;
  }

  /** Mean statements per request; null when no request was logged. */
  get perRequest(): number | null {
    return this.requests === 0 ? null : this.statements / this.requests;
  }

  read(line: string): void {
    // Only the request lines matter; a regular expression is cheaper than parsing every line.
    if (!line.includes('"msg":"request"') || !line.includes('"path":"/graphql"')) return;
    const count = /"sqlCount":(\d+)/.exec(line);
    if (count) {
      this.requests += 1;
      this.statements += Number(count[1]);
    }
  }
}

export interface ApiProcess {
  url: string;
  pid: number;
  poolSize: number;
  script: string;
  sql: SqlCounter;
  stop(): Promise<void>;
}

/** The API as `npm start` runs it, in production mode with JSON logs, on the bench's database. */
export async function startApi(settings: {
  databaseUrl: string;
  jwtSecret: string;
  port: number;
  extraArgs?: string[];
  /** Per-address and per-key limits on, high enough never to refuse the load generator: their cost counts. */
  rateLimits?: boolean;
}): Promise<ApiProcess> {
  const command = startCommand();
  const env = {
    ...command.env,
    NODE_ENV: 'production',
    DATABASE_URL: settings.databaseUrl,
    JWT_SECRET: settings.jwtSecret,
    HOST: '127.0.0.1',
    PORT: String(settings.port),
    LOG_PRETTY: 'false',
    LOG_LEVEL: 'info',
    SEED: 'none',
    PUBLIC_URL: `http://127.0.0.1:${settings.port}`,
    // One load generator on one address: the per-address and per-key limits would answer 429 at once. Their
    // own cost (counting every request) is therefore only in the figures with `--rate-limits`, which sets
    // limits no run reaches.
    RATE_LIMIT_PER_ADDRESS: settings.rateLimits ? '100000000' : '0',
    RATE_LIMIT_PER_API_KEY: settings.rateLimits ? '100000000' : '0',
  };
  const sql = new SqlCounter();
  const args = [...(settings.extraArgs ?? []), ...command.args];
  const running = await startProcess(args, env, /Regio Q4 API ready: (http:\/\/\S+)\/graphql/, (line) =>
    sql.read(line),
  );
  return {
    url: running.url,
    pid: running.child.pid!,
    poolSize: loadConfig({ ...process.env, ...env }).poolSize,
    script: command.script,
    sql,
    stop: () => stopProcess(running.child),
  };
}

export interface FloorProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startFloor(settings: {
  databaseUrl: string;
  poolSize: number;
  port: number;
}): Promise<FloorProcess> {
  const running = await startProcess(
    [path.join(__dirname, 'floor-server.js')],
    {
      DATABASE_URL: settings.databaseUrl,
      DB_POOL_SIZE: String(settings.poolSize),
      PORT: String(settings.port),
    },
    /floor ready: (http:\/\/\S+)/,
  );
  return { url: running.url, stop: () => stopProcess(running.child) };
}

export interface EngineProcess {
  url: string;
  pid: number;
  /** Requests and SQL statements the engine has served since it started. */
  stats(): Promise<{ requests: number; statements: number }>;
  stop(): Promise<void>;
}

/** The generic engine (`engine-server.ts`: graphql-js and join-monster) on a pool of the API's size. */
export async function startEngine(settings: {
  databaseUrl: string;
  poolSize: number;
  port: number;
  mode: 'join' | 'batch';
  prepared: boolean;
}): Promise<EngineProcess> {
  const running = await startProcess(
    [path.join(__dirname, 'engine-server.js')],
    {
      NODE_ENV: 'production',
      DATABASE_URL: settings.databaseUrl,
      DB_POOL_SIZE: String(settings.poolSize),
      PORT: String(settings.port),
      ENGINE_MODE: settings.mode,
      ENGINE_PREPARED: settings.prepared ? 'on' : 'off',
    },
    /engine ready: (http:\/\/\S+)/,
  );
  return {
    url: running.url,
    pid: running.child.pid!,
    stats: async () =>
      (await (await fetch(`${running.url}/stats`)).json()) as { requests: number; statements: number },
    stop: () => stopProcess(running.child),
  };
}

/**
 * The peak resident memory of a process while a workload runs: VmRSS sampled every 100 ms and the kernel's
 * own high-water mark VmHWM, which `reset()` clears (writing 5 to clear_refs) where the kernel allows it.
 */
export class RssSampler {
  private peakKiB = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly pid: number) {}

  private status(): Record<string, number> {
    const text = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Object.fromEntries(
      [...text.matchAll(/^(VmRSS|VmHWM):\s+(\d+) kB$/gm)].map((match) => [match[1], Number(match[2])]),
    );
  }

  reset(): void {
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
    } catch {
      // Not allowed here: the VmRSS samples still give the peak.
    }
    this.peakKiB = this.status().VmRSS ?? 0;
  }

  start(): void {
    this.timer = setInterval(() => {
      try {
        this.peakKiB = Math.max(this.peakKiB, this.status().VmRSS ?? 0);
      } catch {
        // The process has ended (an interrupted run stops it): the run reports that, not the sampler.
        this.stop();
      }
    }, 100);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Peak in MiB since the last reset. */
  get peakMiB(): number {
    const { VmRSS = 0, VmHWM = 0 } = this.status();
    return Math.max(this.peakKiB, VmRSS, VmHWM) / 1024;
  }
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on every Linux the bench runs on). */
const USER_HZ = 100;

/**
 * CPU time (user and system) a process has used, in seconds, from /proc/<pid>/stat: unlike requests per
 * second, it does not depend on what else runs on a shared machine.
 */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / USER_HZ;
}
