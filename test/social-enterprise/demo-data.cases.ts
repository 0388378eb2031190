import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

describe('the demo data', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());
  const q = (sql: string) => api.dataSource.query(sql);

  test('opportunities of every kind from businesses, Wijk bij Duurstede and institutions, some open', async () => {
    const kinds = await q(`SELECT DISTINCT kind::text FROM opportunity ORDER BY 1`);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'APPRENTICESHIP',
      'HOLIDAY_JOB',
      'INTERNSHIP',
      'JOB',
      'PROJECT',
      'VOLUNTEERING',
      'WORK_TRIAL',
    ]);
    const [posters] = await q(`
      SELECT count(*) FILTER (WHERE poster_kind = 'BUSINESS')::int AS businesses,
             count(*) FILTER (WHERE poster_kind = 'MUNICIPALITY' AND m.cbs_code = 'GM0352')::int AS wijk,
             count(*) FILTER (WHERE poster_kind = 'ORGANISATION' AND org.kind = 'SCHOOL')::int AS school,
             count(*) FILTER (WHERE o.status = 'OPEN')::int AS open
        FROM opportunity o JOIN municipality m ON m.id = o.municipality_id
        LEFT JOIN organisation org ON org.id = o.organisation_id`);
    expect(posters.businesses).toBeGreaterThan(2);
    expect(posters.wijk).toBeGreaterThan(0);
    expect(posters.school).toBeGreaterThan(0);
    expect(posters.open).toBeGreaterThan(3);
  });

  test('candidates of every target group, placements at every stage with their history', async () => {
    const groups = await q(`SELECT DISTINCT target_group::text FROM candidate ORDER BY 1`);
    expect(groups.map((g: { target_group: string }) => g.target_group)).toEqual([
      'ASPIRING_EMPLOYEE',
      'INTERN',
      'LABOUR_DISABILITY',
      'PUPIL',
    ]);
    const stages = await q(`SELECT DISTINCT stage FROM placement ORDER BY 1`);
    expect(stages.map((s: { stage: string }) => s.stage)).toEqual([
      'PROPOSED',
      'INTRODUCED',
      'TRIAL',
      'PLACED',
      'COMPLETED',
      'ENDED',
      'DECLINED',
    ]);
    // Each placement's last step is its stage.
    const [{ mismatches }] = await q(`
      SELECT count(*)::int AS mismatches FROM placement p
       WHERE p.stage <> (SELECT t.to::text::placement_stage FROM placement_transition t
                          WHERE t.placement_id = p.id ORDER BY t.at DESC, t.id DESC LIMIT 1)`);
    expect(mismatches).toBe(0);
  });

  test('participation of the five and municipalities outside the region, with their history', async () => {
    const rows = await q(`SELECT DISTINCT m.cbs_code, m.in_region FROM social_enterprise_participation p
                           JOIN municipality m ON m.id = p.municipality_id`);
    expect(rows.filter((r: { in_region: boolean }) => r.in_region)).toHaveLength(5);
    expect(rows.filter((r: { in_region: boolean }) => !r.in_region).length).toBeGreaterThan(0);
  });

  test('the supplier of an award that owes social return has a placement credited to that award', async () => {
    const credits = await q(`
      SELECT c.value::int, p.stage::text, o.business_id = a.business_id AS by_supplier,
             a.social_return_obligation::bigint > 0 AS owes
        FROM social_return_credit c
        JOIN placement p ON p.id = c.placement_id JOIN opportunity o ON o.id = p.opportunity_id
        JOIN award a ON a.id = c.award_id`);
    expect(credits).toEqual([{ value: expect.any(Number), stage: 'PLACED', by_supplier: true, owes: true }]);
    expect(credits[0].value).toBeGreaterThan(0);
  });
});
