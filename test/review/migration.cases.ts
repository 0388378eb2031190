import type { QueryRunner } from 'typeorm';
import { AddAnnualReview1795787432657 as AddAnnualReview } from '../../src/migrations/1795787432657-AddAnnualReview';
import { migrationDatabase } from '../support/test-server';

// A database that already holds businesses gets their registration days from what it knows of them.

let db: Awaited<ReturnType<typeof migrationDatabase>>;
let runner: QueryRunner;
let query: typeof db.query;

beforeAll(async () => {
  db = await migrationDatabase('empty');
  ({ runner, query } = db);
});
afterAll(() => db?.close());

test('down and up again: registration days from the earliest known day, the Regio Q4 organisation once', async () => {
  const migration = new AddAnnualReview();
  expect(await query(`SELECT kind FROM organisation WHERE name = 'Regio Q4'`)).toEqual([{ kind: 'OTHER' }]);
  await migration.down(runner);
  expect(await query(`SELECT 1 FROM organisation WHERE name = 'Regio Q4'`)).toEqual([]);
  expect(
    await query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'business' AND column_name = 'registered_on'`,
    ),
  ).toEqual([]);

  // Businesses as an older database holds them: one an association member since before it was added here,
  // one added at 23:30 UTC on 4 March 2021, which is already 5 March in Amsterdam.
  const [{ id: municipality }] = await query<{ id: string }>(
    `INSERT INTO municipality (cbs_code, name) VALUES ('GM0355', 'Zeist') RETURNING id`,
  );
  const [{ id: association }] = await query<{ id: string }>(
    `INSERT INTO association (name, municipality_id) VALUES ('ZZO', $1) RETURNING id`,
    [municipality],
  );
  const business = async (kvk: string, createdAt: string) =>
    (
      await query<{ id: string }>(
        `INSERT INTO business (kvk_number, name, street, house_number, postcode, city, municipality_id, created_at)
         VALUES ($1, $4, 'Slotlaan', '1', '3701 GA', 'Zeist', $2, $3) RETURNING id`,
        [kvk, municipality, createdAt, `Bedrijf ${kvk}`],
      )
    )[0].id;
  const member = await business('11111111', '2020-05-05T10:00:00Z');
  await query(
    `INSERT INTO business_membership (business_id, association_id, since) VALUES ($1, $2, '2015-01-01'),
            ($1, $2, '2017-01-01')`,
    [member, association],
  );
  await business('22222222', '2021-03-04T23:30:00Z'); // 00:30 on 5 March in Amsterdam

  await migration.up(runner);
  expect(
    await query(
      `SELECT kvk_number, to_char(registered_on, 'YYYY-MM-DD') AS day FROM business ORDER BY kvk_number`,
    ),
  ).toEqual([
    { kvk_number: '11111111', day: '2015-01-01' },
    { kvk_number: '22222222', day: '2021-03-05' },
  ]);
  expect(await query(`SELECT kind FROM organisation WHERE name = 'Regio Q4'`)).toEqual([{ kind: 'OTHER' }]);
  // A writer that does not give the day gets the database's today; none may leave it empty.
  await business('33333333', new Date().toISOString());
  expect(
    await query(`SELECT registered_on = CURRENT_DATE AS today FROM business WHERE kvk_number = '33333333'`),
  ).toEqual([{ today: true }]);
  await expect(query(`UPDATE business SET registered_on = NULL`)).rejects.toThrow(/not-null/);
});
