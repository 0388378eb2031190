import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/cli/throwaway-database';
import { createDataSource } from '../../src/database';
import { createTokenVerifier, signToken } from '../../src/kit';
import { modules } from '../../src/modules';
import { authenticateApiKey } from '../../src/modules/core';
import {
  postGraphQL as graphql,
  root,
  startServerProcess as start,
  stopServerProcess as stop,
  TEST_JWT_SECRET as secret,
} from '../support/processes';
import { createTestDatabase } from '../support/test-server';

/**
 * `npm start` as a newcomer runs it: the compiled server as its own process with the embedded PostgreSQL,
 * stopped with SIGTERM and started again on the same data directory.
 */

/** The start-up's log lines in order (level and message); JSON lines only (the server's own). */
function logged(lines: string[]): { level: number; msg: string; message?: string }[] {
  return lines.flatMap((line) => {
    try {
      const entry = JSON.parse(line) as { level: number; msg: string; message?: string };
      return [{ level: entry.level, msg: entry.msg, ...(entry.message ? { message: entry.message } : {}) }];
    } catch {
      return [];
    }
  });
}

/** The messages logged up to and including "ready". */
const startUpMessages = (lines: string[]) => {
  const messages = logged(lines).map((entry) => entry.msg);
  return messages.slice(0, messages.findIndex((msg) => msg.startsWith('Regio Q4 API ready')) + 1);
};

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-start-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the postgres user when started as root
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('starts on an empty machine with demo data, stops cleanly on SIGTERM, and finds its data after a restart', async () => {
  const env = {
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  const first = await start(env);
  try {
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    const demo = await graphql(
      first.url,
      '{ municipalities(inRegion: true) { name } businesses { totalCount } }',
    );
    expect(demo.data.municipalities).toHaveLength(5);
    expect(demo.data.businesses.totalCount).toBeGreaterThanOrEqual(200);

    const token = await signToken(secret, { sub: 'admin', roles: ['ADMIN' as never] });
    const created = await graphql(
      first.url,
      `
        mutation {
          createBusiness(
            input: {
              kvkNumber: "76543210"
              name: "Herstart BV"
              street: "Markt"
              houseNumber: "1"
              postcode: "3961 BC"
              city: "Wijk bij Duurstede"
              municipality: "GM0352"
            }
          ) {
            business {
              id
            }
            userErrors {
              code
            }
          }
        }
      `,
      { authorization: `Bearer ${token}` },
    );
    expect(created.data.createBusiness.userErrors).toEqual([]);
  } finally {
    expect(await stop(first)).toBe(0);
  }
  expect(first.lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  // A newcomer's first start says what it does, phase by phase, and nothing alarming.
  const migrations = readdirSync(path.join(root, 'src', 'migrations')).filter((f) => f.endsWith('.ts'));
  expect(startUpMessages(first.lines)).toEqual([
    'PostgreSQL: first start, creating its data directory (initdb), then starting the embedded server',
    'PostgreSQL: running',
    `migrations: applying ${migrations.length} pending`,
    'migrations applied',
    ...modules.map((module) => `demo data: ${module.name} loaded`),
    'demo data loaded',
    'notification worker started',
    'started',
    expect.stringMatching(/^Regio Q4 API ready: http/),
  ]);
  expect(logged(first.lines).filter((entry) => entry.level >= 40)).toEqual([]);
  expect(first.lines.filter((line) => /slow query/i.test(line))).toEqual([]);

  const second = await start(env);
  try {
    const after = await graphql(
      second.url,
      '{ businessByKvkNumber(kvkNumber: "76543210") { name } businesses { totalCount } }',
    );
    expect(after.data.businessByKvkNumber).toEqual({ name: 'Herstart BV' });
    // The demo data is loaded into an empty database only, not again on a restart.
    expect(second.lines.some((line) => line.includes('demo data loaded'))).toBe(false);
  } finally {
    expect(await stop(second)).toBe(0);
  }
  expect(startUpMessages(second.lines)).toEqual([
    'PostgreSQL: starting the embedded server',
    'PostgreSQL: running',
    'migrations: the database is up to date',
    'demo data: already there',
    'notification worker started',
    'started',
    expect.stringMatching(/^Regio Q4 API ready: http/),
  ]);
  // Nothing alarming while it starts again or stops: the pool's connections have closed before PostgreSQL stops.
  expect(logged(second.lines).filter((entry) => entry.level >= 40)).toEqual([]);
}, 120_000);

test('in production no demo data by default; SEED=demo loads it and warns at start-up', async () => {
  const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://api.regioq4.example' };
  const plain = await createTestDatabase('empty');
  const demo = await createTestDatabase('empty');
  const warnings = (lines: string[]) =>
    lines.flatMap((line) => {
      try {
        const entry = JSON.parse(line) as { level: number; msg: string };
        return entry.level === 40 ? [entry.msg] : [];
      } catch {
        return [];
      }
    });
  try {
    const off = await start({ ...production, DATABASE_URL: plain.url, PORT: String(await freePort()) });
    try {
      const empty = await graphql(off.url, '{ businesses { totalCount } }');
      expect(empty.data.businesses.totalCount).toBe(0);
    } finally {
      expect(await stop(off)).toBe(0);
    }
    expect(off.lines.filter((line) => /demo/i.test(line))).toEqual([]);

    const on = await start({
      ...production,
      SEED: 'demo',
      DATABASE_URL: demo.url,
      PORT: String(await freePort()),
    });
    try {
      const loaded = await graphql(on.url, '{ businesses { totalCount } }');
      expect(loaded.data.businesses.totalCount).toBeGreaterThanOrEqual(200);
    } finally {
      expect(await stop(on)).toBe(0);
    }
    expect(warnings(on.lines)).toEqual([
      expect.stringMatching(/SEED=demo in production: demo data with known accounts .* production instance/),
    ]);
    expect(on.lines.some((line) => line.includes('demo data loaded'))).toBe(true);
  } finally {
    await plain.drop();
    await demo.drop();
  }
}, 120_000);

test('a bad configuration value stops start-up with a message that names it', () => {
  let failure: { status: number; stderr: string } | undefined;
  try {
    execFileSync(process.execPath, [path.join(root, 'dist', 'src', 'main.js')], {
      cwd: root,
      env: { ...process.env, PORT: 'vierduizend' },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    failure = error as { status: number; stderr: string };
  }
  expect(failure?.status).toBe(2);
  expect(failure?.stderr).toContain('Invalid configuration');
  expect(failure?.stderr).toContain('PORT');
  expect(failure?.stderr).toContain('"vierduizend"');
});

describe('command-line helpers print what they make as the last line of standard output', () => {
  const run = (script: string, args: string[], env: Record<string, string>) =>
    execFileSync(process.execPath, [path.join(root, 'dist', 'src', 'cli', script), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1)!;

  test('token: a signed token the server accepts, with the municipality of a civil servant', async () => {
    const token = run('token.js', ['--role', 'CIVIL_SERVANT', '--municipality', 'GM0355'], {
      JWT_SECRET: secret,
    });
    const viewer = await createTokenVerifier({ secret })(token);
    expect(viewer).toMatchObject({ kind: 'PERSON', roles: ['CIVIL_SERVANT'], municipalityCode: 'GM0355' });
    expect(() => run('token.js', ['--role', 'CIVIL_SERVANT'], { JWT_SECRET: secret })).toThrow();
  });

  test('apikey: a key for a named organisation with the given scopes', async () => {
    const database = await createTestDatabase('demo');
    const dataSource = createDataSource(database.url);
    try {
      const key = run(
        'apikey.js',
        ['--organisation', 'Nationaal Park Utrechtse Heuvelrug', '--scopes', 'events:read'],
        {
          DATABASE_URL: database.url,
        },
      );
      await dataSource.initialize();
      const viewer = await authenticateApiKey(dataSource.manager, key);
      expect(viewer).toMatchObject({ kind: 'API_KEY', scopes: ['events:read'] });
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    }
  });
});
