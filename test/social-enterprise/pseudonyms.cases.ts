import { EraseCandidateDocument, ProposePlacementDocument } from '../__generated__/graphql';
import { AddCandidatePseudonymKey1796543900880 } from '../../src/migrations/1796543900880-AddCandidatePseudonymKey';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import {
  civilServant,
  coach,
  createCandidate,
  dbId,
  member,
  postOpportunity,
  supplierBusiness,
} from './fixtures';

/**
 * Employers see a candidate under a pseudonym of their own: one employer always sees the same one, two
 * employers see different ones (so they cannot compare histories), and erasure breaks the link for good.
 */

let api: TestServer;
let coachHeaders: Record<string, string>;
let firstEmployer: Record<string, string>;
let secondEmployer: Record<string, string>;
let municipality: Record<string, string>;

const PSEUDONYM = /^K-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{7}$/;

beforeAll(async () => {
  api = await startTestServer();
  coachHeaders = await coach(api, 'coach-pseudonyms');
  const first = await supplierBusiness(api);
  const [second] = await api.dataSource.query(
    `SELECT kvk_number FROM business WHERE kvk_number <> $1 ORDER BY kvk_number LIMIT 1`,
    [first.kvk],
  );
  firstEmployer = await member(api, first.kvk);
  secondEmployer = await member(api, second.kvk_number);
  municipality = await civilServant(api, 'GM0352');
});
afterAll(() => api.close());

/** Proposes the candidate for the opportunity; returns the placement's id. */
async function propose(candidateId: string, opportunityId: string): Promise<string> {
  const response = await api.graphql(
    ProposePlacementDocument,
    { input: { candidateId, opportunityId } },
    coachHeaders,
  );
  const placement = response.body.data?.proposePlacement.placement;
  if (!placement) throw new Error(JSON.stringify(response.body));
  return placement.id;
}

/** The pseudonym a caller sees on the placements of an opportunity, one per placement. */
async function pseudonymsOn(opportunityId: string, headers: Record<string, string>): Promise<string[]> {
  const response = await api.graphql<{
    opportunity: { placements: { candidateProfile: { pseudonym: string } }[] | null } | null;
  }>(
    `query($id: ID!) { opportunity(id: $id) { placements { candidateProfile { pseudonym } } } }`,
    { id: opportunityId },
    headers,
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.opportunity!.placements!.map((p) => p.candidateProfile.pseudonym);
}

test('two employers see different pseudonyms; one employer sees the same one on each of its opportunities', async () => {
  const candidateId = await createCandidate(api, {}, coachHeaders);
  const firstA = await postOpportunity(api, firstEmployer, { title: 'Magazijn', places: 2 });
  const firstB = await postOpportunity(api, firstEmployer, { title: 'Kantine', places: 2 });
  const second = await postOpportunity(api, secondEmployer, { title: 'Bezorging', places: 2 });
  const ofMunicipality = await postOpportunity(api, municipality, { title: 'Groenploeg', places: 2 });
  for (const opportunity of [firstA, firstB, second, ofMunicipality]) await propose(candidateId, opportunity);

  const [a] = await pseudonymsOn(firstA, firstEmployer);
  const [b] = await pseudonymsOn(firstB, firstEmployer);
  const [c] = await pseudonymsOn(second, secondEmployer);
  const [d] = await pseudonymsOn(ofMunicipality, municipality);
  expect([a, b, c, d].every((p) => PSEUDONYM.test(p))).toBe(true);
  expect(a).toBe(b);
  expect(new Set([a, c, d]).size).toBe(3);
  // Stable: asked again, the same.
  expect(await pseudonymsOn(firstA, firstEmployer)).toEqual([a]);
  // Not the coaches' internal pseudonym either, which would link every employer.
  const [row] = await api.dataSource.query(`SELECT pseudonym FROM candidate WHERE id = $1`, [
    dbId(candidateId),
  ]);
  expect([a, c, d]).not.toContain(row.pseudonym);
  // A coach sees on each placement the pseudonym its employer sees (to talk about the same person).
  expect(await pseudonymsOn(firstA, coachHeaders)).toEqual([a]);
  expect(await pseudonymsOn(second, coachHeaders)).toEqual([c]);
});

test('after erasure the pseudonyms change, so what employers saw no longer links', async () => {
  const candidateId = await createCandidate(api, {}, coachHeaders);
  const first = await postOpportunity(api, firstEmployer, { title: 'Werkplaats', places: 2 });
  const second = await postOpportunity(api, secondEmployer, { title: 'Winkel', places: 2 });
  await propose(candidateId, first);
  await propose(candidateId, second);
  const [before1] = await pseudonymsOn(first, firstEmployer);
  const [before2] = await pseudonymsOn(second, secondEmployer);
  const [{ key: keyBefore }] = await api.dataSource.query(
    `SELECT encode(pseudonym_key, 'hex') AS key FROM candidate WHERE id = $1`,
    [dbId(candidateId)],
  );

  const erased = await api.graphql(EraseCandidateDocument, { id: candidateId }, coachHeaders);
  expect(erased.body.data!.eraseCandidate.userErrors).toEqual([]);

  const [after1] = await pseudonymsOn(first, firstEmployer);
  const [after2] = await pseudonymsOn(second, secondEmployer);
  expect(PSEUDONYM.test(after1)).toBe(true);
  expect(after1).not.toBe(before1);
  expect(after2).not.toBe(before2);
  expect(after1).not.toBe(after2);
  const [{ key: keyAfter }] = await api.dataSource.query(
    `SELECT encode(pseudonym_key, 'hex') AS key FROM candidate WHERE id = $1`,
    [dbId(candidateId)],
  );
  expect(keyAfter).toMatch(/^[0-9a-f]{64}$/);
  expect(keyAfter).not.toBe(keyBefore);
});

test('the migration gives every existing candidate a random key of its own, and its down step removes them', async () => {
  const migration = new AddCandidatePseudonymKey1796543900880();
  const runner = api.dataSource.createQueryRunner();
  try {
    await migration.down(runner);
    const columns = await runner.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'candidate' AND column_name = 'pseudonym_key'`,
    );
    expect(columns).toEqual([]);
    // Candidates from before the keys.
    await runner.query(
      `INSERT INTO candidate (name, municipality_id, target_group, coach_subject, coach_name, pseudonym)
       SELECT 'Oud ' || n, m.id, 'PUPIL', 'coach', 'Coach', 'K-OUD000' || n
         FROM municipality m, generate_series(1, 3) n WHERE m.cbs_code = 'GM0352'`,
    );
    await migration.up(runner);
  } finally {
    await runner.release();
  }
  const [row] = await api.dataSource.query(
    `SELECT count(*)::int AS n, count(DISTINCT pseudonym_key)::int AS keys,
            count(*) FILTER (WHERE length(pseudonym_key) = 32)::int AS full_length
       FROM candidate`,
  );
  expect(row.n).toBeGreaterThan(5);
  expect(row).toEqual({ n: row.n, keys: row.n, full_length: row.n });
});
