/* eslint-disable @typescript-eslint/no-explicit-any -- responses are read loosely; each assertion states the shape it expects */
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { civilServant, createRequest } from '../procurement/fixtures';

/**
 * People get Dutch by default and English on `Accept-Language: en`, for every kind of sentence the API
 * sends: user errors, errors of each code, invalid fields, rate limits, route errors, procedure
 * explanations and shortlist reasons. Codes stay as they are.
 */
let api: TestServer;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN] });
});
afterAll(() => api.close());

/** A request without `Accept-Language` (the helper asks for English unless told otherwise). */
async function post(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const CREATE_ORGANISATION = `mutation Create($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { id } userErrors { code message field } }
}`;

test('user errors: Dutch by default, English on request, the code unchanged', async () => {
  const input = { kind: 'BANK', name: 'Rabobank Nergens', municipality: 'GM9999' };
  const dutch = await post(CREATE_ORGANISATION, { input }, admin);
  expect(dutch.body.data.createOrganisation.userErrors).toEqual([
    {
      code: 'NOT_FOUND',
      message: 'Er is geen gemeente met CBS-code GM9999',
      field: ['input', 'municipality'],
    },
  ]);
  const english = await post(CREATE_ORGANISATION, { input }, { ...admin, 'accept-language': 'en' });
  expect(english.body.data.createOrganisation.userErrors[0]).toMatchObject({
    code: 'NOT_FOUND',
    message: 'No municipality has CBS code GM9999',
  });
  // nothing was created by either
  const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM organisation WHERE name = $1`, [
    'Rabobank Nergens',
  ]);
  expect(n).toBe(0);
});

test('errors of each code: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT with fields', async () => {
  const anonymous = await post(CREATE_ORGANISATION, { input: { kind: 'BANK', name: 'X' } });
  expect(anonymous.body.errors[0]).toMatchObject({
    message: 'Voor deze bewerking moet u zich aanmelden',
    extensions: { code: 'UNAUTHENTICATED' },
  });
  const member = await api.token({ roles: [Role.MEMBER], kvk: '12345678' });
  const forbidden = await post(CREATE_ORGANISATION, { input: { kind: 'BANK', name: 'X' } }, member);
  expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
  expect(forbidden.body.errors[0].message).toMatch(/^Hiervoor is een van deze nodig: /);

  const unknown = await post('{ politicsStats(year: 2018, municipality: "GM9999") { __typename } }');
  expect(unknown.body.errors[0]).toMatchObject({
    message: 'Er is geen gemeente met CBS-code GM9999',
    extensions: { code: 'NOT_FOUND' },
  });

  const tooMany = await post('{ cpvCategories(first: 1000) { totalCount } }');
  expect(tooMany.body.errors[0]).toMatchObject({
    message: 'Ongeldige invoer: first mag hoogstens 100 zijn',
    extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['first'], message: 'mag hoogstens 100 zijn' }] },
  });
  const english = await post(
    '{ cpvCategories(first: 1000) { totalCount } }',
    {},
    { 'accept-language': 'en' },
  );
  expect(english.body.errors[0]).toMatchObject({
    message: 'Invalid input: first must be at most 100',
    extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['first'], message: 'must be at most 100' }] },
  });

  const badId = await post('query N($id: ID!) { node(id: $id) { id } }', { id: 'nonsense' });
  expect(badId.body.errors[0]).toMatchObject({
    message: '"nonsense" is geen geldig id',
    extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['id'], message: 'is geen geldig id' }] },
  });
});

test('the language is negotiated with q-values; Dutch when the header names neither language', async () => {
  const message = async (acceptLanguage: string) =>
    (await post('{ cpvCategories(first: 1000) { totalCount } }', {}, { 'accept-language': acceptLanguage }))
      .body.errors[0].message as string;
  expect(await message('en-GB,en;q=0.9')).toMatch(/^Invalid input/);
  expect(await message('nl;q=0.5, en;q=0.8')).toMatch(/^Invalid input/);
  expect(await message('en;q=0.3, nl')).toMatch(/^Ongeldige invoer/);
  expect(await message('fr, de')).toMatch(/^Ongeldige invoer/);
  const response = await post('{ cpvCategories(first: 1) { totalCount } }', {}, { 'accept-language': 'en' });
  // a shared cache keeps one copy per language
  expect(response.headers.get('vary')!.toLowerCase()).toContain('accept-language');
  expect(response.headers.get('content-language')).toBe('en');
  expect((await post('{ cpvCategories(first: 1) { totalCount } }')).headers.get('content-language')).toBe(
    'nl',
  );
});

test('the required procedure is explained in Dutch, with Dutch amounts and dates', async () => {
  const query = `{ requiredProcedure(municipality: "GM0355", cpv: "45442100", estimatedValue: 12000000, on: "2026-12-06") { procedure explanation } }`;
  const dutch = (await post(query)).body.data.requiredProcedure;
  expect(dutch.explanation).toMatch(/^€ 120\.000 voor werken op 6 december 2026 /);
  expect(dutch.explanation).not.toMatch(/ for | on | threshold/);
  const english = (await post(query, {}, { 'accept-language': 'en' })).body.data.requiredProcedure;
  expect(english.explanation).toMatch(/^€120,000 for works on 2026-12-06 /);
  expect(english.procedure).toBe(dutch.procedure);
});

test('shortlist reasons and the invitation log are Dutch, with the Dutch name of the category', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const requestId = await createRequest(api, zeist, { cpvCode: '45442100', estimatedValue: 6_000_000 });
  const query = `query S($id: ID!) { suggestSuppliers(requestId: $id, size: 3) { reasons } }`;
  const dutch = (await post(query, { id: requestId }, zeist)).body.data.suggestSuppliers;
  expect(dutch.length).toBeGreaterThan(0);
  expect(dutch[0].reasons[0]).toMatch(
    /^Biedt Schilderwerk( van gebouwen)? \(\d{8}\), de gevraagde categorie/,
  );
  expect(dutch.flatMap((s: { reasons: string[] }) => s.reasons).join(' ')).not.toMatch(/Offers|Established/);
  const english = (await post(query, { id: requestId }, { ...zeist, 'accept-language': 'en' })).body.data
    .suggestSuppliers;
  expect(english[0].reasons[0]).toMatch(
    /^Offers Painting work( of buildings)? \(\d{8}\), the requested category/,
  );

  // The invitation log keeps the reasons as they were given, and shows them in the caller's language.
  const ids = (
    await post(
      `query S($id: ID!) { suggestSuppliers(requestId: $id, size: 3) { supplier { id } } }`,
      {
        id: requestId,
      },
      zeist,
    )
  ).body.data.suggestSuppliers.map((s: { supplier: { id: string } }) => s.supplier.id);
  const invite = `mutation I($input: InviteSuppliersInput!) { inviteSuppliers(input: $input) { userErrors { message } } }`;
  const invited = await post(invite, { input: { requestId, supplierIds: [ids[0]] } }, zeist);
  expect(invited.body.data.inviteSuppliers.userErrors).toEqual([]);
  const log = `query L($id: ID!) { invitationLog(requestId: $id) { outcome reasons } }`;
  const dutchLog = (await post(log, { id: requestId }, zeist)).body.data.invitationLog;
  expect(dutchLog[0].reasons[0]).toMatch(/^Biedt Schilderwerk/);
  const englishLog = (await post(log, { id: requestId }, { ...zeist, 'accept-language': 'en' })).body.data
    .invitationLog;
  expect(englishLog[0].reasons[0]).toMatch(/^Offers Painting work/);
  const [stored] = await api.dataSource.query(
    `SELECT reasons FROM invitation ORDER BY decided_at DESC LIMIT 1`,
  );
  expect(stored.reasons[0]).toMatch(/^Offers Painting work/);
});

test('routes outside GraphQL and the rate limit answer in Dutch too', async () => {
  const missing = await fetch(`${api.url}/nergens`);
  expect(missing.status).toBe(404);
  expect(((await missing.json()) as any).errors[0].message).toBe('Hier is niets: GET /nergens');
  const english = await fetch(`${api.url}/nergens`, { headers: { 'accept-language': 'en' } });
  expect(((await english.json()) as any).errors[0].message).toBe('Nothing here: GET /nergens');

  const limited = await startTestServer({ template: 'empty', env: { RATE_LIMIT_PER_ADDRESS: '1' } });
  try {
    await fetch(`${limited.url}/nergens`);
    const refused = await fetch(`${limited.url}/nergens`);
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as any;
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/^Te veel verzoeken; probeer het over \d+ s opnieuw$/);
  } finally {
    await limited.close();
  }
});
