import { CancelProcurementRequestDocument, UpdateProcurementRequestDocument } from '../__generated__/graphql';
import type { UpdateProcurementRequestInput } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { civilServant, createRequest, DAY } from './fixtures';

// A buyer corrects a DRAFT with `updateProcurementRequest`; the procedure is checked again against the
// thresholds (Zeist: 3 to 5 quotes for services from €50,000, European from the EU threshold).

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ template: 'empty' });
  await api.dataSource.query(
    `INSERT INTO municipality (cbs_code, name, in_region) VALUES
       ('GM0355', 'Zeist', true), ('GM0312', 'Bunnik', true)`,
  );
});
afterAll(() => api.close());

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];
const row = async (id: string) =>
  (await api.dataSource.query('SELECT * FROM procurement_request WHERE id = $1', [dbId(id)]))[0];

const update = (headers: Record<string, string>, input: UpdateProcurementRequestInput) =>
  api.graphql(UpdateProcurementRequestDocument, { input }, headers);

test('a buyer corrects a draft: given fields change, the others stay, the procedure follows the value', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const id = await createRequest(api, zeist, { estimatedValue: 3_000_000, socialReturnPercentage: 5 });
  const before = await row(id);
  expect(before.procedure).toBe('SINGLE_QUOTE');
  const deadline = new Date(Date.now() + 30 * DAY).toISOString();
  const res = await update(zeist, {
    id,
    title: '  Drukwerk gemeentegids en jaarverslag ',
    estimatedValue: 6_000_000,
    deadline,
  });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.updateProcurementRequest).toEqual({
    userErrors: [],
    procurementRequest: expect.objectContaining({
      id,
      status: 'DRAFT',
      title: 'Drukwerk gemeentegids en jaarverslag',
      description: before.description,
      estimatedValue: 6_000_000,
      deadline,
      procedure: 'MULTIPLE_QUOTE',
      requiredProcedure: 'MULTIPLE_QUOTE',
      procedureReason: null,
      socialReturnPercentage: 5,
      cpvCategory: { code: '79810000' },
      kind: 'SERVICES',
    }),
  });
  // A new CPV code of another kind changes the kind, and the thresholds that apply.
  const works = await update(zeist, { id, cpvCode: '45442100-7' });
  expect(works.body.data!.updateProcurementRequest.procurementRequest).toMatchObject({
    kind: 'WORKS',
    procedure: 'SINGLE_QUOTE',
    cpvCategory: { code: '45442100' },
  });
});

test('a heavier procedure chosen before stays with its reason while it is heavier than required', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const id = await createRequest(api, zeist, {
    estimatedValue: 3_000_000,
    procedure: 'NATIONAL',
    procedureReason: 'Veel belangstelling verwacht',
  });
  const higher = await update(zeist, { id, estimatedValue: 6_000_000 });
  expect(higher.body.data!.updateProcurementRequest.procurementRequest).toMatchObject({
    procedure: 'NATIONAL',
    requiredProcedure: 'MULTIPLE_QUOTE',
    procedureReason: 'Veel belangstelling verwacht',
  });
  // Above the EU threshold NATIONAL is too light: the request follows the requirement, the reason goes.
  const european = await update(zeist, { id, estimatedValue: 30_000_000 });
  expect(european.body.data!.updateProcurementRequest.procurementRequest).toMatchObject({
    procedure: 'EUROPEAN',
    requiredProcedure: 'EUROPEAN',
    procedureReason: null,
  });
});

test('bad corrections are user errors and change nothing', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const id = await createRequest(api, zeist, { estimatedValue: 6_000_000 });
  const before = await row(id);
  const cases: [Omit<UpdateProcurementRequestInput, 'id'>, string, string[]][] = [
    [{ procedure: 'SINGLE_QUOTE' }, 'PROCEDURE_TOO_LIGHT', ['input', 'procedure']],
    [
      { estimatedValue: 30_000_000, procedure: 'MULTIPLE_QUOTE' },
      'PROCEDURE_TOO_LIGHT',
      ['input', 'procedure'],
    ],
    [{ procedure: 'NATIONAL' }, 'INVALID', ['input', 'procedureReason']],
    [{ procedureReason: 'Zomaar een reden' }, 'INVALID', ['input', 'procedureReason']],
    [{ deadline: new Date(Date.now() - DAY).toISOString() }, 'INVALID', ['input', 'deadline']],
    [{ cpvCode: '79810099', title: 'Nieuwe titel' }, 'NOT_FOUND', ['input', 'cpvCode']],
  ];
  for (const [changes, code, field] of cases) {
    const res = await update(zeist, { id, ...changes });
    expect(res.body.data!.updateProcurementRequest).toEqual({
      procurementRequest: null,
      userErrors: [{ code, field, message: expect.any(String) }],
    });
  }
  const nulls = await update(zeist, { id, title: null, estimatedValue: null });
  expect(nulls.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  expect(await row(id)).toEqual(before);
});

test('only the buyers change a draft; another municipality’s civil servant does not find it', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const id = await createRequest(api, zeist);
  const before = await row(id);
  const bunnik = await update(await civilServant(api, 'GM0312'), { id, title: 'Van Bunnik' });
  expect(bunnik.body.data!.updateProcurementRequest.userErrors).toEqual([
    { code: 'NOT_FOUND', field: ['input', 'id'], message: expect.any(String) },
  ]);
  for (const [headers, code] of [
    [{}, 'UNAUTHENTICATED'],
    [await api.token({ roles: [Role.MEMBER], kvk: '12345678' }), 'FORBIDDEN'],
  ] as const) {
    const res = await update(headers, { id, title: 'Niet van mij' });
    expect(res.body.errors![0].extensions!.code).toBe(code);
  }
  expect(await row(id)).toEqual(before);
  const admin = await update(await api.token({ roles: [Role.ADMIN] }), {
    id,
    title: 'Door beheer verbeterd',
  });
  expect(admin.body.data!.updateProcurementRequest.procurementRequest!.title).toBe('Door beheer verbeterd');
});

test('a request that is no longer a DRAFT cannot be changed: INVALID_TRANSITION', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const id = await createRequest(api, zeist);
  await api.graphql(CancelProcurementRequestDocument, { id, reason: 'Budget vervallen' }, zeist);
  const before = await row(id);
  const res = await update(zeist, { id, title: 'Toch nog' });
  expect(res.body.data!.updateProcurementRequest).toEqual({
    procurementRequest: null,
    userErrors: [{ code: 'INVALID_TRANSITION', field: ['input', 'id'], message: expect.any(String) }],
  });
  expect(await row(id)).toEqual(before);
});
