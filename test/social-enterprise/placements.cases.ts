import {
  MovePlacementDocument,
  OpportunityDocument,
  ProposePlacementDocument,
} from '../__generated__/graphql';
import type { PlacementStage } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { coach, createCandidate, dbId, member, postOpportunity, supplierBusiness } from './fixtures';

let api: TestServer;
let coachHeaders: Record<string, string>;
beforeAll(async () => {
  api = await startTestServer();
  coachHeaders = await coach(api);
});
afterAll(() => api.close());

async function propose(candidateId: string, opportunityId: string) {
  const response = await api.graphql(
    ProposePlacementDocument,
    { input: { candidateId, opportunityId, note: 'Eerste gesprek gepland' } },
    coachHeaders,
  );
  return response.body.data!.proposePlacement;
}

const move = async (id: string, stage: PlacementStage, note?: string) =>
  (await api.graphql(MovePlacementDocument, { input: { id, stage, note } }, coachHeaders)).body.data!
    .movePlacement;

const stageOf = async (id: string) =>
  (await api.dataSource.query(`SELECT stage FROM placement WHERE id = $1`, [dbId(id)]))[0].stage;

async function placementAt(stage: PlacementStage, opportunityId: string): Promise<string> {
  const placement = (await propose(await createCandidate(api), opportunityId)).placement!.id;
  const path: PlacementStage[] = ['INTRODUCED', 'TRIAL', 'PLACED', 'COMPLETED'];
  for (const next of path.slice(0, path.indexOf(stage as never) + 1)) {
    const result = await move(placement, next);
    if (result.userErrors.length) throw new Error(JSON.stringify(result.userErrors));
  }
  return placement;
}

const ALL: PlacementStage[] = ['PROPOSED', 'INTRODUCED', 'TRIAL', 'PLACED', 'COMPLETED', 'ENDED', 'DECLINED'];
const ALLOWED: Record<PlacementStage, PlacementStage[]> = {
  PROPOSED: ['INTRODUCED', 'ENDED', 'DECLINED'],
  INTRODUCED: ['TRIAL', 'ENDED', 'DECLINED'],
  TRIAL: ['PLACED', 'ENDED', 'DECLINED'],
  PLACED: ['COMPLETED', 'ENDED', 'DECLINED'],
  COMPLETED: [],
  ENDED: [],
  DECLINED: [],
};

describe('every transition, allowed and refused', () => {
  let opportunityId: string;
  beforeAll(async () => {
    const business = await supplierBusiness(api);
    opportunityId = await postOpportunity(api, await member(api, business.kvk), {
      places: 100,
      title: 'Veel plekken',
    });
  });

  test.each(ALL.filter((from) => from !== 'ENDED' && from !== 'DECLINED'))('from %s', async (from) => {
    for (const to of ALL) {
      const placement =
        from === 'PROPOSED'
          ? (await propose(await createCandidate(api), opportunityId)).placement!.id
          : await placementAt(from, opportunityId);
      const result = await move(placement, to, `naar ${to}`);
      if (ALLOWED[from].includes(to)) {
        expect({ to, errors: result.userErrors }).toEqual({ to, errors: [] });
        expect(result.placement!.stage).toBe(to);
        expect(result.placement!.transitions.at(-1)).toEqual({
          from,
          to,
          actorName: 'Coach coach-anna',
          note: `naar ${to}`,
        });
      } else {
        expect({ to, codes: result.userErrors.map((e) => e.code) }).toEqual({
          to,
          codes: ['INVALID_TRANSITION'],
        });
        expect(await stageOf(placement)).toBe(from);
      }
    }
  });

  test('final stages refuse everything', async () => {
    for (const final of ['ENDED', 'DECLINED', 'COMPLETED'] as PlacementStage[]) {
      const placement = await placementAt(final === 'COMPLETED' ? 'COMPLETED' : 'PROPOSED', opportunityId);
      if (final !== 'COMPLETED') expect((await move(placement, final)).userErrors).toEqual([]);
      for (const to of ALL) {
        expect((await move(placement, to)).userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
      }
      expect(await stageOf(placement)).toBe(final);
    }
  });

  test('a member or anonymous caller cannot move placements', async () => {
    const placement = (await propose(await createCandidate(api), opportunityId)).placement!.id;
    const business = await supplierBusiness(api);
    for (const headers of [await member(api, business.kvk), {}]) {
      const response = await api.graphql(
        MovePlacementDocument,
        { input: { id: placement, stage: 'INTRODUCED' } },
        headers,
      );
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(response.body.errors?.[0].extensions?.code);
    }
    expect(await stageOf(placement)).toBe('PROPOSED');
  });
});

describe('places', () => {
  test('two placements racing for the last place: exactly one gets it and the opportunity is FILLED', async () => {
    const business = await supplierBusiness(api);
    const opportunityId = await postOpportunity(api, await member(api, business.kvk), {
      places: 2,
      title: 'Twee plekken',
    });
    await placementAt('PLACED', opportunityId);
    const first = await placementAt('TRIAL', opportunityId);
    const second = await placementAt('TRIAL', opportunityId);
    const results = await Promise.all([move(first, 'PLACED'), move(second, 'PLACED')]);
    const codes = results.map((r) => r.userErrors.map((e) => e.code)).sort();
    expect(codes).toEqual([[], ['INVALID_TRANSITION']]);
    const [counts] = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.stage = 'PLACED')::int AS placed, min(o.status::text) AS status
         FROM placement p JOIN opportunity o ON o.id = p.opportunity_id
        WHERE o.id = $1`,
      [dbId(opportunityId)],
    );
    expect(counts).toEqual({ placed: 2, status: 'FILLED' });
    // A filled opportunity takes no new proposals; a placed candidate who leaves frees the place.
    const refused = await propose(await createCandidate(api), opportunityId);
    expect(refused.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const winner = results[0].userErrors.length === 0 ? first : second;
    const ended = await move(winner, 'ENDED', 'Verhuisd');
    expect(ended.placement!.opportunity.status).toBe('OPEN');
  });

  test('the business sees its placements only as pseudonymous profiles', async () => {
    const business = await supplierBusiness(api);
    const headers = await member(api, business.kvk);
    const opportunityId = await postOpportunity(api, headers, { title: 'Profielen' });
    const candidateId = await createCandidate(api, { skills: ['lassen'], availability: 'hele week' });
    await propose(candidateId, opportunityId);
    const seen = await api.graphql(OpportunityDocument, { id: opportunityId }, headers);
    const [placement] = seen.body.data!.opportunity!.placements!;
    expect(placement.candidateProfile).toEqual({
      pseudonym: expect.stringMatching(/^K-[2-9A-HJKMNP-Z]{7}$/),
      targetGroup: 'LABOUR_DISABILITY',
      skills: ['lassen'],
      availability: 'hele week',
    });
    // The pseudonym is the business's own (not the coaches' internal one), stable and unrelated to the id.
    const [stored] = await api.dataSource.query(`SELECT id, pseudonym FROM candidate WHERE id = $1`, [
      dbId(candidateId),
    ]);
    expect(stored.pseudonym).not.toBe(placement.candidateProfile.pseudonym);
    expect(stored.id.toUpperCase()).not.toContain(placement.candidateProfile.pseudonym.slice(2));
    const again = await api.graphql(OpportunityDocument, { id: opportunityId }, headers);
    expect(again.body.data!.opportunity!.placements![0].candidateProfile.pseudonym).toBe(
      placement.candidateProfile.pseudonym,
    );
    // The candidate behind it stays out of reach for the business.
    const direct = await api.graphql(
      `query($id: ID!) { opportunity(id: $id) { placements { candidate { name } } } }`,
      { id: opportunityId },
      headers,
    );
    expect(direct.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(direct.body.data)).not.toContain('Jansen');
    // Another business does not see the placements at all.
    const [other] = await api.dataSource.query(`SELECT kvk_number FROM business WHERE id <> $1 LIMIT 1`, [
      business.id,
    ]);
    const foreign = await api.graphql(
      OpportunityDocument,
      { id: opportunityId },
      await member(api, other.kvk_number),
    );
    expect(foreign.body.data!.opportunity!.placements).toBeNull();
  });
});
