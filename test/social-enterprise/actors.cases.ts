import type { QueryRunner } from 'typeorm';
import { toGlobalId } from '../../src/kit';
import { SocialEnterpriseNullableActors1796546591250 as SocialEnterpriseNullableActors } from '../../src/migrations/1796546591250-SocialEnterpriseNullableActors';
import { UnknownActorsDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { migrationDatabase, startTestServer } from '../support/test-server';
import { admin } from './fixtures';

// Who registered a candidate, posted an opportunity, moved a placement, credited it or read and erased a
// candidate: null when unknown, where the columns held the string 'unknown'.

const COLUMNS: [string, string][] = [
  ['candidate', 'coach_subject'],
  ['candidate', 'coach_name'],
  ['candidate_read', 'subject'],
  ['candidate_erasure', 'subject'],
  ['placement_transition', 'actor_subject'],
  ['placement_transition', 'actor_name'],
  ['opportunity', 'created_by_subject'],
  ['opportunity', 'created_by_name'],
  ['social_return_credit', 'credited_by_subject'],
  ['social_return_credit', 'credited_by_name'],
];

describe('the migration', () => {
  let db: Awaited<ReturnType<typeof migrationDatabase>>;
  let runner: QueryRunner;
  let query: typeof db.query;

  beforeAll(async () => {
    db = await migrationDatabase('demo');
    ({ runner, query } = db);
  });
  afterAll(() => db?.close());

  test('down writes the placeholder for an unknown person and up turns it back into null; known ones stay', async () => {
    const migration = new SocialEnterpriseNullableActors();
    const candidates = await query<{ id: string }>(`SELECT id FROM candidate ORDER BY id LIMIT 2`);
    // Demo data reads and erases nobody: one row of each, one with its subject unknown, one known.
    for (const [i, candidate] of candidates.entries()) {
      const subject = i === 0 ? null : 'coach-known';
      await query(`INSERT INTO candidate_read (candidate_id, subject) VALUES ($1, $2)`, [
        candidate.id,
        subject,
      ]);
      await query(`INSERT INTO candidate_erasure (candidate_id, subject) VALUES ($1, $2)`, [
        candidate.id,
        subject,
      ]);
    }
    const unknownIds: Record<string, string> = {};
    for (const table of new Set(COLUMNS.map(([t]) => t))) {
      const [row] = await query<{ id: string }>(`SELECT id FROM ${table} ORDER BY id LIMIT 1`);
      expect(row).toBeDefined();
      unknownIds[table] = row.id;
      const columns = COLUMNS.filter(([t]) => t === table).map(([, c]) => `${c} = NULL`);
      await query(`UPDATE ${table} SET ${columns.join(', ')} WHERE id = $1`, [row.id]);
    }
    const snapshot = async () => {
      const result: Record<string, { unknown: unknown[]; known: unknown[] }> = {};
      for (const [table, column] of COLUMNS) {
        const unknown = await query<Record<string, unknown>>(
          `SELECT ${column} AS v FROM ${table} WHERE id = $1`,
          [unknownIds[table]],
        );
        const known = await query<Record<string, unknown>>(
          `SELECT DISTINCT ${column} AS v FROM ${table} WHERE id <> $1 ORDER BY 1`,
          [unknownIds[table]],
        );
        result[`${table}.${column}`] = { unknown: unknown.map((r) => r.v), known: known.map((r) => r.v) };
      }
      return result;
    };
    const before = await snapshot();
    for (const [key, { unknown, known }] of Object.entries(before)) {
      expect([key, unknown]).toEqual([key, [null]]);
      expect([key, !known.includes(null) && !known.includes('unknown')]).toEqual([key, true]);
    }

    await migration.down(runner);
    const down = await snapshot();
    for (const [key, { unknown, known }] of Object.entries(down)) {
      expect([key, unknown, known]).toEqual([key, ['unknown'], before[key].known]);
    }
    for (const [table, column] of COLUMNS) {
      await expect(
        query(`UPDATE ${table} SET ${column} = NULL WHERE id = $1`, [unknownIds[table]]),
      ).rejects.toThrow(/not-null/);
    }

    await migration.up(runner);
    expect(await snapshot()).toEqual(before);
  });
});

describe('reading rows whose person is unknown', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());

  test('the non-null fields read the placeholder the rows were stored with before', async () => {
    const [credit] = await api.dataSource.query(
      `SELECT c.id, c.award_id, p.candidate_id, p.id AS placement_id
         FROM social_return_credit c JOIN placement p ON p.id = c.placement_id ORDER BY c.id LIMIT 1`,
    );
    await api.dataSource.query(`UPDATE candidate SET coach_subject = NULL, coach_name = NULL WHERE id = $1`, [
      credit.candidate_id,
    ]);
    await api.dataSource.query(
      `UPDATE placement_transition SET actor_subject = NULL, actor_name = NULL WHERE placement_id = $1`,
      [credit.placement_id],
    );
    await api.dataSource.query(
      `UPDATE social_return_credit SET credited_by_subject = NULL, credited_by_name = NULL WHERE id = $1`,
      [credit.id],
    );
    const response = await api.graphql(
      UnknownActorsDocument,
      {
        candidateId: toGlobalId('Candidate', credit.candidate_id),
        awardId: toGlobalId('Award', credit.award_id),
      },
      await admin(api),
    );
    expect(response.body.errors).toBeUndefined();
    const { candidate, socialReturnStatus } = response.body.data!;
    expect(candidate).toMatchObject({ coachSubject: 'unknown', coachName: 'unknown' });
    const transitions = candidate!.placements.flatMap((p) => p.transitions);
    expect(transitions.filter((t) => t.actorName === 'unknown').length).toBeGreaterThan(0);
    expect(socialReturnStatus!.credits!.map((c) => c.creditedByName)).toContain('unknown');
  });
});
