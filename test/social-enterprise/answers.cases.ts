import { MovePlacementDocument, ProposePlacementDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { coach, createCandidate, dbId, member, postOpportunity, supplierBusiness } from './fixtures';

let api: TestServer;
let coachHeaders: Record<string, string>;
let employer: Record<string, string>;

beforeAll(async () => {
  api = await startTestServer();
  coachHeaders = await coach(api);
  const business = await supplierBusiness(api);
  employer = await member(api, business.kvk);
});
afterAll(() => api.close());

const ANSWER = `mutation Answer($input: AnswerPlacementInput!) {
  answerPlacement(input: $input) { placement { id stage } userErrors { code message field } }
}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const answer = async (input: Record<string, unknown>, headers = employer): Promise<any> => {
  const response = await api.graphql(ANSWER, { input }, headers);
  if (response.body.errors) return { errors: response.body.errors };
  return (response.body.data as { answerPlacement: unknown }).answerPlacement;
};

async function placementAt(stage: string): Promise<string> {
  // A fresh opportunity each time: placed candidates fill an opportunity, which then takes no proposals.
  const opportunityId = await postOpportunity(api, employer);
  const proposed = await api.graphql(
    ProposePlacementDocument,
    { input: { candidateId: await createCandidate(api), opportunityId } },
    coachHeaders,
  );
  const id = proposed.body.data!.proposePlacement.placement!.id;
  const path = ['INTRODUCED', 'TRIAL', 'PLACED', 'COMPLETED'];
  for (const next of path.slice(0, path.indexOf(stage) + 1)) {
    await api.graphql(MovePlacementDocument, { input: { id, stage: next as never } }, coachHeaders);
  }
  if (stage === 'ENDED' || stage === 'DECLINED') {
    await api.graphql(MovePlacementDocument, { input: { id, stage: stage as never } }, coachHeaders);
  }
  return id;
}

const stageOf = async (id: string) =>
  (await api.dataSource.query(`SELECT stage FROM placement WHERE id = $1`, [dbId(id)]))[0].stage;

describe('the employer answers a proposed or introduced candidate', () => {
  test.each([
    ['PROPOSED', 'ACCEPT', 'INTRODUCED'],
    ['INTRODUCED', 'ACCEPT', 'TRIAL'],
    ['PROPOSED', 'DECLINE', 'DECLINED'],
    ['INTRODUCED', 'DECLINE', 'DECLINED'],
  ])('%s, %s → %s, with the note in the coach’s history', async (from, verdict, to) => {
    const id = await placementAt(from);
    const result = await answer({ id, answer: verdict, note: 'Graag een kennismaking op dinsdag' });
    expect(result).toEqual({ placement: { id, stage: to }, userErrors: [] });
    const [transition] = await api.dataSource.query(
      `SELECT "from", "to", note, actor_name FROM placement_transition WHERE placement_id = $1 ORDER BY id DESC LIMIT 1`,
      [dbId(id)],
    );
    expect(transition).toEqual({
      from,
      to,
      note: 'Graag een kennismaking op dinsdag',
      actor_name: expect.stringContaining('Ondernemer'),
    });
  });

  test.each([
    ['TRIAL', 'ACCEPT'],
    ['TRIAL', 'DECLINE'],
    ['PLACED', 'ACCEPT'],
    ['PLACED', 'DECLINE'],
    ['COMPLETED', 'ACCEPT'],
    ['COMPLETED', 'DECLINE'],
    ['ENDED', 'ACCEPT'],
    ['ENDED', 'DECLINE'],
    ['DECLINED', 'ACCEPT'],
    ['DECLINED', 'DECLINE'],
  ])('%s cannot be answered with %s, and stays', async (from, verdict) => {
    const id = await placementAt(from);
    const result = await answer({ id, answer: verdict });
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['input', 'answer'] }),
    ]);
    expect(await stageOf(id)).toBe(from);
  });

  test('another firm, or a coach through this mutation, cannot answer', async () => {
    const id = await placementAt('PROPOSED');
    const [other] = await api.dataSource.query(
      `SELECT kvk_number FROM business WHERE kvk_number <> $1 ORDER BY kvk_number LIMIT 1`,
      [(await supplierBusiness(api)).kvk],
    );
    const stranger = await answer({ id, answer: 'DECLINE' }, await member(api, other.kvk_number));
    expect(stranger.userErrors[0].code).toBe('NOT_FOUND');
    const byCoach = await answer({ id, answer: 'DECLINE' }, coachHeaders);
    expect(byCoach.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await stageOf(id)).toBe('PROPOSED');
  });
});
