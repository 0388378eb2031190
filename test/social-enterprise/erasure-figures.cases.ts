import type { OpportunityKind, SocialEnterpriseStatsQuery } from '../__generated__/graphql';
import {
  EraseCandidateDocument,
  MovePlacementDocument,
  ProposePlacementDocument,
  SocialEnterpriseStatsDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { toGlobalId } from '../../src/kit';
import { coach, createCandidate, dbId, member, postOpportunity, supplierBusiness } from './fixtures';

let api: TestServer;
let coachHeaders: Record<string, string>;
let werkBijDuurstede: string;
const YEAR = Number(new Date().toLocaleString('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }));
// Houten: outside the region, no demo opportunities; every figure below is this file's own.
const HOUTEN = 'GM0321';

beforeAll(async () => {
  api = await startTestServer();
  coachHeaders = await coach(api);
  const [row] = await api.dataSource.query(`SELECT id FROM organisation WHERE name = 'Werk bij Duurstede'`);
  werkBijDuurstede = toGlobalId('Organisation', row.id);
  // The whole board and its municipalities are suppressed as one table (subtraction.cases.ts), so the
  // demo's figures of this year would withhold Houten's too: they move back two years, and this year's
  // figures are this file's own.
  await api.dataSource.query(`UPDATE opportunity SET created_at = created_at - interval '2 years'`);
  await api.dataSource.query(`UPDATE placement SET created_at = created_at - interval '2 years'`);
});
afterAll(() => api.close());

const post = (kind: OpportunityKind, times: number) =>
  Promise.all(
    Array.from({ length: times }, (_, i) =>
      postOpportunity(api, coachHeaders, {
        kind,
        title: `${kind} ${i + 1} in Houten`,
        municipality: HOUTEN,
        organisationId: werkBijDuurstede,
        places: 3,
      }),
    ),
  );

async function stats(headers: Record<string, string> = {}) {
  const response = await api.graphql(
    SocialEnterpriseStatsDocument,
    { year: YEAR, municipality: HOUTEN },
    headers,
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.socialEnterpriseStats;
}
const byKind = (figures: SocialEnterpriseStatsQuery['socialEnterpriseStats']) =>
  Object.fromEntries(figures.opportunitiesByKind.map((k) => [k.kind, k.count.value]));

describe('suppression', () => {
  test('4 is suppressed and 5 is shown for everyone but coaches and admins, API keys included', async () => {
    await post('JOB', 4);
    const reportsKey = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['reports:read'])).headers;
    for (const headers of [{}, reportsKey, await member(api, (await supplierBusiness(api)).kvk)]) {
      const figures = await stats(headers);
      expect(figures.opportunitiesByKind.find((k) => k.kind === 'JOB')!.count).toEqual({
        value: null,
        suppressed: true,
      });
      expect(figures.opportunities).toEqual({ value: null, suppressed: true });
    }
    expect(byKind(await stats(coachHeaders)).JOB).toBe(4);
    expect(byKind(await stats(await api.token({ roles: ['ADMIN' as never] }))).JOB).toBe(4);
    await post('JOB', 1);
    const figures = await stats();
    expect(figures.opportunitiesByKind.find((k) => k.kind === 'JOB')!.count).toEqual({
      value: 5,
      suppressed: false,
    });
    expect(figures.opportunities).toEqual({ value: 5, suppressed: false });
  });

  test('a total minus its visible parts does not give away a suppressed count', async () => {
    await post('HOLIDAY_JOB', 6);
    await post('VOLUNTEERING', 2);
    // Coaches see it all: JOB 5, HOLIDAY_JOB 6, VOLUNTEERING 2, of 13.
    const exact = await stats(coachHeaders);
    expect(exact.opportunities.value).toBe(13);
    expect(byKind(exact)).toMatchObject({ JOB: 5, HOLIDAY_JOB: 6, VOLUNTEERING: 2 });
    const shown = await stats();
    expect(shown.opportunities).toEqual({ value: 13, suppressed: false });
    const kinds = byKind(shown);
    expect(kinds.VOLUNTEERING).toBeNull();
    // Without a second suppression, 13 − 5 − 6 = 2 would tell the VOLUNTEERING count: JOB (the smaller) goes too.
    expect(kinds).toMatchObject({ JOB: null, HOLIDAY_JOB: 6 });
    const visible = Object.values(kinds).reduce<number>((sum, value) => sum + (value ?? 0), 0);
    expect(13 - visible).toBeGreaterThanOrEqual(5);
  });
});

describe('placements, figures and erasure', () => {
  let opportunityIds: string[];
  let erasedId: string;

  const propose = async (candidateId: string, opportunityId: string, note: string) =>
    (
      await api.graphql(
        ProposePlacementDocument,
        { input: { candidateId, opportunityId, note } },
        coachHeaders,
      )
    ).body.data!.proposePlacement.placement!.id;
  const move = (id: string, stage: 'INTRODUCED' | 'TRIAL' | 'PLACED', note: string) =>
    api.graphql(MovePlacementDocument, { input: { id, stage, note } }, coachHeaders);

  beforeAll(async () => {
    opportunityIds = await post('WORK_TRIAL', 3);
    for (let i = 0; i < 6; i += 1) {
      const candidate = await createCandidate(api, {
        name: `Houtense Kandidaat ${i}`,
        email: `houten${i}@example.nl`,
        municipality: HOUTEN,
        targetGroup: i % 2 ? 'PUPIL' : 'LABOUR_DISABILITY',
        supportNeeds: `Geheime ondersteuningsbehoefte ${i}`,
      });
      if (i === 0) erasedId = candidate;
      const placement = await propose(candidate, opportunityIds[i % 3], `Notitie over kandidaat ${i}`);
      if (i < 5) {
        for (const stage of ['INTRODUCED', 'TRIAL', 'PLACED'] as const)
          await move(placement, stage, `Stap ${stage} ${i}`);
      }
    }
  });

  test('the figures agree with an independent computation on the tables', async () => {
    const figures = await stats(coachHeaders);
    const [expected] = await api.dataSource.query(
      `SELECT count(*)::int AS placements,
              count(*) FILTER (WHERE p.stage = 'PLACED')::int AS placed,
              count(*) FILTER (WHERE c.target_group = 'PUPIL')::int AS pupils,
              (SELECT sum(places)::int FROM opportunity o2 JOIN municipality m2 ON m2.id = o2.municipality_id
                WHERE m2.cbs_code = $1) AS places
         FROM placement p JOIN opportunity o ON o.id = p.opportunity_id
         JOIN municipality m ON m.id = o.municipality_id JOIN candidate c ON c.id = p.candidate_id
        WHERE m.cbs_code = $1`,
      [HOUTEN],
    );
    expect(figures.placements.value).toBe(expected.placements);
    expect(figures.placementsByStage.find((s) => s.stage === 'PLACED')!.count.value).toBe(expected.placed);
    expect(figures.placementsByTargetGroup.find((g) => g.targetGroup === 'PUPIL')!.count.value).toBe(
      expected.pupils,
    );
    expect(figures.fillRate).toBeCloseTo(expected.placed / expected.places, 10);
    expect(figures.medianDaysToPlacement).toBeGreaterThanOrEqual(0);
    expect(figures.medianDaysToPlacement).toBeLessThan(0.01);
    // In public: 6 placements are shown, the stages with 1 (PROPOSED) and so one more are withheld.
    const shown = await stats();
    expect(shown.placements).toEqual({ value: 6, suppressed: false });
    expect(shown.placementsByStage.find((s) => s.stage === 'PROPOSED')!.count.suppressed).toBe(true);
    expect(shown.placementsByStage.find((s) => s.stage === 'PLACED')!.count.suppressed).toBe(true);
  });

  test('erasure removes every identifying field and note for good; placements and figures stay', async () => {
    const before = await stats(coachHeaders);
    const publicBefore = await stats();
    const id = dbId(erasedId);
    const [{ pseudonym: oldPseudonym }] = await api.dataSource.query(
      `SELECT pseudonym FROM candidate WHERE id = $1`,
      [id],
    );

    const refused = await api.graphql(
      EraseCandidateDocument,
      { id: erasedId },
      await member(api, (await supplierBusiness(api)).kvk),
    );
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const erased = await api.graphql(EraseCandidateDocument, { id: erasedId }, coachHeaders);
    expect(erased.body.data!.eraseCandidate).toEqual({
      userErrors: [],
      candidate: { id: erasedId, name: null, email: null, supportNeeds: null, erasedAt: expect.any(String) },
    });

    const [row] = await api.dataSource.query(`SELECT * FROM candidate WHERE id = $1`, [id]);
    expect(row).toMatchObject({
      name: null,
      email: null,
      phone: null,
      birth_year: null,
      school: null,
      interests: null,
      support_needs: null,
      skills: [],
      availability: '',
      consent_given_on: null,
      consent_purposes: [],
      target_group: 'LABOUR_DISABILITY',
    });
    expect(row.pseudonym).not.toBe(oldPseudonym);
    const notes = await api.dataSource.query(
      `SELECT note FROM placement_transition WHERE candidate_id = $1`,
      [id],
    );
    expect(notes.length).toBeGreaterThan(1);
    expect(notes.every((n: { note: string | null }) => n.note === null)).toBe(true);
    // Nothing identifying left in any of the module's tables.
    for (const table of [
      'candidate',
      'placement',
      'placement_transition',
      'candidate_read',
      'candidate_erasure',
    ]) {
      const [{ hits }] = await api.dataSource.query(
        `SELECT count(*)::int AS hits FROM ${table} t
          WHERE row_to_json(t)::text ~* ANY(ARRAY['Houtense Kandidaat 0', 'houten0@', 'ondersteuningsbehoefte 0', 'kandidaat 0', $1])`,
        [oldPseudonym],
      );
      expect({ table, hits }).toEqual({ table, hits: 0 });
    }
    // The erasure is logged with the candidate, the erasing subject and the time only.
    const log = await api.dataSource.query(`SELECT * FROM candidate_erasure WHERE candidate_id = $1`, [id]);
    expect(log).toEqual([
      { id: expect.any(String), candidate_id: id, subject: 'coach-anna', erased_at: expect.any(Date) },
    ]);
    // Placements and figures are unchanged.
    expect(await stats(coachHeaders)).toEqual(before);
    expect(await stats()).toEqual(publicBefore);
    // A second erasure changes nothing.
    const again = await api.graphql(EraseCandidateDocument, { id: erasedId }, coachHeaders);
    expect(again.body.data!.eraseCandidate.userErrors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
  });
});
