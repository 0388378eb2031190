import { ProposePlacementDocument } from '../__generated__/graphql';
import { startMailTest } from '../notifications/setup';
import { coach, createCandidate, member, postOpportunity, supplierBusiness } from './fixtures';

let t: Awaited<ReturnType<typeof startMailTest>>;

beforeAll(async () => {
  t = await startMailTest();
});
afterAll(() => t?.close());

const ANSWER = `mutation Answer($input: AnswerPlacementInput!) {
  answerPlacement(input: $input) { placement { stage } userErrors { code } }
}`;

describe('the coach is told when an employer answers', () => {
  test('a decline reaches the coach from the address book, under the candidate’s pseudonym', async () => {
    await t.server.dataSource.query(
      `INSERT INTO notification_address (subject, email) VALUES ('coach-bert', 'bert.coach@example.nl')`,
    );
    const coachHeaders = await coach(t.server, 'coach-bert');
    const business = await supplierBusiness(t.server);
    const employer = await member(t.server, business.kvk);
    const opportunityId = await postOpportunity(t.server, employer);
    const candidateId = await createCandidate(t.server, {}, coachHeaders);
    const proposed = await t.server.graphql(
      ProposePlacementDocument,
      { input: { candidateId, opportunityId } },
      coachHeaders,
    );
    const id = proposed.body.data!.proposePlacement.placement!.id;
    const answered = await t.server.graphql(
      ANSWER,
      { input: { id, answer: 'DECLINE', note: 'Past helaas niet in het rooster' } },
      employer,
    );
    expect(answered.body.data).toEqual({
      answerPlacement: { placement: { stage: 'DECLINED' }, userErrors: [] },
    });
    await t.smtp.waitFor(() => t.smtp.to('bert.coach@example.nl').length > 0);
    const [mail] = t.smtp.to('bert.coach@example.nl');
    expect(mail.subject).toMatch(/^Plaatsing van K-\w+: /);
    // The candidate's name stays in the portal; the mail carries only the pseudonym.
    expect(mail.text).not.toContain('Jansen');
  });
});
