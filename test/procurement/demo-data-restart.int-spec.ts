import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { freePort } from '../../src/cli/throwaway-database';
import { createDataSource } from '../../src/database';
import type { ServerProcess } from '../support/processes';
import { postGraphQL, startServerProcess, stopServerProcess } from '../support/processes';
import { createTestDatabase } from '../support/test-server';

/**
 * A database made before procurement's demo data existed (here: the demo database with procurement's demo
 * rows and its `demo_data` row removed) gets that data when the server restarts with `SEED=demo`, and a
 * second restart loads nothing twice. Through the compiled server, started as `npm start` starts it.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
let server: ServerProcess | null = null;

beforeAll(async () => {
  database = await createTestDatabase('demo');
  db = createDataSource(database.url);
  await db.initialize();
});
afterAll(async () => {
  if (server) await stopServerProcess(server);
  await db.destroy();
  await database.drop();
});

const TABLES = [
  'supplier_profile',
  'supplier_category',
  'supplier_municipality',
  'procurement_request',
  'invitation',
  'quote',
  'award',
  'business',
];

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    result[table] = Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  }
  return result;
}

const STATS = `{ procurementStats(year: 2018) {
  requests awards awardedValue regionalValueShare localValueShare suppliersInvited invitations
  divisions { division awards awardedValue } } }`;

/** Starts the server on the database, returns what it loaded and the 2018 figures it serves; stops it. */
async function restart(): Promise<{ loaded: string[]; stats: unknown }> {
  server = await startServerProcess({
    DATABASE_URL: database.url,
    PORT: String(await freePort()),
    SEED: 'demo',
  });
  const stats = await postGraphQL(server.url, STATS);
  expect(await stopServerProcess(server)).toBe(0);
  const loaded = server.lines
    .filter((line) => line.includes('demo data loaded'))
    .flatMap((line) => (JSON.parse(line) as { modules: string[] }).modules);
  server = null;
  return { loaded, stats };
}

test('procurement’s demo data comes back on restart, once', async () => {
  const before = await counts();
  const { loaded: untouched, stats: figures } = await restart();
  expect(untouched).toEqual([]);
  expect(
    (figures as { data: { procurementStats: { awards: number } } }).data.procurementStats.awards,
  ).toBeGreaterThan(0);

  // As if the database predated procurement's demo data. Social enterprise's demo credits a placement to the
  // first award that owes social return, at an opportunity of its supplier: those go with the suppliers.
  await db.query(`DELETE FROM social_return_credit;
                  DELETE FROM placement_transition t USING placement p, opportunity o, business b
                   WHERE t.placement_id = p.id AND p.opportunity_id = o.id AND o.business_id = b.id
                     AND b.kvk_number LIKE '900000%';
                  DELETE FROM placement p USING opportunity o, business b
                   WHERE p.opportunity_id = o.id AND o.business_id = b.id AND b.kvk_number LIKE '900000%';
                  DELETE FROM opportunity o USING business b
                   WHERE o.business_id = b.id AND b.kvk_number LIKE '900000%'`);
  await db.query(`DELETE FROM award; DELETE FROM quote; DELETE FROM invitation; DELETE FROM procurement_request;
                  DELETE FROM supplier_category; DELETE FROM supplier_municipality; DELETE FROM supplier_profile;
                  DELETE FROM business WHERE kvk_number LIKE '900000%';
                  DELETE FROM demo_data WHERE module = 'procurement'`);
  expect((await counts()).procurement_request).toBe(0);

  const first = await restart();
  expect(first.loaded).toEqual(['procurement']);
  expect(await counts()).toEqual(before);
  // Deterministic: the same 2018 history as before.
  expect(first.stats).toEqual(figures);

  const second = await restart();
  expect(second.loaded).toEqual([]);
  expect(await counts()).toEqual(before);
  expect(second.stats).toEqual(figures);
  // Three starts of the compiled server, each running the migrations check and the seed check.
}, 180_000);
