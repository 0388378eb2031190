import {
  ConfirmSocialReturnCreditsDocument,
  CreditSocialReturnDocument,
  MovePlacementDocument,
  ProposePlacementDocument,
  SocialReturnTotalsDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import {
  civilServant,
  coach,
  createCandidate,
  dbId,
  insertAward,
  member,
  placedAgo,
  postOpportunity,
  supplierBusiness,
} from './fixtures';

/**
 * Checked social-return credits (issue 21): never more months than the placement was actually placed, the
 * value from the rate table up to the obligation with the rest recorded as surplus, and the buyer confirms.
 */
let api: TestServer;
let coachHeaders: Record<string, string>;
let memberHeaders: Record<string, string>;
let supplier: { id: string; kvk: string; profileId: string };
let opportunityId: string;

beforeAll(async () => {
  api = await startTestServer();
  coachHeaders = await coach(api);
  supplier = await supplierBusiness(api);
  memberHeaders = await member(api, supplier.kvk);
  opportunityId = await postOpportunity(api, memberHeaders, { title: 'Magazijnmedewerker', places: 10 });
});
afterAll(() => api.close());

/** A LABOUR_DISABILITY candidate (rates: €5,000 from 1 month, €20,000 from 6, €35,000 from 12) placed now. */
async function placed(stages: ('PLACED' | 'COMPLETED')[] = ['PLACED']) {
  const candidateId = await createCandidate(api, { targetGroup: 'LABOUR_DISABILITY' });
  const placementId = (
    await api.graphql(ProposePlacementDocument, { input: { candidateId, opportunityId } }, coachHeaders)
  ).body.data!.proposePlacement.placement!.id;
  for (const stage of ['INTRODUCED', 'TRIAL', ...stages] as const) {
    const moved = await api.graphql(
      MovePlacementDocument,
      { input: { id: placementId, stage } },
      coachHeaders,
    );
    expect(moved.body.data!.movePlacement.userErrors).toEqual([]);
  }
  return placementId;
}

const credit = (awardId: string, placementId: string, months: number) =>
  api.graphql(CreditSocialReturnDocument, { input: { awardId, placementId, months } }, coachHeaders);
const creditsOf = async (placementId: string) =>
  (
    await api.dataSource.query(
      `SELECT count(*)::int AS n FROM social_return_credit WHERE placement_id = $1`,
      [dbId(placementId)],
    )
  )[0].n;

test('the issue’s case: 12 months for a placement PLACED minutes ago is refused and stores nothing', async () => {
  const awardId = await insertAward(api, supplier, 16_000_000, 5); // €8,000 owed
  const placementId = await placed();
  for (const months of [12, 1]) {
    const res = await credit(awardId, placementId, months);
    expect(res.body.data!.creditSocialReturn.userErrors).toEqual([
      {
        code: 'EXCEEDS_PLACED_MONTHS',
        message: 'The placement has been placed 0 whole month(s) so far; no more can be credited',
        field: ['input', 'months'],
      },
    ]);
  }
  expect(await creditsOf(placementId)).toBe(0);
});

test('months count up to today while PLACED: 7 months placed allow 7, not 8', async () => {
  const awardId = await insertAward(api, supplier, 100_000_000, 10); // €100,000 owed
  const placementId = await placed();
  await placedAgo(api, placementId, 7);
  expect((await credit(awardId, placementId, 8)).body.data!.creditSocialReturn.userErrors[0].code).toBe(
    'EXCEEDS_PLACED_MONTHS',
  );
  const ok = await credit(awardId, placementId, 7);
  // The rate of 6 months and more: €20,000, all of it counted (well within the obligation).
  expect(ok.body.data!.creditSocialReturn).toMatchObject({
    userErrors: [],
    credit: { months: 7, value: 2_000_000 },
  });
});

test('a COMPLETED placement counts the months until its completion, not until today', async () => {
  const awardId = await insertAward(api, supplier, 100_000_000, 10);
  const placementId = await placed(['PLACED', 'COMPLETED']);
  // Placed 14 months ago, completed 10 months ago: 4 months placed.
  await placedAgo(api, placementId, 14);
  await api.dataSource.query(
    `UPDATE placement_transition SET at = now() - interval '10 months' WHERE placement_id = $1 AND "to" = 'COMPLETED'`,
    [dbId(placementId)],
  );
  expect((await credit(awardId, placementId, 5)).body.data!.creditSocialReturn.userErrors[0].code).toBe(
    'EXCEEDS_PLACED_MONTHS',
  );
  const ok = await credit(awardId, placementId, 4);
  expect(ok.body.data!.creditSocialReturn).toMatchObject({
    userErrors: [],
    credit: { months: 4, value: 500_000 },
  });
});

test('beyond the obligation: counted up to it, the rest recorded as surplus; a met obligation takes no more', async () => {
  const awardId = await insertAward(api, supplier, 16_000_000, 5); // €8,000 owed
  const first = await placed();
  await placedAgo(api, first, 12);
  const res = await credit(awardId, first, 12); // worth €35,000
  expect(res.body.data!.creditSocialReturn).toMatchObject({ userErrors: [], credit: { value: 800_000 } });
  const totals = await api.graphql(SocialReturnTotalsDocument, { awardId }, coachHeaders);
  expect(totals.body.data!.socialReturnStatus).toMatchObject({
    obligated: 800_000,
    credited: 800_000,
    surplus: 2_700_000,
    remaining: 0,
    confirmed: 0,
    awaitingConfirmation: 800_000,
    credits: [{ months: 12, value: 800_000, surplus: 2_700_000, confirmedAt: null, confirmedByName: null }],
  });
  // Never more credited than obligated: a further placement is refused and stores nothing.
  const second = await placed();
  await placedAgo(api, second, 6);
  const refused = await credit(awardId, second, 6);
  expect(refused.body.data!.creditSocialReturn.userErrors).toEqual([
    {
      code: 'NOT_ALLOWED',
      message: 'The social-return obligation of this award is met',
      field: ['input', 'awardId'],
    },
  ]);
  expect(await creditsOf(second)).toBe(0);
});

test('the buyer confirms the credits it checked; another amount, municipality or role confirms nothing', async () => {
  const awardId = await insertAward(api, supplier, 100_000_000, 10);
  const placementId = await placed();
  await placedAgo(api, placementId, 6);
  expect((await credit(awardId, placementId, 6)).body.data!.creditSocialReturn.userErrors).toEqual([]);
  const zeist = await civilServant(api, 'GM0355');
  const confirm = (headers: Record<string, string>, awaitingConfirmation: number) =>
    api.graphql(ConfirmSocialReturnCreditsDocument, { input: { awardId, awaitingConfirmation } }, headers);

  const stale = await confirm(zeist, 1_000_000);
  expect(stale.body.data!.confirmSocialReturnCredits.userErrors.map((e) => e.code)).toEqual(['INVALID']);
  const elsewhere = await confirm(await civilServant(api, 'GM0310'), 2_000_000);
  expect(elsewhere.body.data!.confirmSocialReturnCredits.userErrors.map((e) => e.code)).toEqual([
    'NOT_FOUND',
  ]);
  for (const headers of [coachHeaders, memberHeaders]) {
    expect((await confirm(headers, 2_000_000)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  const [row] = await api.dataSource.query(
    `SELECT confirmed_at FROM social_return_credit WHERE placement_id = $1`,
    [dbId(placementId)],
  );
  expect(row.confirmed_at).toBeNull();

  const ok = await confirm(zeist, 2_000_000);
  expect(ok.body.data!.confirmSocialReturnCredits).toEqual({
    userErrors: [],
    status: { confirmed: 2_000_000, awaitingConfirmation: 0 },
  });
  const totals = await api.graphql(SocialReturnTotalsDocument, { awardId }, coachHeaders);
  expect(totals.body.data!.socialReturnStatus!.credits![0]).toMatchObject({
    confirmedByName: 'Ambtenaar GM0355',
  });
  // Nothing left to confirm.
  expect(
    (await confirm(zeist, 0)).body.data!.confirmSocialReturnCredits.userErrors.map((e) => e.code),
  ).toEqual(['NOT_ALLOWED']);
});
