import type { QueryRunner } from 'typeorm';
import { AddAuditTrail1796555005470 as AddAuditTrail } from '../../src/migrations/1796555005470-AddAuditTrail';
import { AuditNewTables1796559859824 as AuditNewTables } from '../../src/migrations/1796559859824-AuditNewTables';
import { AuditSelfServiceTables1796560857850 as AuditSelfServiceTables } from '../../src/migrations/1796560857850-AuditSelfServiceTables';
import { migrationDatabase } from '../support/test-server';

let db: Awaited<ReturnType<typeof migrationDatabase>>;
let runner: QueryRunner;
let query: typeof db.query;

beforeAll(async () => {
  db = await migrationDatabase('demo');
  ({ runner, query } = db);
});
afterAll(() => db?.close());

const SETTING = JSON.stringify({
  subject: 'board-7',
  name: 'Marieke Verhoef',
  requestId: 'r-1',
  mutation: 'm',
});
const triggers = async () =>
  (await query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'audit'`))[0].n;

test('the trigger writes entries only in a transaction with the setting: names, roots, no empty updates', async () => {
  // A party of a coalition, and that coalition's agreement.
  const [{ partyId, agreementId }] = await query<{ partyId: string; agreementId: string }>(
    `SELECT party_id AS "partyId", agreement_id AS "agreementId" FROM coalition_party ORDER BY 1, 2 LIMIT 1`,
  );
  const party = { id: partyId };
  const agreement = { id: agreementId };
  await query(`UPDATE party SET abbreviation = 'X1' WHERE id = $1`, [party.id]);
  expect(await query(`SELECT * FROM audit_entry`)).toEqual([]);

  await runner.startTransaction();
  await query(`SELECT set_config('regioq4.audit', $1, true)`, [SETTING]);
  await query(`UPDATE party SET abbreviation = 'X2', name = name WHERE id = $1`, [party.id]);
  await query(`UPDATE party SET name = name WHERE id = $1`, [party.id]);
  await query(`DELETE FROM coalition_party WHERE agreement_id = $1 AND party_id = $2`, [
    agreement.id,
    party.id,
  ]);
  await query(`INSERT INTO coalition_party (agreement_id, party_id) VALUES ($1, $2)`, [
    agreement.id,
    party.id,
  ]);
  await runner.commitTransaction();

  const entries = await query(
    `SELECT request_id, mutation, actor_subject, actor_name, action, object_table, object_id, columns, root_type, root_id
       FROM audit_entry ORDER BY at, action`,
  );
  expect(entries).toEqual([
    {
      request_id: 'r-1',
      mutation: 'm',
      actor_subject: 'board-7',
      actor_name: 'Marieke Verhoef',
      action: 'UPDATED',
      object_table: 'party',
      object_id: party.id,
      columns: ['abbreviation'],
      root_type: null,
      root_id: null,
    },
    expect.objectContaining({
      action: 'DELETED',
      object_table: 'coalition_party',
      object_id: null,
      columns: [],
    }),
    expect.objectContaining({
      action: 'CREATED',
      object_table: 'coalition_party',
      object_id: null,
      columns: ['agreement_id', 'party_id'],
      root_type: 'CoalitionAgreement',
      root_id: agreement.id,
    }),
  ]);
  // The setting ends with its transaction.
  await query(`UPDATE party SET abbreviation = 'X3' WHERE id = $1`, [party.id]);
  expect(await query(`SELECT * FROM audit_entry`)).toHaveLength(3);
});

test('down removes the trail, its triggers and function; up brings them back', async () => {
  // The later migrations' triggers use the function: their downs run first, as a revert would run them.
  const later = [new AuditSelfServiceTables(), new AuditNewTables()];
  const migration = new AddAuditTrail();
  expect(await triggers()).toBe(54);
  await later[0].down(runner);
  expect(await triggers()).toBe(50);
  await later[1].down(runner);
  expect(await triggers()).toBe(48);
  await migration.down(runner);
  expect(await triggers()).toBe(0);
  expect(await query(`SELECT to_regclass('audit_entry') AS t`)).toEqual([{ t: null }]);
  expect(await query(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'audit_row'`)).toEqual([
    { n: 0 },
  ]);
  // Writes work as before the trail.
  await query(`UPDATE party SET abbreviation = 'Y' WHERE id = (SELECT id FROM party ORDER BY id LIMIT 1)`);
  await migration.up(runner);
  expect(await triggers()).toBe(48);
  await later[1].up(runner);
  expect(await triggers()).toBe(50);
  await later[0].up(runner);
  expect(await triggers()).toBe(54);
  expect(await query(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual([{ n: 0 }]);
});

test('the triggers on the tables added after the trail, with their roots', async () => {
  const roots = await query<{ table: string; args: string }>(
    `SELECT c.relname AS table, encode(t.tgargs, 'escape') AS args
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE t.tgname = 'audit' AND c.relname IN ('procurement_question', 'board_plan', 'business_application',
            'project_interest', 'proposed_supplier', 'webhook_endpoint') ORDER BY 1`,
  );
  expect(roots).toEqual([
    { table: 'board_plan', args: '' },
    { table: 'business_application', args: '' },
    { table: 'procurement_question', args: 'ProcurementRequest\\000request_id\\000' },
    { table: 'project_interest', args: 'Opportunity\\000opportunity_id\\000' },
    { table: 'proposed_supplier', args: 'ProcurementRequest\\000request_id\\000' },
    { table: 'webhook_endpoint', args: '' },
  ]);
});
