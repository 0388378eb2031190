import {
  ElectionsDocument,
  MunicipalityPoliticsDocument,
  PoliticsStatsDocument,
  RegionTrackerDocument,
  TrackerDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const STAGES = ['PROMISED', 'IN_PARTY_PROGRAMME', 'IN_COALITION_AGREEMENT', 'IMPLEMENTED', 'DROPPED'];

/**
 * The tracker's figures computed another way: every (agenda point, party on the ballot) pair of an election
 * in a municipality, grouped by the party's commitment stage; and the points the first agreement from
 * election day on covers (lists, or holds through its parties' commitments).
 */
async function expectedTracker(cbsCode: string, electionDate: string) {
  const counts: { point: string; stage: string | null; n: number }[] = await api.dataSource.query(
    `SELECT a.id AS point, c.stage::text AS stage, count(*)::int AS n
       FROM election e
       JOIN agenda_point a ON a.election_id = e.id
       JOIN election_result er ON er.election_id = e.id
       JOIN party p ON p.id = er.party_id
       JOIN municipality m ON m.id = p.municipality_id
       LEFT JOIN commitment c ON c.party_id = p.id AND c.agenda_point_id = a.id
      WHERE m.cbs_code = $1 AND e.date = $2
      GROUP BY a.id, c.stage`,
    [cbsCode, electionDate],
  );
  // Listed by the agreement, or in it through a commitment of one of its parties (docs/politics.md).
  const covered: { point: string }[] = await api.dataSource.query(
    `WITH period AS (
       SELECT ca.id FROM coalition_agreement ca JOIN municipality m ON m.id = ca.municipality_id
        WHERE m.cbs_code = $1
          AND ca.since = (SELECT min(x.since) FROM coalition_agreement x
                           WHERE x.municipality_id = m.id AND x.since >= $2))
     SELECT cap.agenda_point_id AS point FROM coalition_agenda_point cap JOIN period ON period.id = cap.agreement_id
     UNION
     SELECT c.agenda_point_id FROM commitment c
       JOIN coalition_party cp ON cp.party_id = c.party_id JOIN period ON period.id = cp.agreement_id
      WHERE c.stage IN ('IN_COALITION_AGREEMENT', 'IMPLEMENTED')`,
    [cbsCode, electionDate],
  );
  return { counts, covered: new Set(covered.map((row) => row.point)) };
}

const pointId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];

test('the tracker of each municipality matches an independent count, for the latest and an earlier election', async () => {
  const elections = (await api.graphql(ElectionsDocument)).body.data!.elections;
  expect(elections.map((e) => e.date)).toEqual(['2026-03-18', '2022-03-16', '2018-03-21']);
  const earlier = elections.find((e) => e.date === '2018-03-21')!;
  let cells = 0;
  for (const cbsCode of ['GM0355', 'GM0310', 'GM0312', 'GM0352', 'GM1581']) {
    for (const election of [null, earlier]) {
      const response = await api.graphql(TrackerDocument, { municipality: cbsCode, election: election?.id });
      const tracker = response.body.data!.politicalTracker!;
      // Left out, the election is the latest one held.
      expect(tracker.election.date).toBe(election ? '2018-03-21' : '2026-03-18');
      const expected = await expectedTracker(cbsCode, tracker.election.date);
      expect(tracker.points.length).toBeGreaterThan(0);
      for (const point of tracker.points) {
        const id = pointId(point.agendaPoint.id);
        const rows = expected.counts.filter((row) => row.point === id);
        for (const { stage, count } of point.counts) {
          expect([stage, count]).toEqual([stage, rows.find((row) => row.stage === stage)?.n ?? 0]);
        }
        expect(point.withoutCommitment).toBe(rows.find((row) => row.stage === null)?.n ?? 0);
        expect(point.parties.length).toBe(rows.reduce((sum, row) => sum + row.n, 0));
        expect(point.coveredByCoalitionAgreement).toBe(expected.covered.has(id));
        cells += point.parties.length;
      }
      for (const { stage, count } of tracker.counts) {
        const total = expected.counts
          .filter((row) => row.stage === stage)
          .reduce((sum, row) => sum + row.n, 0);
        expect([stage, count]).toEqual([stage, total]);
      }
      expect(tracker.counts.map((c) => c.stage)).toEqual(STAGES);
    }
  }
  expect(cells).toBeGreaterThan(100);
});

test('the demo data has commitments at every stage and agreements that cover points, today and in 2018', async () => {
  const all = (await api.graphql(RegionTrackerDocument, { inRegion: true })).body.data!.municipalities;
  const tally = (stage: string) =>
    all.reduce((sum, m) => sum + m.politicalTracker!.counts.find((c) => c.stage === stage)!.count, 0);
  // The current period: promises, programmes and the coalition agreements of 2026.
  for (const stage of ['PROMISED', 'IN_PARTY_PROGRAMME', 'IN_COALITION_AGREEMENT'])
    expect(tally(stage)).toBeGreaterThan(0);
  expect(all.every((m) => m.politicalTracker!.coalitionAgreement !== null)).toBe(true);
  expect(all.some((m) => m.politicalTracker!.points.some((p) => p.coveredByCoalitionAgreement))).toBe(true);
  const stages: string[] = await api.dataSource
    .query(`SELECT DISTINCT stage::text AS stage FROM commitment ORDER BY 1`)
    .then((rows: { stage: string }[]) => rows.map((row) => row.stage));
  expect(stages.sort()).toEqual([...STAGES].sort());

  const politics = (await api.graphql(MunicipalityPoliticsDocument, {})).body.data!.municipalities;
  expect(politics.length).toBeGreaterThan(0);
  for (const m of politics) {
    expect(m.parties.length).toBeGreaterThanOrEqual(5);
    expect(m.aldermen.length).toBeGreaterThan(0);
    expect(m.aldermen.every((a) => a.until === null && a.person.email === null)).toBe(true);
    expect(m.coalitionAgreement).toMatchObject({ since: '2026-06-01', until: null });
  }
  const in2019 = (await api.graphql(MunicipalityPoliticsDocument, { on: '2019-01-01' })).body.data!
    .municipalities;
  expect(in2019.length).toBeGreaterThan(0);
  for (const m of in2019) {
    expect(m.aldermen.length).toBeGreaterThan(0);
    expect(m.coalitionAgreement).toMatchObject({ since: '2018-06-01', until: '2022-05-31' });
    expect(m.aldermen.every((a) => a.since === '2018-06-01')).toBe(true);
  }
});

test('aldermen’s e-mail addresses are for admins only', async () => {
  const admin = await api.token({ roles: [Role.ADMIN] });
  const response = await api.graphql(MunicipalityPoliticsDocument, {}, admin);
  const aldermen = response.body.data!.municipalities.flatMap((m) => m.aldermen);
  // Without aldermen, every() below would hold of nothing.
  expect(aldermen.length).toBeGreaterThan(0);
  expect(aldermen.every((a) => /@gm\d{4}\.example\.nl$/.test(a.person.email ?? ''))).toBe(true);
});

test('an unknown municipality or an election it did not hold gives null; a malformed code is BAD_USER_INPUT', async () => {
  expect(
    (await api.graphql(TrackerDocument, { municipality: 'GM9999' })).body.data!.politicalTracker,
  ).toBeNull();
  const [other] = await api.dataSource.query(
    `INSERT INTO election (date, kind, municipality_id)
     SELECT '2024-06-06', 'MUNICIPAL', id FROM municipality WHERE cbs_code = 'GM0310' RETURNING id`,
  );
  const elsewhere = Buffer.from(`Election:${other.id}`).toString('base64url');
  const response = await api.graphql(TrackerDocument, { municipality: 'GM0355', election: elsewhere });
  expect(response.body.data!.politicalTracker).toBeNull();
  await api.dataSource.query(`DELETE FROM election WHERE id = $1`, [other.id]);
  const bad = await api.graphql(TrackerDocument, { municipality: 'Zeist' });
  expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
});

test('politicsStats counts the year’s outreach, responses, steps and agreements', async () => {
  const stats = (await api.graphql(PoliticsStatsDocument, { year: 2018 })).body.data!.politicsStats;
  const [expected] = await api.dataSource.query(
    `SELECT (SELECT count(*)::int FROM outreach WHERE contacted_on BETWEEN '2018-01-01' AND '2018-12-31') AS outreach,
            (SELECT count(*)::int FROM party_response WHERE responded_on BETWEEN '2018-01-01' AND '2018-12-31') AS responses,
            (SELECT count(*)::int FROM commitment_change WHERE from_stage IS NULL AND changed_on BETWEEN '2018-01-01' AND '2018-12-31') AS made,
            (SELECT count(*)::int FROM coalition_agreement WHERE signed_on BETWEEN '2018-01-01' AND '2018-12-31') AS agreements`,
  );
  expect(stats.outreach).toBe(expected.outreach);
  expect(stats.responses.reduce((sum, r) => sum + r.responses, 0)).toBe(expected.responses);
  expect(stats.commitmentsMade).toBe(expected.made);
  expect(stats.coalitionAgreementsSigned).toBe(5);
  expect(expected.agreements).toBe(5);
  expect(stats.agendaPointsCovered).toBeGreaterThan(0);
  const zeist = (await api.graphql(PoliticsStatsDocument, { year: 2018, municipality: 'GM0355' })).body.data!
    .politicsStats;
  expect(zeist.coalitionAgreementsSigned).toBe(1);
  expect(zeist.outreach).toBeLessThan(stats.outreach);
  expect([stats.municipality, zeist.municipality]).toEqual([null, 'GM0355']);
  const bad = await api.graphql(PoliticsStatsDocument, { year: 1800 });
  expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
});

test('politicsStats refuses a malformed CBS code (BAD_USER_INPUT) and an unknown one (NOT_FOUND), as the review does', async () => {
  const codeOf = async (municipality: string) =>
    (await api.graphql(PoliticsStatsDocument, { year: 2018, municipality })).body.errors?.[0].extensions
      ?.code;
  expect(await codeOf('Zeist')).toBe('BAD_USER_INPUT');
  expect(await codeOf('GM9999')).toBe('NOT_FOUND');
});

test('the trackers of five municipalities cost the same statements as the tracker of one', async () => {
  const five = await api.graphql(RegionTrackerDocument, { inRegion: true });
  expect(five.body.data!.municipalities).toHaveLength(5);
  const zeist = five.body.data!.municipalities.find((m) => m.cbsCode === 'GM0355');
  await api.dataSource.query(
    `UPDATE municipality SET in_region = false WHERE cbs_code <> 'GM0355' AND in_region`,
  );
  try {
    const one = await api.graphql(RegionTrackerDocument, { inRegion: true });
    expect(one.body.data!.municipalities).toEqual([zeist]);
    const [fiveLog, oneLog] = [await api.logOf(five), await api.logOf(one)];
    expect(fiveLog.sqlCount).toBe(oneLog.sqlCount);
    // municipalities, the latest elections, the tracker rows, elections, agreements, agenda points, parties,
    // the agreements' parties
    expect(oneLog.sqlCount).toBe(8);
  } finally {
    await api.dataSource.query(
      `UPDATE municipality SET in_region = true WHERE cbs_code IN ('GM0310', 'GM0312', 'GM0352', 'GM1581')`,
    );
  }
});
