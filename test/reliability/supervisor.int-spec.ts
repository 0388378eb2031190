import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort } from '../../src/cli/throwaway-database';
import { readyDataDir, root, startServerProcess, TEST_JWT_SECRET } from '../support/processes';

/**
 * `npm start` under a supervisor (systemd, a container runtime, a process manager): the supervisor holds
 * the pid of the process it started, npm, and stops the service by signalling that pid alone, not the
 * process group. The API and its embedded PostgreSQL must stop with it, and free the port.
 */

let dataDir: string;
const started: number[] = [];
const running: ChildProcess[] = [];
beforeAll(() => {
  // Started before: what is tested is the stop, not initdb and the migrations.
  dataDir = readyDataDir();
});
afterAll(async () => {
  // Whatever a failed run left behind: the API first (it stops its PostgreSQL), then PostgreSQL itself.
  for (const pid of started.filter(alive)) process.kill(pid, 'SIGTERM');
  await waitUntil(() => !started.some(alive), 30_000);
  // An orphaned API would hold npm's output pipes open, and with them this test run.
  for (const npm of running) for (const stream of [npm.stdout, npm.stderr]) stream?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/** All processes below `pid`, with their command lines. */
function descendants(pid: number): { pid: number; args: string }[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, child, parent, args]) => ({ pid: Number(child), ppid: Number(parent), args }));
  const found: { pid: number; args: string }[] = [];
  const visit = (parent: number) => {
    for (const row of table.filter((r) => r.ppid === parent)) {
      found.push({ pid: row.pid, args: row.args });
      visit(row.pid);
    }
  };
  visit(pid);
  return found;
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

function startNpm(env: Record<string, string>): Promise<{ npm: ChildProcess; lines: string[] }> {
  const npm = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_PRETTY: 'false',
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      SEED: 'none',
      npm_config_update_notifier: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  running.push(npm);
  return new Promise((resolve, reject) => {
    npm.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        lines.push(line);
        if (line.includes('Regio Q4 API ready')) resolve({ npm, lines });
      }
    });
    npm.stderr!.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    npm.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${lines.join('\n')}`)));
  });
}

test('SIGTERM to the npm process of `npm start` stops the API and its PostgreSQL, and frees the port', async () => {
  const port = await freePort();
  const { npm, lines } = await startNpm({
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort()),
  });
  const tree = descendants(npm.pid!);
  const postgres = Number(
    readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  // Known before any expectation: should one fail, afterAll still stops what npm started.
  started.push(...tree.filter((p) => p.args.includes('dist/src/main.js')).map((p) => p.pid), postgres);
  // The node process itself, with the start script's flags (npm runs the script through `sh -c`, whose
  // command line names main.js too).
  const api = tree.find((p) => /^(\S*\/)?node\s+(--\S+\s+)*dist\/src\/main\.js/.test(p.args));
  expect(api).toBeDefined();
  expect(alive(postgres)).toBe(true);
  expect(await portFree(port)).toBe(false);

  const npmExit = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    npm.once('exit', (code, signal) => resolve({ code, signal })),
  );
  npm.kill('SIGTERM'); // the npm pid alone, as a supervisor does
  const exit = await npmExit;
  const gone = await waitUntil(
    async () => !alive(api!.pid) && !alive(postgres) && (await portFree(port)),
    20_000,
  );
  expect({
    apiAlive: alive(api!.pid),
    postgresAlive: alive(postgres),
    portFree: await portFree(port),
  }).toEqual({
    apiAlive: false,
    postgresAlive: false,
    portFree: true,
  });
  expect(gone).toBe(true);
  // npm waited for the API's clean shutdown (in-flight requests, the pool, then PostgreSQL) and reports it,
  // so the supervisor sees the service stopped only when it has.
  expect(exit).toEqual({ code: 0, signal: null });
  expect(lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
}, 180_000);

test('a second SIGINT while shutting down does not cut the shutdown short (Ctrl-C reaches the API from the terminal and again from npm)', async () => {
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    SEED: 'none',
    SHUTDOWN_TIMEOUT_MS: '2000',
  });
  const api = server.process.pid!;
  const postgres = Number(
    readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  started.push(api, postgres);
  // A request still in flight (its body not yet sent) keeps the shutdown busy for up to SHUTDOWN_TIMEOUT_MS.
  const { port } = new URL(server.url);
  const socket = net.connect(Number(port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
  );
  socket.on('error', () => {});
  await new Promise((resolve) => setTimeout(resolve, 200));

  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    server.process.once('exit', (code, signal) => resolve({ code, signal })),
  );
  server.process.kill('SIGINT');
  await waitUntil(() => server.lines.some((line) => line.includes('shutting down')), 10_000);
  server.process.kill('SIGINT');
  expect(await exit).toEqual({ code: 0, signal: null });
  expect(server.lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  expect(await waitUntil(() => !alive(postgres), 10_000)).toBe(true);
  socket.destroy();
}, 180_000);
