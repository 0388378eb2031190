import {
  OutreachNodeDocument,
  PartyOutreachDocument,
  PoliticalOutreachDocument,
  RecordCoalitionAgreementDocument,
  RecordOutreachDocument,
  RecordPartyResponseDocument,
} from '../__generated__/graphql';
import { toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { dbId, Role, startTestServer } from '../support/test-server';

let api: TestServer;
let admin: Record<string, string>;
let sample: { outreach: string; response: string; party: string; election: string; person: string };

beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN], sub: 'board-3' });
  const [row] = await api.dataSource.query(
    `SELECT o.id AS outreach, r.id AS response, o.party_id AS party, o.election_id AS election,
            o.board_member_id AS person
       FROM outreach o JOIN party_response r ON r.outreach_id = o.id ORDER BY o.id LIMIT 1`,
  );
  sample = {
    outreach: toGlobalId('Outreach', row.outreach),
    response: toGlobalId('PartyResponse', row.response),
    party: toGlobalId('Party', row.party),
    election: toGlobalId('Election', row.election),
    person: toGlobalId('Person', row.person),
  };
});
afterAll(() => api.close());

/** Everyone but an admin: nobody, each other role, an API key. */
async function others(): Promise<[string, Record<string, string>][]> {
  return [
    ['anonymous', {}],
    ['EDITOR', await api.token({ roles: [Role.EDITOR] })],
    ['CIVIL_SERVANT', await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' })],
    ['COACH', await api.token({ roles: [Role.COACH] })],
    ['MEMBER', await api.token({ roles: [Role.MEMBER], kvk: '15798472' })],
    ['reports:read', (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['reports:read'])).headers],
  ];
}

test('admins see the outreach with responses and board members, in the list, on the party and through node', async () => {
  const list = await api.graphql(
    PoliticalOutreachDocument,
    { filter: { municipality: 'GM0355' }, first: 100 },
    admin,
  );
  const nodes = list.body.data!.politicalOutreach.nodes;
  const [{ n }] = await api.dataSource.query(
    `SELECT count(*)::int AS n FROM outreach o JOIN party p ON p.id = o.party_id
       JOIN municipality m ON m.id = p.municipality_id WHERE m.cbs_code = 'GM0355'`,
  );
  expect(nodes).toHaveLength(n);
  expect(list.body.data!.politicalOutreach.totalCount).toBe(n);
  expect(nodes.some((o) => o.response !== null && o.boardMember.email !== null)).toBe(true);
  expect(nodes.map((o) => o.contactedOn)).toEqual([...nodes.map((o) => o.contactedOn)].sort().reverse());

  const party = await api.graphql(PartyOutreachDocument, { id: sample.party }, admin);
  expect(party.body.data!.node).toMatchObject({
    outreach: expect.arrayContaining([{ id: sample.outreach, channel: 'LETTER' }]),
  });
  expect(
    (await api.graphql(OutreachNodeDocument, { id: sample.outreach }, admin)).body.data!.node,
  ).toMatchObject({
    id: sample.outreach,
    channel: 'LETTER',
  });
  expect(
    (await api.graphql(OutreachNodeDocument, { id: sample.response }, admin)).body.data!.node,
  ).toMatchObject({
    id: sample.response,
    sentiment: expect.any(String),
  });
});

test('everyone else gets no outreach: the list is refused, the party’s field and node are null', async () => {
  for (const [caller, headers] of await others()) {
    const list = await api.graphql(PoliticalOutreachDocument, {}, headers);
    expect([caller, list.body.errors![0].extensions!.code]).toEqual([
      caller,
      caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    ]);
    const party = await api.graphql(PartyOutreachDocument, { id: sample.party }, headers);
    expect([caller, party.body.data!.node]).toEqual([caller, { name: expect.any(String), outreach: null }]);
    for (const id of [sample.outreach, sample.response]) {
      const node = await api.graphql(OutreachNodeDocument, { id }, headers);
      expect([caller, node.body.errors, node.body.data!.node]).toEqual([caller, undefined, null]);
    }
  }
});

test('recording outreach and a response: checked references and days, one response per outreach', async () => {
  const input = {
    partyId: sample.party,
    electionId: sample.election,
    contactedOn: '2026-01-15',
    channel: 'MEETING' as const,
    boardMemberId: sample.person,
    notes: ' Gesprek met de fractie ',
  };
  const count = async () =>
    (
      await api.dataSource.query(
        `SELECT (SELECT count(*)::int FROM outreach) + (SELECT count(*)::int FROM party_response) AS n`,
      )
    )[0].n;
  const before = await count();
  const unknown = toGlobalId('Person', '00000000-0000-4000-8000-000000000000');
  const refused = await api.graphql(
    RecordOutreachDocument,
    { input: { ...input, boardMemberId: unknown, contactedOn: '2999-01-01' } },
    admin,
  );
  expect(refused.body.data!.recordOutreach).toEqual({
    outreach: null,
    userErrors: [
      { code: 'NOT_FOUND', message: expect.any(String), field: ['input', 'boardMemberId'] },
      { code: 'INVALID', message: expect.any(String), field: ['input', 'contactedOn'] },
    ],
  });
  const wrongType = await api.graphql(
    RecordOutreachDocument,
    { input: { ...input, partyId: sample.person } },
    admin,
  );
  expect(wrongType.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  expect(await count()).toBe(before);

  const made = await api.graphql(RecordOutreachDocument, { input }, admin);
  const outreach = made.body.data!.recordOutreach.outreach!;
  expect(outreach).toMatchObject({
    channel: 'MEETING',
    notes: 'Gesprek met de fractie',
    recordedBy: 'board-3',
    response: null,
  });

  const early = await api.graphql(
    RecordPartyResponseDocument,
    { input: { outreachId: outreach.id, sentiment: 'POSITIVE', summary: 'Ja', respondedOn: '2026-01-14' } },
    admin,
  );
  expect(early.body.data!.recordPartyResponse.userErrors.map((e) => [e.code, e.field])).toEqual([
    ['INVALID', ['input', 'respondedOn']],
  ]);
  const answered = await api.graphql(
    RecordPartyResponseDocument,
    {
      input: {
        outreachId: outreach.id,
        sentiment: 'ENTHUSIASTIC',
        summary: 'Neemt alles over',
        respondedOn: '2026-01-20',
      },
    },
    admin,
  );
  expect(answered.body.data!.recordPartyResponse.partyResponse).toMatchObject({
    sentiment: 'ENTHUSIASTIC',
    outreach: { id: outreach.id },
  });
  const again = await api.graphql(
    RecordPartyResponseDocument,
    { input: { outreachId: outreach.id, sentiment: 'NEGATIVE', respondedOn: '2026-01-21' } },
    admin,
  );
  expect(again.body.data!.recordPartyResponse.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
  expect(await count()).toBe(before + 2);
});

test('a coalition agreement: parties of the municipality, a period that overlaps none', async () => {
  const [zeist] = await api.dataSource.query(
    `SELECT (SELECT json_agg(p.id ORDER BY p.name) FROM party p WHERE p.municipality_id = m.id) AS parties,
            (SELECT p.id FROM party p JOIN municipality o ON o.id = p.municipality_id AND o.cbs_code = 'GM0310' LIMIT 1) AS other
       FROM municipality m WHERE m.cbs_code = 'GM0355'`,
  );
  const input = {
    municipality: 'GM0355',
    title: 'Tussenakkoord',
    since: '2030-01-01',
    until: null,
    signedOn: '2029-12-20',
    partyIds: zeist.parties.slice(0, 2).map((id: string) => toGlobalId('Party', id)),
  };
  const overlapping = await api.graphql(
    RecordCoalitionAgreementDocument,
    { input: { ...input, since: '2026-09-01' } },
    admin,
  );
  expect(overlapping.body.data!.recordCoalitionAgreement.userErrors.map((e) => [e.code, e.field])).toEqual([
    ['INVALID', ['input', 'since']],
  ]);
  const foreign = await api.graphql(
    RecordCoalitionAgreementDocument,
    {
      input: {
        ...input,
        since: '2020-01-01',
        until: '2020-02-01',
        partyIds: [toGlobalId('Party', zeist.other)],
      },
    },
    admin,
  );
  expect(foreign.body.data!.recordCoalitionAgreement.userErrors.map((e) => [e.code, e.field])).toEqual([
    ['NOT_FOUND', ['input', 'partyIds', '0']],
    ['INVALID', ['input', 'since']],
  ]);
  // An unknown municipality is refused as every other mutation of the API refuses it, and nothing is written.
  const [{ n: agreements }] = await api.dataSource.query(
    `SELECT count(*)::int AS n FROM coalition_agreement`,
  );
  const unknown = await api.graphql(
    RecordCoalitionAgreementDocument,
    { input: { ...input, municipality: 'GM9999', since: '2040-01-01', until: null } },
    admin,
  );
  expect(unknown.body.data!.recordCoalitionAgreement).toEqual({
    coalitionAgreement: null,
    userErrors: [
      { code: 'NOT_FOUND', message: 'No municipality has CBS code GM9999', field: ['input', 'municipality'] },
    ],
  });
  const [{ n: after }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM coalition_agreement`);
  expect(after).toBe(agreements);
});

test('a record whose recorder is unknown (stored as null) still reads as `unknown`, as before the column was nullable', async () => {
  const [{ commitment }] = await api.dataSource.query(
    `SELECT commitment_id AS commitment FROM commitment_change ORDER BY id LIMIT 1`,
  );
  const { outreach: outreachId, response: responseId } = sample;
  await api.dataSource.query(`UPDATE outreach SET recorded_by = NULL WHERE id = $1`, [dbId(outreachId)]);
  await api.dataSource.query(`UPDATE party_response SET recorded_by = NULL WHERE id = $1`, [
    dbId(responseId),
  ]);
  await api.dataSource.query(
    `UPDATE commitment_change SET actor_subject = NULL, actor_name = NULL WHERE commitment_id = $1`,
    [commitment],
  );
  const read = await api.graphql(
    `query ($outreach: ID!, $response: ID!, $commitment: ID!) {
       outreach: node(id: $outreach) { ... on Outreach { recordedBy } }
       response: node(id: $response) { ... on PartyResponse { recordedBy } }
       commitment: node(id: $commitment) { ... on Commitment { history { actorName } } }
     }`,
    { outreach: outreachId, response: responseId, commitment: toGlobalId('Commitment', commitment) },
    admin,
  );
  expect(read.body.errors).toBeUndefined();
  const data = read.body.data as {
    outreach: { recordedBy: string };
    response: { recordedBy: string };
    commitment: { history: { actorName: string }[] };
  };
  expect([data.outreach.recordedBy, data.response.recordedBy]).toEqual(['unknown', 'unknown']);
  expect(data.commitment.history.length).toBeGreaterThan(0);
  expect(data.commitment.history.every((step) => step.actorName === 'unknown')).toBe(true);
});
