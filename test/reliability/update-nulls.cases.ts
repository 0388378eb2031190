import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/**
 * Update inputs: a field left out stays as it is; a field whose column is NOT NULL may not be set to
 * null. Every such field of every update mutation gives BAD_USER_INPUT naming `["input", field]`, and
 * nothing changes.
 */
let api: TestServer;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN] });
});
afterAll(async () => {
  expect(api.errorLogs).toEqual([]);
  await api.close();
});

async function firstId(query: string, pick: (data: never) => string): Promise<string> {
  const res = await api.graphql(query, {}, admin);
  expect(res.body.errors).toBeUndefined();
  return pick(res.body.data as never);
}

/** A fingerprint of a whole table, to show a refused mutation changed nothing. */
async function tableHash(table: string): Promise<string> {
  const [{ hash }] = await api.dataSource.query(
    `select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as hash from ${table} t`,
  );
  return hash;
}

const CASES: {
  mutation: string;
  input: string;
  table: string;
  id: () => Promise<string>;
  fields: string[];
}[] = [
  {
    mutation: 'updateBusiness',
    input: 'UpdateBusinessInput',
    table: 'business',
    id: () =>
      firstId(
        '{ businesses(first: 1) { nodes { id } } }',
        (d: { businesses: { nodes: { id: string }[] } }) => d.businesses.nodes[0].id,
      ),
    fields: ['name', 'street', 'kvkNumber', 'municipality', 'houseNumber', 'postcode', 'city', 'sbiCodes'],
  },
  {
    mutation: 'updateOrganisation',
    input: 'UpdateOrganisationInput',
    table: 'organisation',
    id: () =>
      firstId('{ organisations { id } }', (d: { organisations: { id: string }[] }) => d.organisations[0].id),
    fields: ['name', 'kind'],
  },
  {
    mutation: 'updateEvent',
    input: 'UpdateEventInput',
    table: 'event',
    id: () =>
      firstId(
        '{ events(first: 1) { nodes { id } } }',
        (d: { events: { nodes: { id: string }[] } }) => d.events.nodes[0].id,
      ),
    fields: [
      'title',
      'description',
      'startsAt',
      'endsAt',
      'venue',
      'kind',
      'visibility',
      'status',
      'organisers',
      'coHosts',
    ],
  },
  {
    mutation: 'updateStakeholderMeeting',
    input: 'UpdateStakeholderMeetingInput',
    table: 'stakeholder_meeting',
    id: () =>
      firstId(
        '{ stakeholderMeetings(first: 1) { nodes { id } } }',
        (d: { stakeholderMeetings: { nodes: { id: string }[] } }) => d.stakeholderMeetings.nodes[0].id,
      ),
    fields: ['date', 'title', 'participants', 'topics', 'outcomes', 'actions'],
  },
  {
    mutation: 'updateFollowUpAction',
    input: 'UpdateFollowUpActionInput',
    table: 'follow_up_action',
    id: () =>
      firstId(
        '{ stakeholderMeetings(first: 10) { nodes { actions { id } } } }',
        (d: { stakeholderMeetings: { nodes: { actions: { id: string }[] }[] } }) =>
          d.stakeholderMeetings.nodes.flatMap((m) => m.actions)[0].id,
      ),
    fields: ['status', 'owner'],
  },
  {
    mutation: 'updateArticle',
    input: 'UpdateArticleInput',
    table: 'article',
    id: () =>
      firstId(
        '{ articles(first: 1) { nodes { id } } }',
        (d: { articles: { nodes: { id: string }[] } }) => d.articles.nodes[0].id,
      ),
    fields: ['title', 'body', 'slug', 'labelIds', 'signatories'],
  },
  {
    mutation: 'updateProcurementRequest',
    input: 'UpdateProcurementRequestInput',
    table: 'procurement_request',
    id: () =>
      firstId(
        '{ procurementRequests(filter: { status: DRAFT }, first: 1) { nodes { id } } }',
        (d: { procurementRequests: { nodes: { id: string }[] } }) => d.procurementRequests.nodes[0].id,
      ),
    fields: [
      'title',
      'description',
      'cpvCode',
      'estimatedValue',
      'deadline',
      'socialReturnPercentage',
      'procedure',
    ],
  },
  {
    mutation: 'updateParty',
    input: 'UpdatePartyInput',
    table: 'party',
    id: () =>
      firstId(
        '{ elections { results { party { id } } } }',
        (d: { elections: { results: { party: { id: string } }[] }[] }) =>
          d.elections.flatMap((e) => e.results)[0].party.id,
      ),
    fields: ['name', 'abbreviation', 'scope'],
  },
  {
    mutation: 'updateCandidate',
    input: 'UpdateCandidateInput',
    table: 'candidate',
    id: () =>
      firstId(
        '{ candidates(first: 1) { nodes { id } } }',
        (d: { candidates: { nodes: { id: string }[] } }) => d.candidates.nodes[0].id,
      ),
    // Name, birth year and consent are nullable columns only so that erasure can empty them.
    fields: [
      'name',
      'birthYear',
      'municipality',
      'targetGroup',
      'skills',
      'availability',
      'consentGivenOn',
      'consentPurposes',
    ],
  },
  {
    mutation: 'updateOpportunity',
    input: 'UpdateOpportunityInput',
    table: 'opportunity',
    id: () =>
      firstId(
        '{ opportunities(first: 1) { nodes { id } } }',
        (d: { opportunities: { nodes: { id: string }[] } }) => d.opportunities.nodes[0].id,
      ),
    fields: ['title', 'description', 'places', 'targetGroups'],
  },
];

describe.each(CASES)('$mutation', ({ mutation, input, table, id, fields }) => {
  test.each(fields)('%s: null is BAD_USER_INPUT on ["input", field], nothing changes', async (field) => {
    const before = await tableHash(table);
    const res = await api.graphql(
      `mutation($input: ${input}!) { ${mutation}(input: $input) { __typename } }`,
      { input: { id: await id(), [field]: null } },
      admin,
    );
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0].extensions?.fields).toEqual([
      { path: ['input', field], message: 'must not be null; leave it out to keep it as it is' },
    ]);
    expect(res.body.data).toBeNull();
    expect(await tableHash(table)).toBe(before);
  });

  test('an update that leaves every field out is accepted (left out is not null)', async () => {
    const res = await api.graphql(
      `mutation($input: ${input}!) { ${mutation}(input: $input) { __typename } }`,
      { input: { id: await id() } },
      admin,
    );
    expect(res.body.errors).toBeUndefined();
  });
});

test('nullable columns can still be cleared with null', async () => {
  const business = await firstId(
    '{ businesses(first: 1) { nodes { id } } }',
    (d: { businesses: { nodes: { id: string }[] } }) => d.businesses.nodes[0].id,
  );
  const res = await api.graphql<{ updateBusiness: { business: { website: string | null } } }>(
    'mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { business { website } userErrors { code } } }',
    { input: { id: business, website: null } },
    admin,
  );
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.updateBusiness.business.website).toBeNull();
});
