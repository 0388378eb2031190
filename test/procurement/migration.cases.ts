import type { QueryRunner } from 'typeorm';
import { ProcurementActorsNullable1796546468203 as ProcurementActorsNullable } from '../../src/migrations/1796546468203-ProcurementActorsNullable';
import { migrationDatabase } from '../support/test-server';

// Who did something is null when the token named nobody; the placeholder 'unknown' stored before becomes
// null, and back again on the way down.

let db: Awaited<ReturnType<typeof migrationDatabase>>;
let runner: QueryRunner;
let query: typeof db.query;

beforeAll(async () => {
  db = await migrationDatabase('empty');
  ({ runner, query } = db);
});
afterAll(() => db?.close());

const nullable = async () =>
  (
    await query<{ is_nullable: string }>(
      `SELECT is_nullable FROM information_schema.columns
        WHERE table_name = 'procurement_request' AND column_name = 'created_by_subject'`,
    )
  )[0].is_nullable;

test('down turns null into the old placeholder and requires a value; up makes it null again', async () => {
  const [{ id: municipality }] = await query<{ id: string }>(
    `INSERT INTO municipality (cbs_code, name) VALUES ('GM0355', 'Zeist') RETURNING id`,
  );
  const insert = (subject: string | null, name: string | null) =>
    query<{ id: string }>(
      `INSERT INTO procurement_request (municipality_id, title, cpv_code, kind, estimated_value, deadline,
         procedure, required_procedure, created_by_subject, created_by_name)
       VALUES ($1, 'Bankjes', '45442100', 'WORKS', 100, now(), 'SINGLE_QUOTE', 'SINGLE_QUOTE', $2, $3)
       RETURNING id`,
      [municipality, subject, name],
    );
  const [{ id: nobody }] = await insert(null, null);
  const [{ id: someone }] = await insert('ambtenaar', 'Ambtenaar Zeist');
  const actors = () =>
    query<{ id: string; created_by_subject: string | null; created_by_name: string | null }>(
      'SELECT id, created_by_subject, created_by_name FROM procurement_request ORDER BY title, created_by_subject',
    );
  const migration = new ProcurementActorsNullable();
  expect(await nullable()).toBe('YES');

  await migration.down(runner);
  expect(await nullable()).toBe('NO');
  expect(await actors()).toEqual(
    expect.arrayContaining([
      { id: nobody, created_by_subject: 'unknown', created_by_name: 'unknown' },
      { id: someone, created_by_subject: 'ambtenaar', created_by_name: 'Ambtenaar Zeist' },
    ]),
  );

  await migration.up(runner);
  expect(await nullable()).toBe('YES');
  expect(await actors()).toEqual(
    expect.arrayContaining([
      { id: nobody, created_by_subject: null, created_by_name: null },
      { id: someone, created_by_subject: 'ambtenaar', created_by_name: 'Ambtenaar Zeist' },
    ]),
  );
});
