import {
  CloseOpportunityDocument,
  ConvertProjectDocument,
  CreditSocialReturnDocument,
  MovePlacementDocument,
  OpportunitiesDocument,
  OpportunitiesWithPlacementsDocument,
  OpportunityDocument,
  OpportunityProcurementRequestDocument,
  ParticipationDocument,
  PostOpportunityDocument,
  ProposePlacementDocument,
  SocialReturnStatusDocument,
} from '../__generated__/graphql';
import { toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import {
  dbId,
  admin,
  civilServant,
  coach,
  createCandidate,
  insertAward,
  member,
  placedAgo,
  postOpportunity,
  supplierBusiness,
} from './fixtures';

let api: TestServer;
let coachHeaders: Record<string, string>;
let supplier: { id: string; kvk: string; profileId: string };
let memberHeaders: Record<string, string>;
beforeAll(async () => {
  api = await startTestServer();
  coachHeaders = await coach(api);
  supplier = await supplierBusiness(api);
  memberHeaders = await member(api, supplier.kvk);
});
afterAll(() => api.close());

const countOpportunities = async () =>
  Number((await api.dataSource.query(`SELECT count(*) FROM opportunity`))[0].count);

describe('posting', () => {
  test('a member posts for their business, a civil servant for their municipality, a coach for an institution', async () => {
    const posted = await api.graphql(
      PostOpportunityDocument,
      { input: { kind: 'HOLIDAY_JOB', title: 'Vakantiehulp', targetGroups: ['PUPIL'], places: 2 } },
      memberHeaders,
    );
    const [business] = await api.dataSource.query(
      `SELECT b.name, m.cbs_code FROM business b JOIN municipality m ON m.id = b.municipality_id WHERE b.id = $1`,
      [supplier.id],
    );
    expect(posted.body.data!.postOpportunity).toEqual({
      userErrors: [],
      opportunity: expect.objectContaining({
        status: 'OPEN',
        posterKind: 'BUSINESS',
        business: { name: business.name },
        organisation: null,
        municipality: { cbsCode: business.cbs_code },
        targetGroups: ['PUPIL'],
      }),
    });
    const municipal = await api.graphql(
      PostOpportunityDocument,
      { input: { kind: 'PROJECT', title: 'Bankjes schilderen' } },
      await civilServant(api, 'GM0352'),
    );
    expect(municipal.body.data!.postOpportunity.opportunity).toMatchObject({
      posterKind: 'MUNICIPALITY',
      municipality: { cbsCode: 'GM0352' },
      business: null,
    });
    const [school] = await api.dataSource.query(
      `SELECT id FROM organisation WHERE name = 'Revius Lyceum Doorn'`,
    );
    const institutional = await api.graphql(
      PostOpportunityDocument,
      {
        input: {
          kind: 'INTERNSHIP',
          title: 'Stage administratie',
          organisationId: toGlobalId('Organisation', school.id),
        },
      },
      coachHeaders,
    );
    expect(institutional.body.data!.postOpportunity.opportunity).toMatchObject({
      posterKind: 'ORGANISATION',
      organisation: { name: 'Revius Lyceum Doorn' },
      municipality: { cbsCode: 'GM1581' },
    });
  });

  test('bad input is a coded error and posts nothing', async () => {
    const before = await countOpportunities();
    const cases: [Record<string, string>, Record<string, unknown>, string][] = [
      [memberHeaders, { closingDate: '2001-01-01' }, 'INVALID'],
      [memberHeaders, { municipality: 'GM9999' }, 'NOT_FOUND'],
      [await civilServant(api, 'GM0352'), { municipality: 'GM0355' }, 'INVALID'],
      [coachHeaders, {}, 'INVALID'],
    ];
    for (const [headers, input, code] of cases) {
      const response = await api.graphql(
        PostOpportunityDocument,
        { input: { kind: 'JOB', title: 'Ongeldig', ...input } },
        headers,
      );
      expect(response.body.data!.postOpportunity.userErrors.map((e) => e.code)).toEqual([code]);
    }
    const refused = await api.graphql(
      PostOpportunityDocument,
      { input: { kind: 'JOB', title: 'Geen rol' } },
      await api.token({ roles: ['EDITOR' as never] }),
    );
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await countOpportunities()).toBe(before);
  });
});

describe('the public board', () => {
  test('open opportunities are public with search and filters; closed ones only for their poster and coaches', async () => {
    const id = await postOpportunity(api, memberHeaders, {
      kind: 'VOLUNTEERING',
      title: 'Zwemmen begeleiden bij de Klompenmakers',
      targetGroups: ['ASPIRING_EMPLOYEE'],
    });
    const found = await api.graphql(OpportunitiesDocument, {
      filter: { search: 'klompenmakers', kinds: ['VOLUNTEERING'], targetGroups: ['ASPIRING_EMPLOYEE'] },
    });
    expect(found.body.data!.opportunities.nodes.map((n) => n.id)).toEqual([id]);
    const otherGroup = await api.graphql(OpportunitiesDocument, {
      filter: { search: 'klompenmakers', targetGroups: ['PUPIL'] },
    });
    expect(otherGroup.body.data!.opportunities.nodes).toEqual([]);

    const closed = await api.graphql(CloseOpportunityDocument, { id }, memberHeaders);
    expect(closed.body.data!.closeOpportunity.opportunity!.status).toBe('CLOSED');
    expect((await api.graphql(OpportunityDocument, { id })).body.data!.opportunity).toBeNull();
    expect(
      (await api.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id })).body.data!.node,
    ).toBeNull();
    const again = await api.graphql(OpportunitiesDocument, { filter: { search: 'klompenmakers' } });
    expect(again.body.data!.opportunities.nodes).toEqual([]);
    const asClosedByPublic = await api.graphql(OpportunitiesDocument, {
      filter: { search: 'klompenmakers', status: 'CLOSED' },
    });
    expect(asClosedByPublic.body.data!.opportunities.nodes).toEqual([]);
    for (const headers of [memberHeaders, coachHeaders]) {
      expect((await api.graphql(OpportunityDocument, { id }, headers)).body.data!.opportunity!.status).toBe(
        'CLOSED',
      );
    }
    // Another member cannot close what is not theirs.
    const other = await postOpportunity(api, memberHeaders, { title: 'Niet van jou' });
    const [stranger] = await api.dataSource.query(`SELECT kvk_number FROM business WHERE id <> $1 LIMIT 1`, [
      supplier.id,
    ]);
    const refused = await api.graphql(
      CloseOpportunityDocument,
      { id: other },
      await member(api, stranger.kvk_number),
    );
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('a page of opportunities with business, municipality and placements costs the same statements for 2 and 50', async () => {
    const filler = Array.from({ length: 50 }, (_, i) =>
      postOpportunity(api, memberHeaders, { title: `Vacature ${i}`, places: 3 }),
    );
    const ids = await Promise.all(filler);
    for (const opportunityId of ids.slice(0, 10)) {
      await api.graphql(
        ProposePlacementDocument,
        { input: { candidateId: await createCandidate(api), opportunityId } },
        coachHeaders,
      );
    }
    const small = await api.graphql(OpportunitiesWithPlacementsDocument, { first: 2 }, coachHeaders);
    const large = await api.graphql(OpportunitiesWithPlacementsDocument, { first: 50 }, coachHeaders);
    expect(small.body.errors).toBeUndefined();
    expect(large.body.data!.opportunities.nodes).toHaveLength(50);
    expect(
      large.body.data!.opportunities.nodes.filter((n) => n.placements!.length > 0).length,
    ).toBeGreaterThan(0);
    const [smallLog, largeLog] = [await api.logOf(small), await api.logOf(large)];
    expect(largeLog.sqlCount).toBe(smallLog.sqlCount);
  });

  test('the board with its count, businesses and municipalities is one statement, as the loaders answer', async () => {
    const board = `query Board { opportunities(first: 20) { totalCount nodes { id kind title places
      hoursPerWeek targetGroups business { name } municipality { name } organisation { name } } } }`;
    const compiled = await api.graphql<{ opportunities: { totalCount: number; nodes: unknown[] } }>(board);
    expect(compiled.body.errors).toBeUndefined();
    expect(compiled.body.data!.opportunities.nodes).toHaveLength(20);
    expect(compiled.body.data!.opportunities.totalCount).toBeGreaterThan(20);
    expect((await api.logOf(compiled)).sqlCount).toBe(1);
    api.config.compiledLists = false;
    try {
      const loaded = await api.graphql(board);
      expect(loaded.body).toEqual(compiled.body);
      expect((await api.logOf(loaded)).sqlCount).toBeGreaterThanOrEqual(4);
    } finally {
      api.config.compiledLists = true;
    }
  });
});

describe('municipal projects become procurement requests', () => {
  const convertInput = (opportunityId: string) => ({
    opportunityId,
    cpvCode: '45442100',
    estimatedValue: 1_500_000,
    deadline: new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString(),
    socialReturnPercentage: 5,
  });

  test('a civil servant of the municipality converts a PROJECT once; others cannot', async () => {
    const wijk = await civilServant(api, 'GM0352');
    const project = await postOpportunity(api, wijk, { kind: 'PROJECT', title: 'Speeltuin opknappen' });
    const job = await postOpportunity(api, wijk, { kind: 'JOB', title: 'Baliemedewerker' });

    const zeist = await api.graphql(
      ConvertProjectDocument,
      { input: convertInput(project) },
      await civilServant(api, 'GM0355'),
    );
    expect(zeist.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const notProject = await api.graphql(ConvertProjectDocument, { input: convertInput(job) }, wijk);
    expect(notProject.body.data!.convertProjectToProcurementRequest.userErrors.map((e) => e.code)).toEqual([
      'NOT_ALLOWED',
    ]);

    const converted = await api.graphql(ConvertProjectDocument, { input: convertInput(project) }, wijk);
    const result = converted.body.data!.convertProjectToProcurementRequest;
    expect(result.userErrors).toEqual([]);
    expect(result.opportunity!.procurementRequestId).toBe(result.procurementRequestId);
    const [request] = await api.dataSource.query(
      `SELECT r.title, r.status, r.source, r.social_return_percentage, m.cbs_code
         FROM procurement_request r JOIN municipality m ON m.id = r.municipality_id WHERE r.id = $1`,
      [dbId(result.procurementRequestId!)],
    );
    expect(request).toEqual({
      title: 'Speeltuin opknappen',
      status: 'DRAFT',
      source: expect.stringContaining(project),
      social_return_percentage: 5,
      cbs_code: 'GM0352',
    });
    // The request itself is for those who may see it (`procurementRequest(id:)`): its buyers here.
    const requestAs = async (headers: Record<string, string>) => {
      const response = await api.graphql(OpportunityProcurementRequestDocument, { id: project }, headers);
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.opportunity!.procurementRequest;
    };
    const seen = { id: result.procurementRequestId, status: 'DRAFT' };
    expect(await requestAs(wijk)).toEqual(seen);
    expect(await requestAs(await admin(api))).toEqual(seen);
    expect(await requestAs({})).toBeNull();
    expect(await requestAs(coachHeaders)).toBeNull();
    expect(await requestAs(memberHeaders)).toBeNull();
    expect(await requestAs(await civilServant(api, 'GM0355'))).toBeNull();
    const notConverted = await api.graphql(OpportunityProcurementRequestDocument, { id: job }, wijk);
    expect(notConverted.body.data!.opportunity!.procurementRequest).toBeNull();
    const twice = await api.graphql(ConvertProjectDocument, { input: convertInput(project) }, wijk);
    expect(twice.body.data!.convertProjectToProcurementRequest.userErrors.map((e) => e.code)).toEqual([
      'NOT_ALLOWED',
    ]);
  });

  test('an admin converts for the project’s municipality; a bad CPV code is a user error and changes nothing', async () => {
    const project = await postOpportunity(api, await civilServant(api, 'GM0352'), {
      kind: 'PROJECT',
      title: 'Dijkpad',
    });
    const before = Number((await api.dataSource.query(`SELECT count(*) FROM procurement_request`))[0].count);
    const bad = await api.graphql(
      ConvertProjectDocument,
      { input: { ...convertInput(project), cpvCode: '99999999' } },
      await admin(api),
    );
    expect(bad.body.data!.convertProjectToProcurementRequest.userErrors.map((e) => e.code)).toEqual([
      'NOT_FOUND',
    ]);
    expect(Number((await api.dataSource.query(`SELECT count(*) FROM procurement_request`))[0].count)).toBe(
      before,
    );
    const [row] = await api.dataSource.query(`SELECT procurement_request_id FROM opportunity WHERE id = $1`, [
      dbId(project),
    ]);
    expect(row.procurement_request_id).toBeNull();
    const good = await api.graphql(
      ConvertProjectDocument,
      { input: convertInput(project) },
      await admin(api),
    );
    expect(good.body.data!.convertProjectToProcurementRequest.userErrors).toEqual([]);
    const [request] = await api.dataSource.query(
      `SELECT m.cbs_code, r.created_by_name FROM procurement_request r JOIN municipality m ON m.id = r.municipality_id
        WHERE r.id = $1`,
      [dbId(good.body.data!.convertProjectToProcurementRequest.procurementRequestId!)],
    );
    expect(request).toEqual({ cbs_code: 'GM0352', created_by_name: 'Beheerder' });
  });
});

describe('social return', () => {
  test('a placed candidate is credited to the supplier’s award once, at the rate of the table', async () => {
    // €100,000 at 10%: €10,000 owed.
    const awardId = await insertAward(api, supplier, 10_000_000, 10);
    const opportunityId = await postOpportunity(api, memberHeaders, {
      title: 'Groenonderhoud medewerker',
      places: 2,
    });
    const candidateId = await createCandidate(api, { targetGroup: 'LABOUR_DISABILITY' });
    const placementId = (
      await api.graphql(ProposePlacementDocument, { input: { candidateId, opportunityId } }, coachHeaders)
    ).body.data!.proposePlacement.placement!.id;
    const credit = (months: number) =>
      api.graphql(CreditSocialReturnDocument, { input: { awardId, placementId, months } }, coachHeaders);

    // Not placed yet: refused, nothing credited.
    expect((await credit(6)).body.data!.creditSocialReturn.userErrors.map((e) => e.code)).toEqual([
      'NOT_ALLOWED',
    ]);
    for (const stage of ['INTRODUCED', 'TRIAL', 'PLACED'] as const) {
      await api.graphql(MovePlacementDocument, { input: { id: placementId, stage } }, coachHeaders);
    }
    const [rate] = await api.dataSource.query(
      `SELECT value::int FROM social_return_rate WHERE target_group = 'LABOUR_DISABILITY' AND min_months = 6`,
    );
    await placedAgo(api, placementId, 7);
    const first = await credit(7);
    // The rate (€20,000) is more than the €10,000 owed: the obligation counts, the rest is surplus.
    expect(rate.value).toBe(2_000_000);
    expect(first.body.data!.creditSocialReturn).toEqual({
      userErrors: [],
      credit: { months: 7, value: 1_000_000, creditedByName: 'Coach coach-anna' },
    });
    const status = await api.graphql(SocialReturnStatusDocument, { awardId }, coachHeaders);
    expect(status.body.data!.socialReturnStatus).toEqual({
      obligated: 1_000_000,
      credited: 1_000_000,
      remaining: 0,
      credits: [{ value: 1_000_000, placement: { stage: 'PLACED' } }],
    });
    // The supplier's member sees it too; anonymous callers and other members get null.
    expect(
      (await api.graphql(SocialReturnStatusDocument, { awardId }, memberHeaders)).body.data!
        .socialReturnStatus,
    ).not.toBeNull();
    expect(
      (await api.graphql(SocialReturnStatusDocument, { awardId })).body.data!.socialReturnStatus,
    ).toBeNull();

    // A second credit of the same placement, also to another award, is ALREADY_CREDITED and changes nothing.
    const again = await credit(12);
    expect(again.body.data!.creditSocialReturn.userErrors.map((e) => e.code)).toEqual(['ALREADY_CREDITED']);
    const otherAward = await insertAward(api, supplier, 5_000_000, 5);
    const elsewhere = await api.graphql(
      CreditSocialReturnDocument,
      { input: { awardId: otherAward, placementId, months: 12 } },
      coachHeaders,
    );
    expect(elsewhere.body.data!.creditSocialReturn.userErrors.map((e) => e.code)).toEqual([
      'ALREADY_CREDITED',
    ]);
    const rows = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM social_return_credit WHERE placement_id = $1`,
      [dbId(placementId)],
    );
    expect(rows[0].n).toBe(1);
    // The database holds the rule too: a direct second insert is refused by the unique index.
    await expect(
      api.dataSource.query(
        `INSERT INTO social_return_credit (award_id, placement_id, months, value, credited_at, credited_by_subject, credited_by_name)
         SELECT award_id, placement_id, 1, 1, now(), 'x', 'x' FROM social_return_credit WHERE placement_id = $1`,
        [dbId(placementId)],
      ),
    ).rejects.toThrow(/duplicate key/);
  });

  test('buyers see the totals only; each credit (placement, months, value, who) is for coaches and admins', async () => {
    // One credit of €15,000 against a public rate table would tell a buyer the placed candidate's target group.
    const awardId = await insertAward(api, supplier, 20_000_000, 10);
    const opportunityId = await postOpportunity(api, memberHeaders, { title: 'Schoonmaak medewerker' });
    const candidateId = await createCandidate(api, { targetGroup: 'LABOUR_DISABILITY' });
    const placementId = (
      await api.graphql(ProposePlacementDocument, { input: { candidateId, opportunityId } }, coachHeaders)
    ).body.data!.proposePlacement.placement!.id;
    for (const stage of ['INTRODUCED', 'TRIAL', 'PLACED'] as const) {
      await api.graphql(MovePlacementDocument, { input: { id: placementId, stage } }, coachHeaders);
    }
    await placedAgo(api, placementId, 6);
    const credited = await api.graphql(
      CreditSocialReturnDocument,
      { input: { awardId, placementId, months: 6 } },
      coachHeaders,
    );
    expect(credited.body.data!.creditSocialReturn.userErrors).toEqual([]);
    const value = credited.body.data!.creditSocialReturn.credit!.value;
    const query = `query($awardId: ID!) {
      socialReturnStatus(awardId: $awardId) {
        obligated credited remaining credits { months value creditedByName placement { id } }
      }
    }`;
    type Status = {
      socialReturnStatus: {
        obligated: number;
        credited: number;
        remaining: number;
        credits: { months: number; value: number; creditedByName: string }[] | null;
      } | null;
    };
    const totals = { obligated: 2_000_000, credited: value, remaining: 2_000_000 - value };
    for (const headers of [coachHeaders, await admin(api)]) {
      const res = await api.graphql<Status>(query, { awardId }, headers);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.socialReturnStatus).toEqual({
        ...totals,
        credits: [{ months: 6, value, creditedByName: 'Coach coach-anna', placement: { id: placementId } }],
      });
    }
    // The buying municipality (Zeist) and the supplier's member: the totals, no credits.
    for (const headers of [await civilServant(api, 'GM0355'), memberHeaders]) {
      const res = await api.graphql<Status>(query, { awardId }, headers);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.socialReturnStatus).toEqual({ ...totals, credits: null });
    }
  });
});

test('participation: the municipalities that run the model, including ones outside the region', async () => {
  const response = await api.graphql(ParticipationDocument);
  const rows = response.body.data!.socialEnterpriseParticipation;
  expect(rows.map((r) => r.municipality.cbsCode)).toEqual(
    expect.arrayContaining(['GM0352', 'GM0355', 'GM0310', 'GM0312', 'GM1581']),
  );
  expect(rows.some((r) => !r.municipality.inRegion)).toBe(true);
  expect(rows.find((r) => r.municipality.cbsCode === 'GM0352')).toMatchObject({
    status: 'ADOPTED',
    municipality: { socialEnterpriseParticipation: { status: 'ADOPTED' } },
  });
});
