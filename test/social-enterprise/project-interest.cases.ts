import { toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { admin, civilServant, coach, dbId, member, postOpportunity } from './fixtures';

let api: TestServer;
let wijk: Record<string, string>;
let project: string;
/** Three supplier firms: one of Wijk bij Duurstede, one elsewhere in the region, one moved to Utrecht. */
let firms: { id: string; kvk: string; profileId: string }[];
let noProfileKvk: string;

const EXPRESS = `mutation Express($input: ExpressProjectInterestInput!) {
  expressProjectInterest(input: $input) { interest { note business { kvkNumber } } userErrors { code message field } }
}`;
const INTERESTS = `query Interests($id: ID!) {
  opportunity(id: $id) { interests { note takenIntoRequestAt business { id kvkNumber } } }
}`;
const TAKE = `mutation Take($input: TakeInterestedFirmsIntoRequestInput!) {
  takeInterestedFirmsIntoRequest(input: $input) { opportunity { id } userErrors { code message field } }
}`;
const CONVERT = `mutation Convert($input: ConvertProjectToProcurementRequestInput!) {
  convertProjectToProcurementRequest(input: $input) { procurementRequestId userErrors { code } }
}`;
const SUGGEST = `query Suggest($id: ID!) { suggestSuppliers(requestId: $id) { rank fit reasons supplier { id } } }`;

const express = async (
  headers: Record<string, string>,
  note = 'Wij schilderen graag de speeltuin',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any> => {
  const response = await api.graphql(EXPRESS, { input: { opportunityId: project, note } }, headers);
  return response.body.errors
    ? { errors: response.body.errors.map((e) => e.extensions?.code) }
    : response.body.data!.expressProjectInterest;
};

beforeAll(async () => {
  api = await startTestServer();
  wijk = await civilServant(api, 'GM0352');
  project = await postOpportunity(api, wijk, { kind: 'PROJECT', title: 'Speeltuin schilderen' });
  const rows = await api.dataSource.query(
    `SELECT DISTINCT ON (m.cbs_code) b.id, b.kvk_number AS kvk, p.id AS "profileId", m.cbs_code
       FROM supplier_profile p JOIN business b ON b.id = p.business_id JOIN municipality m ON m.id = b.municipality_id
      WHERE p.active AND m.cbs_code IN ('GM0352', 'GM0355', 'GM0310')
      ORDER BY m.cbs_code DESC, b.kvk_number`,
  );
  expect(rows.map((r: { cbs_code: string }) => r.cbs_code)).toEqual(['GM0355', 'GM0352', 'GM0310']);
  firms = rows;
  // The third firm is moved out of the region (to Utrecht) for the refusal.
  await api.dataSource.query(
    `UPDATE business SET municipality_id = (SELECT id FROM municipality WHERE cbs_code = 'GM0344') WHERE id = $1`,
    [firms[2].id],
  );
  [{ kvk: noProfileKvk }] = await api.dataSource.query(
    `SELECT kvk_number AS kvk FROM business b WHERE NOT EXISTS (SELECT 1 FROM supplier_profile p WHERE p.business_id = b.id)
      ORDER BY kvk_number LIMIT 1`,
  );
});
afterAll(() => api.close());

describe('local firms answer a municipal project', () => {
  test('firms of the region with an active supplier profile may; others are refused and nothing is stored', async () => {
    // Zeist's firm (elsewhere in the region) and Wijk's own firm may.
    expect(await express(await member(api, firms[0].kvk))).toEqual({
      interest: { note: 'Wij schilderen graag de speeltuin', business: { kvkNumber: firms[0].kvk } },
      userErrors: [],
    });
    expect((await express(await member(api, firms[1].kvk), 'Eerst een kopie')).userErrors).toEqual([]);
    // Answering again replaces the note.
    expect((await express(await member(api, firms[1].kvk), 'Wij komen graag kijken')).interest.note).toBe(
      'Wij komen graag kijken',
    );
    const refused = async (headers: Record<string, string>) => (await express(headers)).userErrors;
    expect(await refused(await member(api, firms[2].kvk))).toEqual([
      {
        code: 'NOT_ALLOWED',
        message: 'Only firms established in the region answer its projects',
        field: ['input', 'opportunityId'],
      },
    ]);
    expect((await refused(await member(api, noProfileKvk)))[0]).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'Your business needs an active supplier profile to answer a project',
    });
    // Not a municipal project: a business's own JOB.
    const job = await postOpportunity(api, await member(api, firms[0].kvk));
    const onJob = await api.graphql(
      EXPRESS,
      { input: { opportunityId: job, note: 'Graag' } },
      await member(api, firms[1].kvk),
    );
    expect(onJob.body.data!.expressProjectInterest).toMatchObject({ userErrors: [{ code: 'NOT_ALLOWED' }] });
    // Only members answer (the role gate), and a closed project takes no answers.
    expect(await express({})).toEqual({ errors: ['UNAUTHENTICATED'] });
    expect(await express(wijk)).toEqual({ errors: ['FORBIDDEN'] });
    const closed = await postOpportunity(api, wijk, { kind: 'PROJECT', title: 'Gesloten project' });
    await api.graphql(
      `mutation ($id: ID!) { closeOpportunity(input: { id: $id }) { userErrors { code } } }`,
      { id: closed },
      wijk,
    );
    const late = await api.graphql(
      EXPRESS,
      { input: { opportunityId: closed, note: 'Graag' } },
      await member(api, firms[0].kvk),
    );
    expect(late.body.data!.expressProjectInterest).toMatchObject({ userErrors: [{ code: 'NOT_FOUND' }] });
    const stored = await api.dataSource.query(
      `SELECT business_id FROM project_interest WHERE opportunity_id = $1 ORDER BY created_at`,
      [dbId(project)],
    );
    expect(stored.map((r: { business_id: string }) => r.business_id).sort()).toEqual(
      [firms[0].id, firms[1].id].sort(),
    );
  });

  test('the poster and admins see every answer, a firm only its own, everyone else nothing', async () => {
    const seenBy = async (headers: Record<string, string>) => {
      const response = await api.graphql(INTERESTS, { id: project }, headers);
      expect(response.body.errors).toBeUndefined();
      const interests = (
        response.body.data!.opportunity as { interests: { business: { kvkNumber: string } }[] | null }
      ).interests;
      return interests?.map((interest) => interest.business.kvkNumber).sort() ?? null;
    };
    const both = [firms[0].kvk, firms[1].kvk].sort();
    expect(await seenBy(wijk)).toEqual(both);
    expect(await seenBy(await admin(api))).toEqual(both);
    expect(await seenBy(await member(api, firms[0].kvk))).toEqual([firms[0].kvk]);
    expect(await seenBy(await member(api, noProfileKvk))).toEqual([]);
    expect(await seenBy(await civilServant(api, 'GM0355'))).toBeNull();
    expect(await seenBy(await coach(api))).toBeNull();
    expect(await seenBy({})).toBeNull();
  });

  test('the poster takes answering firms into the request as suggested suppliers, with the reason', async () => {
    const take = async (headers: Record<string, string>, businessIds: string[]) => {
      const response = await api.graphql(
        TAKE,
        { input: { opportunityId: project, businessIds, reason: 'Reageerde op het project' } },
        headers,
      );
      return response.body.errors
        ? { errors: response.body.errors.map((e) => e.extensions?.code) }
        : response.body.data!.takeInterestedFirmsIntoRequest;
    };
    const zeistFirm = toGlobalId('Business', firms[0].id);
    // Not yet a request.
    expect(await take(wijk, [zeistFirm])).toMatchObject({
      userErrors: [{ code: 'NOT_ALLOWED', message: 'Turn the project into a procurement request first' }],
    });
    const converted = await api.graphql(
      CONVERT,
      {
        input: {
          opportunityId: project,
          cpvCode: '45442100',
          estimatedValue: 1_500_000,
          deadline: new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString(),
        },
      },
      wijk,
    );
    const requestId = (
      converted.body.data!.convertProjectToProcurementRequest as { procurementRequestId: string }
    ).procurementRequestId;
    // Another municipality's civil servant and a member are refused; a firm that did not answer is NOT_FOUND.
    expect(await take(await civilServant(api, 'GM0355'), [zeistFirm])).toEqual({ errors: ['FORBIDDEN'] });
    expect(await take(await member(api, firms[0].kvk), [zeistFirm])).toEqual({ errors: ['FORBIDDEN'] });
    expect(await take(wijk, [zeistFirm, toGlobalId('Business', firms[2].id)])).toMatchObject({
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'businessIds', '1'] }],
    });
    expect(
      Number(
        (
          await api.dataSource.query(`SELECT count(*) FROM proposed_supplier WHERE request_id = $1`, [
            dbId(requestId),
          ])
        )[0].count,
      ),
    ).toBe(0);

    expect(await take(wijk, [zeistFirm])).toEqual({ opportunity: { id: project }, userErrors: [] });
    const suggestions = (await api.graphql(SUGGEST, { id: requestId }, wijk)).body.data!.suggestSuppliers as {
      rank: number;
      reasons: string[];
      supplier: { id: string };
    }[];
    expect(suggestions[0]).toMatchObject({
      rank: 1,
      supplier: { id: toGlobalId('SupplierProfile', firms[0].profileId) },
    });
    expect(suggestions[0].reasons[0]).toBe('Put forward by the buyer: Reageerde op het project');
    const [taken] = await api.dataSource.query(
      `SELECT taken_into_request_at FROM project_interest WHERE opportunity_id = $1 AND business_id = $2`,
      [dbId(project), firms[0].id],
    );
    expect(taken.taken_into_request_at).toBeInstanceOf(Date);
    // Inviting from the shortlist logs the reason with the invitation.
    const invited = await api.graphql(
      `mutation ($input: InviteSuppliersInput!) { inviteSuppliers(input: $input) { invitations { reasons } userErrors { code message } } }`,
      { input: { requestId, supplierIds: [toGlobalId('SupplierProfile', firms[0].profileId)] } },
      wijk,
    );
    expect(invited.body.data!.inviteSuppliers).toMatchObject({
      userErrors: [],
      invitations: [
        { reasons: expect.arrayContaining(['Put forward by the buyer: Reageerde op het project']) },
      ],
    });
  });
});
