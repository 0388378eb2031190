import type { QueryRunner } from 'typeorm';
import { SupplierSearchColumns1796574528020 as SupplierSearchColumns } from '../../src/migrations/1796574528020-SupplierSearchColumns';
import { migrationDatabase } from '../support/test-server';

// The supplier search's copies on supplier_profile (name, CPV prefixes, municipalities): right for the demo
// data (written by the seed through the triggers), gone on the way down, and filled for existing rows on the
// way up. "Right" is checked against the joined tables, by what the search asks of the columns.

let db: Awaited<ReturnType<typeof migrationDatabase>>;
let runner: QueryRunner;
let query: typeof db.query;

beforeAll(async () => {
  db = await migrationDatabase('demo');
  ({ runner, query } = db);
});
afterAll(() => db?.close());

/** Profiles × filters for which a column answers otherwise than the joined tables. */
async function disagreements(): Promise<{ names: number; subtrees: number; places: number }> {
  const [row] = await query<{ names: number; subtrees: number; places: number }>(`
    WITH subtree AS (
      -- the prefix the search takes of a code (cpvPrefix): of every code offered and of every group above
      SELECT DISTINCT CASE WHEN length(rtrim(code, '0')) >= 2 THEN rtrim(code, '0') ELSE left(code, 2) END AS prefix
        FROM cpv_category WHERE level <= 3 OR code IN (SELECT cpv_code FROM supplier_category)
    )
    SELECT
      (SELECT count(*)::int FROM supplier_profile p JOIN business b ON b.id = p.business_id
        WHERE p.business_name IS DISTINCT FROM b.name) AS names,
      (SELECT count(*)::int FROM supplier_profile p CROSS JOIN subtree s
        WHERE (p.cpv_prefixes && ARRAY[s.prefix]) <> EXISTS (
                SELECT 1 FROM supplier_category c WHERE c.profile_id = p.id AND c.cpv_code LIKE s.prefix || '%')
      ) AS subtrees,
      (SELECT count(*)::int FROM supplier_profile p JOIN business b ON b.id = p.business_id CROSS JOIN municipality m
        WHERE (p.municipality_ids && ARRAY[m.id]) <> (b.municipality_id = m.id OR EXISTS (
                SELECT 1 FROM supplier_municipality s WHERE s.profile_id = p.id AND s.municipality_id = m.id))
      ) AS places`);
  return row;
}

const triggers = async () =>
  (
    await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_trigger WHERE tgname LIKE 'supplier_search_columns%'`,
    )
  )[0].n;

test('the demo data is searchable by its columns; down drops them, up fills them for existing rows', async () => {
  const [{ profiles, served, categories }] = await query<{
    profiles: number;
    served: number;
    categories: number;
  }>(
    `SELECT (SELECT count(*)::int FROM supplier_profile) AS profiles,
            (SELECT count(*)::int FROM supplier_municipality) AS served,
            (SELECT count(*)::int FROM supplier_category) AS categories`,
  );
  expect(profiles).toBeGreaterThan(10);
  expect(served).toBeGreaterThan(0);
  expect(categories).toBeGreaterThan(profiles);
  expect(await disagreements()).toEqual({ names: 0, subtrees: 0, places: 0 });
  expect(await triggers()).toBe(8);

  await new SupplierSearchColumns().down(runner);
  const columns = await query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_name = 'supplier_profile'
        AND column_name IN ('business_name', 'cpv_prefixes', 'municipality_ids')`,
  );
  expect(columns).toEqual([]);
  expect(await triggers()).toBe(0);
  // Rows written while the columns are away are caught up by up.
  await query(
    `UPDATE business SET name = name || ' BV' WHERE id IN (SELECT business_id FROM supplier_profile)`,
  );
  await query(
    `DELETE FROM supplier_municipality WHERE profile_id IN (SELECT min(profile_id::text)::uuid FROM supplier_municipality)`,
  );

  await new SupplierSearchColumns().up(runner);
  expect(await triggers()).toBe(8);
  expect(await disagreements()).toEqual({ names: 0, subtrees: 0, places: 0 });
  const [{ named }] = await query<{ named: number }>(
    `SELECT count(*)::int AS named FROM supplier_profile WHERE business_name LIKE '% BV'`,
  );
  expect(named).toBe(profiles);
});
