import {
  CancelProcurementRequestDocument,
  CloseProcurementRequestDocument,
  CreateProcurementRequestDocument,
  ProcurementRequestDocument,
  ProcurementRequestsDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { buildContext } from '../../src/context';
import { ViewerKind } from '../../src/kit';
import { createRequestFromProject, socialReturnOfAward } from '../../src/modules/procurement';
import { civilServant, createRequest, DAY, requestInput } from './fixtures';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ template: 'empty' });
  // Municipalities only: the requests below need their buyers' municipalities.
  await api.dataSource.query(
    `INSERT INTO municipality (cbs_code, name, in_region) VALUES
       ('GM0355', 'Zeist', true), ('GM0312', 'Bunnik', true), ('GM0310', 'De Bilt', true)`,
  );
});
afterAll(() => api.close());

const count = async () =>
  Number((await api.dataSource.query('SELECT count(*) AS n FROM procurement_request'))[0].n);

test('a civil servant creates a request for their own municipality; the procedure follows from the thresholds', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const response = await api.graphql(
    CreateProcurementRequestDocument,
    { input: requestInput({ estimatedValue: 6_000_000, cpvCode: '79810000-5' }) },
    zeist,
  );
  expect(response.body.data!.createProcurementRequest).toEqual({
    userErrors: [],
    procurementRequest: expect.objectContaining({
      status: 'DRAFT',
      kind: 'SERVICES',
      procedure: 'MULTIPLE_QUOTE',
      requiredProcedure: 'MULTIPLE_QUOTE',
      procedureReason: null,
      estimatedValue: 6_000_000,
      createdByName: 'Ambtenaar GM0355',
      municipality: { cbsCode: 'GM0355' },
      cpvCategory: { code: '79810000' },
    }),
  });
  // a heavier procedure with a reason is allowed
  const heavier = await api.graphql(
    CreateProcurementRequestDocument,
    { input: requestInput({ procedure: 'NATIONAL', procedureReason: 'Veel belangstelling verwacht' }) },
    zeist,
  );
  expect(heavier.body.data!.createProcurementRequest.procurementRequest).toMatchObject({
    procedure: 'NATIONAL',
    requiredProcedure: 'SINGLE_QUOTE',
    procedureReason: 'Veel belangstelling verwacht',
  });
});

test('a lighter procedure, a missing reason, a past deadline and an unknown code change nothing', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const before = await count();
  const cases: [Parameters<typeof requestInput>[0], string, string[]][] = [
    [
      { estimatedValue: 30_000_000, procedure: 'MULTIPLE_QUOTE' },
      'PROCEDURE_TOO_LIGHT',
      ['input', 'procedure'],
    ],
    [{ procedure: 'EUROPEAN' }, 'INVALID', ['input', 'procedureReason']],
    [{ deadline: new Date(Date.now() - DAY).toISOString() }, 'INVALID', ['input', 'deadline']],
    [{ cpvCode: '79810099' }, 'NOT_FOUND', ['input', 'cpvCode']],
  ];
  for (const [overrides, code, field] of cases) {
    const response = await api.graphql(
      CreateProcurementRequestDocument,
      { input: requestInput(overrides) },
      zeist,
    );
    expect(response.body.data!.createProcurementRequest).toEqual({
      procurementRequest: null,
      userErrors: [{ code, field, message: expect.any(String) }],
    });
  }
  const tooLight = await api.graphql(
    CreateProcurementRequestDocument,
    { input: requestInput({ estimatedValue: 30_000_000, procedure: 'MULTIPLE_QUOTE' }) },
    zeist,
  );
  expect(tooLight.body.data!.createProcurementRequest.userErrors[0].message).toContain('EU threshold');
  expect(await count()).toBe(before);
  // only civil servants create requests
  for (const headers of [
    {},
    await api.token({ roles: [Role.ADMIN] }),
    await api.token({ roles: [Role.MEMBER], kvk: '12345678' }),
  ]) {
    const response = await api.graphql(CreateProcurementRequestDocument, { input: requestInput() }, headers);
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(response.body.errors![0].extensions!.code);
  }
  expect(await count()).toBe(before);
});

test('Zeist cannot read Bunnik’s requests, also not through node(id:)', async () => {
  const bunnik = await civilServant(api, 'GM0312');
  const zeist = await civilServant(api, 'GM0355');
  const id = await createRequest(api, bunnik, { title: 'Groenonderhoud Bunnik' });
  const own = await api.graphql(ProcurementRequestDocument, { id }, bunnik);
  expect(own.body.data!.procurementRequest!.title).toBe('Groenonderhoud Bunnik');
  expect(own.body.data!.node).toEqual({ id });
  for (const headers of [zeist, {}, await api.token({ roles: [Role.MEMBER], kvk: '12345678' })]) {
    const other = await api.graphql(ProcurementRequestDocument, { id }, headers);
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data).toEqual({ procurementRequest: null, node: null });
  }
  const admin = await api.graphql(
    ProcurementRequestDocument,
    { id },
    await api.token({ roles: [Role.ADMIN] }),
  );
  expect(admin.body.data!.procurementRequest!.id).toBe(id);

  const zeistList = await api.graphql(ProcurementRequestsDocument, { first: 100 }, zeist);
  expect(
    zeistList.body.data!.procurementRequests.nodes.every((n) => n.municipality.cbsCode === 'GM0355'),
  ).toBe(true);
  const snooping = await api.graphql(
    ProcurementRequestsDocument,
    { filter: { municipality: 'GM0312' } },
    zeist,
  );
  expect(snooping.body.data!.procurementRequests.totalCount).toBe(0);
  const all = await api.graphql(
    ProcurementRequestsDocument,
    { first: 100 },
    await api.token({ roles: [Role.ADMIN] }),
  );
  expect(all.body.data!.procurementRequests.nodes.map((n) => n.municipality.cbsCode)).toEqual(
    expect.arrayContaining(['GM0312', 'GM0355']),
  );
  // another municipality's buyer cannot change it either: for them it does not exist
  const cancel = await api.graphql(CancelProcurementRequestDocument, { id, reason: 'niet van ons' }, zeist);
  expect(cancel.body.data!.cancelProcurementRequest.userErrors).toEqual([
    { code: 'NOT_FOUND', field: ['input', 'id'] },
  ]);
});

test('transitions: DRAFT → CANCELLED; anything out of order is INVALID_TRANSITION', async () => {
  const deBilt = await civilServant(api, 'GM0310');
  const id = await createRequest(api, deBilt);
  const close = await api.graphql(CloseProcurementRequestDocument, { id }, deBilt);
  expect(close.body.data!.closeProcurementRequest).toEqual({
    procurementRequest: null,
    userErrors: [{ code: 'INVALID_TRANSITION', field: ['input', 'id'] }],
  });
  const cancel = await api.graphql(
    CancelProcurementRequestDocument,
    { id, reason: 'Budget vervallen' },
    deBilt,
  );
  expect(cancel.body.data!.cancelProcurementRequest.procurementRequest).toEqual({
    id,
    status: 'CANCELLED',
    cancelReason: 'Budget vervallen',
  });
  const again = await api.graphql(CancelProcurementRequestDocument, { id, reason: 'nogmaals' }, deBilt);
  expect(again.body.data!.cancelProcurementRequest.userErrors).toEqual([
    { code: 'INVALID_TRANSITION', field: ['input', 'id'] },
  ]);
  const after = await api.graphql(ProcurementRequestDocument, { id }, deBilt);
  expect(after.body.data!.procurementRequest).toMatchObject({
    status: 'CANCELLED',
    cancelReason: 'Budget vervallen',
  });
});

test('the social-enterprise module turns a municipal project into a request through an exported service', async () => {
  const ctx = buildContext(api.dataSource, { baseUrl: 'http://localhost' });
  ctx.viewer = {
    ...ctx.viewer,
    kind: ViewerKind.PERSON,
    subject: 'ambtenaar',
    name: 'Ambtenaar De Bilt',
    roles: [Role.CIVIL_SERVANT],
    municipalityCode: 'GM0310',
  };
  const result = await createRequestFromProject(ctx, {
    reference: 'Werk bij Duurstede: project Opknappen speeltuin',
    title: 'Opknappen speeltuin',
    description: 'Speeltoestellen vervangen en schilderen.',
    cpvCode: '45442100',
    estimatedValue: 1_000_000,
    socialReturnPercentage: 10,
    deadline: new Date(Date.now() + 7 * DAY),
  });
  expect(result.userErrors).toEqual([]);
  expect(result.procurementRequest).toMatchObject({
    title: 'Opknappen speeltuin',
    source: 'Werk bij Duurstede: project Opknappen speeltuin',
    status: 'DRAFT',
    createdByName: 'Ambtenaar De Bilt',
  });
  const row = await api.dataSource.query('SELECT source FROM procurement_request WHERE id = $1', [
    result.procurementRequest!.id,
  ]);
  expect(row[0].source).toBe('Werk bij Duurstede: project Opknappen speeltuin');
  expect(await socialReturnOfAward(ctx, '00000000-0000-4000-8000-000000000000')).toBeNull();
});

describe('createRequestFromProject for an admin naming the municipality', () => {
  const adminContext = (viewer: { subject: string | null; name: string | null }) => {
    const ctx = buildContext(api.dataSource, { baseUrl: 'http://localhost' });
    ctx.viewer = { ...ctx.viewer, ...viewer, kind: ViewerKind.PERSON, roles: [Role.ADMIN] };
    return ctx;
  };
  const project = (municipality: string) => ({
    reference: 'Project zonder naam',
    municipality,
    title: 'Bankjes in het park',
    description: '',
    cpvCode: '45442100',
    estimatedValue: 500_000,
    socialReturnPercentage: 0,
    deadline: new Date(Date.now() + 7 * DAY),
  });

  test('a token that names nobody is stored as null, not as a placeholder', async () => {
    const result = await createRequestFromProject(
      adminContext({ subject: null, name: null }),
      project('GM0355'),
    );
    expect(result.userErrors).toEqual([]);
    const [row] = await api.dataSource.query(
      'SELECT created_by_subject, created_by_name FROM procurement_request WHERE id = $1',
      [result.procurementRequest!.id],
    );
    expect(row).toEqual({ created_by_subject: null, created_by_name: null });
  });

  test('an unknown CBS code is a NOT_FOUND user error, as in every other input, and inserts nothing', async () => {
    const before = await count();
    const result = await createRequestFromProject(
      adminContext({ subject: 'beheerder', name: 'Beheerder' }),
      project('GM9999'),
    );
    expect(result).toEqual({
      procurementRequest: null,
      userErrors: [
        {
          code: 'NOT_FOUND',
          message: 'No municipality has CBS code GM9999',
          field: ['input', 'municipality'],
        },
      ],
    });
    expect(await count()).toBe(before);
  });
});
