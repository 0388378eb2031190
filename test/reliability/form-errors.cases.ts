import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/**
 * One convention for forms: a field's path starts at the argument (`["input", "name"]`, `["first"]`),
 * in `BAD_USER_INPUT`'s `extensions.fields` and in `userErrors[].field` alike, with plain messages.
 */
let api: TestServer;
let admin: Record<string, string>;
let businessId: string;
let kvkNumber: string;
beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN] });
  const res = await api.graphql<{ businesses: { nodes: { id: string; kvkNumber: string }[] } }>(
    '{ businesses(first: 1) { nodes { id kvkNumber } } }',
    {},
    admin,
  );
  ({ id: businessId, kvkNumber } = res.body.data!.businesses.nodes[0]);
});
afterAll(() => api.close());

const CREATE = `mutation($input: CreateBusinessInput!) {
  createBusiness(input: $input) { business { id } userErrors { code message field } }
}`;
const valid = {
  kvkNumber: '99887766',
  name: 'Bakkerij Test',
  street: 'Slotlaan',
  houseNumber: '1',
  postcode: '3701 AB',
  city: 'Zeist',
  municipality: 'GM0355',
};

test('validation failures: paths from the argument, plain messages', async () => {
  const res = await api.graphql(
    CREATE,
    {
      input: {
        ...valid,
        name: '',
        postcode: 'abc',
        sbiCodes: Array(21).fill('47'),
      },
    },
    admin,
  );
  expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.body.errors?.[0].extensions?.fields).toEqual(
    expect.arrayContaining([
      { path: ['input', 'name'], message: 'must not be empty' },
      { path: ['input', 'postcode'], message: 'must be a Dutch postcode like 3701 AB' },
      { path: ['input', 'sbiCodes'], message: 'must have at most 20 items' },
    ]),
  );
  expect(res.body.errors?.[0].message).not.toMatch(/longer than or equal|shorter than or equal/);
});

test('text over the most a field takes is refused before the other rules run, with the same path and words', async () => {
  const res = await api.graphql(
    CREATE,
    { input: { ...valid, name: '', street: 'x'.repeat(201), sbiCodes: Array(21).fill('47') } },
    admin,
  );
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0].extensions).toEqual({
    code: 'BAD_USER_INPUT',
    fields: [{ path: ['input', 'street'], message: 'must be at most 200 characters' }],
  });
  expect(res.body.errors?.[0].message).toBe('Invalid input: input.street must be at most 200 characters');
});

test('a connection argument is its own root', async () => {
  const res = await api.graphql('{ businesses(first: 0) { nodes { name } } }');
  expect(res.body.errors?.[0].extensions?.fields).toEqual([
    { path: ['first'], message: 'must be at least 1' },
  ]);
});

test('business rules use the same path for the same field', async () => {
  const refused = await api.graphql<{ createBusiness: { userErrors: { field: string[] }[] } }>(
    CREATE,
    { input: { ...valid, kvkNumber } },
    admin,
  );
  expect(refused.body.data?.createBusiness.userErrors).toEqual([
    expect.objectContaining({ code: 'TAKEN', field: ['input', 'kvkNumber'] }),
  ]);
  const invalid = await api.graphql(CREATE, { input: { ...valid, kvkNumber: '123' } }, admin);
  expect(invalid.body.errors?.[0].extensions?.fields).toEqual([
    { path: ['input', 'kvkNumber'], message: 'must be a KvK number of 8 digits' },
  ]);
});

describe('a bad id names the field that held it', () => {
  test('in an input, through a variable', async () => {
    const res = await api.graphql(
      'mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { __typename } }',
      { input: { id: 'no-such-id', name: 'X' } },
      admin,
    );
    expect(res.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'id'], message: 'is not a valid id' }],
    });
  });

  test('an id of another type, inline', async () => {
    const municipality = await api.graphql<{ municipalities: { id: string }[] }>('{ municipalities { id } }');
    const municipalityId = municipality.body.data!.municipalities[0].id;
    const res = await api.graphql(
      `mutation { addBusinessMembership(input: { businessId: "${municipalityId}", associationId: "${businessId}", since: "2020-01-01" }) { __typename } }`,
      {},
      admin,
    );
    expect(res.body.errors?.[0].extensions?.fields).toEqual([
      { path: ['input', 'businessId'], message: 'is the id of a Municipality, not of a Business' },
    ]);
  });

  test('an argument, and an item of a list', async () => {
    const single = await api.graphql('{ business(id: "zzz") { name } }');
    expect(single.body.errors?.[0].extensions?.fields).toEqual([
      { path: ['id'], message: 'is not a valid id' },
    ]);
    const list = await api.graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [businessId, 'zzz'],
    });
    expect(list.body.errors?.[0].extensions?.fields).toEqual([
      { path: ['ids', '1'], message: 'is not a valid id' },
    ]);
  });
});
