import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/cli/throwaway-database';
import { embeddedUrl } from '../../src/database';
import { signToken } from '../../src/kit';
import type { ServerProcess } from '../support/processes';
import {
  postGraphQL,
  readyDataDir,
  root,
  startServerProcess,
  stopServerProcess,
  TEST_JWT_SECRET,
} from '../support/processes';

/**
 * What a newcomer meets on the command line: `npm start` (the compiled server) and the CLIs beside it,
 * their messages and exit codes, and Ctrl-C in the terminal.
 */

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-cli-'));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as the postgres user when started as root
  dirs.push(dir);
  return dir;
}
/** A data directory that has started before (not a first start: test/core/startup.int-spec.ts has that). */
function readyDir(): string {
  const dir = readyDataDir();
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs a compiled script to its end: exit status and output. */
function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'dist', 'src', ...script.split('/')), ...args],
    {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', JWT_SECRET: TEST_JWT_SECRET, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('beside a running npm start on the embedded PostgreSQL', () => {
  let server: ServerProcess;
  let env: Record<string, string>;
  beforeAll(async () => {
    env = {
      DATA_DIR: readyDir(),
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
    };
    server = await startServerProcess(env);
  }, 120_000);
  afterAll(async () => {
    if (server) expect(await stopServerProcess(server)).toBe(0);
  });

  test('apikey makes a key in the database the server uses, and the server accepts it', async () => {
    const made = run(
      'cli/apikey.js',
      ['--organisation', 'Nationaal Park Utrechtse Heuvelrug', '--scopes', 'events:read'],
      env,
    );
    expect(made.stderr).toContain('Calendar subscription URL: http://');
    expect(made.status).toBe(0);
    const key = made.stdout.trim().split('\n').at(-1)!;
    const me = await postGraphQL(server.url, '{ me { kind scopes } }', { 'x-api-key': key });
    expect(me.data.me).toEqual({ kind: 'API_KEY', scopes: ['EVENTS_READ'] });
  });

  test('apikey for an unknown organisation fails, names the known ones, and makes nothing', async () => {
    const made = run('cli/apikey.js', ['--organisation', 'Bestaat Niet', '--scopes', 'events:read'], env);
    expect(made.status).toBe(2);
    expect(made.stderr).toContain('No organisation named "Bestaat Niet"');
    expect(made.stderr).toContain('Nationaal Park Utrechtse Heuvelrug');
    expect(made.stdout).toBe('');
  });

  test('a second start on the same data directory stops at once and says why and what to do', () => {
    const second = run('main.js', [], { ...env, PORT: '0' });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`is in use by a PostgreSQL`);
    expect(second.stderr).toContain('set DATA_DIR');
    expect(second.stderr).not.toContain('undefined');
    // The running server did not notice.
    expect(server.process.exitCode).toBeNull();
  });

  test('a second start on the same port stops before it touches a database', () => {
    const dataDir = tempDir();
    const second = run('main.js', [], { ...env, DATA_DIR: dataDir });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`Port ${env.PORT} on 127.0.0.1 is already in use`);
    expect(second.stderr).toContain('set PORT');
    expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
  });
});

test('apikey against a database that does not answer names the cause and the fix', async () => {
  const port = await freePort(); // nothing listens there
  const made = run('cli/apikey.js', ['--organisation', 'Wie Dan Ook', '--scopes', 'events:read'], {
    DATABASE_URL: `postgres://q4:q4@127.0.0.1:${port}/q4`,
  });
  expect(made.status).toBe(1);
  expect(made.stderr).toContain(`connect ECONNREFUSED 127.0.0.1:${port}`);
  expect(made.stderr).toContain('check DATABASE_URL');
});

test('token and apikey print their usage for --help (exit 0), and with it name an unknown option (exit 2)', () => {
  for (const [script, usage] of [
    ['cli/token.js', 'usage: npm run -s token -- --role <'],
    ['cli/apikey.js', 'usage: npm run -s apikey -- --organisation'],
  ]) {
    for (const flag of ['--help', '-h']) {
      const help = run(script, [flag], {});
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(usage);
      expect(help.stderr).toBe('');
    }
    const wrong = run(script, ['--rol', 'ADMIN'], {});
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--rol'");
    expect(wrong.stderr).toContain(usage);
  }
  expect(run('cli/token.js', ['--help'], {}).stdout).toContain('CIVIL_SERVANT');
  expect(run('cli/apikey.js', ['--help'], {}).stdout).toContain('events:read');
});

test('a too-short JWT_SECRET is named, not shown', () => {
  const started = run('main.js', [], { JWT_SECRET: 'kort-en-geheim' });
  expect(started.status).toBe(2);
  expect(started.stderr).toContain('JWT_SECRET: must be at least 32 characters');
  expect(started.stdout + started.stderr).not.toContain('kort-en-geheim');
});

test('the build step of npm start and the CLIs does nothing when dist/ is current', () => {
  const script = path.join(root, 'scripts', 'build-if-stale.mjs');
  execFileSync(process.execPath, [script], { cwd: root }); // current after this (the global setup built it)
  const stamp = path.join(root, 'dist', '.build-stamp');
  const builtAt = statSync(stamp).mtimeMs;
  const again = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
  expect(again.status).toBe(0);
  expect(statSync(stamp).mtimeMs).toBe(builtAt);
});

test('the build step says when it compiles, on standard error, and why; silent when dist/ is current', () => {
  // A project of one file beside a copy of the script, compiled by the real tsc (it finds the root's).
  const project = tempDir();
  mkdirSync(path.join(project, 'scripts'));
  mkdirSync(path.join(project, 'src'));
  copyFileSync(
    path.join(root, 'scripts', 'build-if-stale.mjs'),
    path.join(project, 'scripts', 'build-if-stale.mjs'),
  );
  symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  writeFileSync(path.join(project, 'src', 'main.ts'), 'export const answer: number = 42;\n');
  writeFileSync(
    path.join(project, 'tsconfig.build.json'),
    JSON.stringify({ compilerOptions: { rootDir: 'src', outDir: 'dist' }, include: ['src'] }),
  );
  const build = () =>
    spawnSync(process.execPath, [path.join(project, 'scripts', 'build-if-stale.mjs')], {
      cwd: project,
      encoding: 'utf8',
    });

  const first = build();
  expect(first.status).toBe(0);
  expect(first.stdout).toBe(''); // what the CLIs print there stays theirs alone
  expect(first.stderr).toMatch(/^Compiling the API \(first start, about \d+ s\)…\nCompiled in \d+ s\.\n$/);
  expect(existsSync(path.join(project, 'dist', 'main.js'))).toBe(true);

  expect(build().stderr).toBe('');

  const later = new Date(Date.now() + 5_000);
  utimesSync(path.join(project, 'src', 'main.ts'), later, later);
  expect(build().stderr).toMatch(/^Compiling the API \(changed sources\)…\nCompiled in \d+ s\.\n$/);
});

test('Ctrl-C in the terminal: the request in flight finishes, the exit is 0, PostgreSQL needs no recovery', async () => {
  const env = {
    DATA_DIR: readyDir(),
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'debug', // PostgreSQL's own messages are logged at debug
  };
  const first = await startServerProcess(env, { detached: true });
  const admin = {
    authorization: `Bearer ${await signToken(TEST_JWT_SECRET, { sub: 'a', roles: ['ADMIN' as never] })}`,
  };
  const events = await postGraphQL(first.url, '{ events(first: 1) { nodes { id } } }');
  const id = events.data.events.nodes[0].id;

  // Hold the lock every event change takes, so the update below stays in flight until we let go.
  const holder = new Client({ connectionString: embeddedUrl(Number(env.EMBEDDED_PG_PORT)) });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query(`SELECT pg_advisory_xact_lock(hashtext('event_change_seq'))`);
  const inFlight = postGraphQL(
    first.url,
    `mutation { updateEvent(input: { id: "${id}", title: "Na Ctrl-C" }) { event { title } userErrors { code } } }`,
    admin,
  );
  for (let waiting = 0; waiting === 0;) {
    const { rows } = await holder.query(
      `SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
    );
    waiting = rows[0].waiting;
  }

  const exited = new Promise<number | null>((resolve) => first.process.once('exit', (code) => resolve(code)));
  process.kill(-first.process.pid!, 'SIGINT'); // what Ctrl-C does: the whole foreground process group
  await new Promise((resolve) => setTimeout(resolve, 500)); // time for PostgreSQL to die, were it hit
  await holder.query('COMMIT');
  await holder.end();
  expect(await inFlight).toEqual({
    data: { updateEvent: { event: { title: 'Na Ctrl-C' }, userErrors: [] } },
  });
  expect(await exited).toBe(0);

  const second = await startServerProcess(env, { detached: true });
  try {
    const log = second.lines.join('\n');
    expect(log).toContain('database system was shut down at');
    expect(log).not.toContain('not properly shut down');
    const after = await postGraphQL(second.url, `{ event(id: "${id}") { title } }`);
    expect(after.data.event.title).toBe('Na Ctrl-C');
  } finally {
    expect(await stopServerProcess(second)).toBe(0);
  }
}, 180_000);
