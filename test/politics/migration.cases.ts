import type { QueryRunner } from 'typeorm';
import { PoliticsNullableRecorders1796545420679 as PoliticsNullableRecorders } from '../../src/migrations/1796545420679-PoliticsNullableRecorders';
import { migrationDatabase } from '../support/test-server';

// Who recorded outreach, responses and commitment steps: null when unknown, where the columns held 'unknown'.

let db: Awaited<ReturnType<typeof migrationDatabase>>;
let runner: QueryRunner;
let query: typeof db.query;

beforeAll(async () => {
  db = await migrationDatabase('demo');
  ({ runner, query } = db);
});
afterAll(() => db?.close());

test('down writes the placeholder for an unknown recorder and up turns it back into null; known ones stay', async () => {
  const migration = new PoliticsNullableRecorders();
  const [outreach, other] = await query<{ id: string }>(`SELECT id FROM outreach ORDER BY id LIMIT 2`);
  const [response] = await query<{ id: string }>(`SELECT id FROM party_response ORDER BY id LIMIT 1`);
  const [nobody, subjectOnly, known] = await query<{ id: string }>(
    `SELECT id FROM commitment_change ORDER BY id LIMIT 3`,
  );
  await query(`UPDATE outreach SET recorded_by = NULL WHERE id = $1`, [outreach.id]);
  await query(`UPDATE party_response SET recorded_by = NULL WHERE id = $1`, [response.id]);
  await query(`UPDATE commitment_change SET actor_subject = NULL, actor_name = NULL WHERE id = $1`, [
    nobody.id,
  ]);
  await query(`UPDATE commitment_change SET actor_subject = 'board-9', actor_name = NULL WHERE id = $1`, [
    subjectOnly.id,
  ]);
  const recorders = async () => ({
    outreach: await query(`SELECT id, recorded_by FROM outreach WHERE id = ANY($1) ORDER BY id`, [
      [outreach.id, other.id],
    ]),
    response: await query(`SELECT recorded_by FROM party_response WHERE id = $1`, [response.id]),
    changes: await query(
      `SELECT id, actor_subject, actor_name FROM commitment_change WHERE id = ANY($1) ORDER BY id`,
      [[nobody.id, subjectOnly.id, known.id]],
    ),
  });
  const [{ actor_name: knownName }] = await query<{ actor_name: string }>(
    `SELECT actor_name FROM commitment_change WHERE id = $1`,
    [known.id],
  );
  expect(knownName).toBeTruthy();

  await migration.down(runner);
  expect(await recorders()).toEqual({
    outreach: [
      { id: outreach.id, recorded_by: 'unknown' },
      { id: other.id, recorded_by: 'demo' },
    ],
    response: [{ recorded_by: 'unknown' }],
    changes: [
      { id: nobody.id, actor_subject: 'unknown', actor_name: 'unknown' },
      { id: subjectOnly.id, actor_subject: 'board-9', actor_name: 'board-9' },
      { id: known.id, actor_subject: 'demo', actor_name: knownName },
    ],
  });
  await expect(query(`UPDATE outreach SET recorded_by = NULL WHERE id = $1`, [other.id])).rejects.toThrow(
    /not-null/,
  );

  await migration.up(runner);
  expect(await recorders()).toEqual({
    outreach: [
      { id: outreach.id, recorded_by: null },
      { id: other.id, recorded_by: 'demo' },
    ],
    response: [{ recorded_by: null }],
    changes: [
      { id: nobody.id, actor_subject: null, actor_name: null },
      { id: subjectOnly.id, actor_subject: 'board-9', actor_name: 'board-9' },
      { id: known.id, actor_subject: 'demo', actor_name: knownName },
    ],
  });
});
