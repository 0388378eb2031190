import {
  EndAldermanTermDocument,
  RecordAldermanTermDocument,
  RecordElectionDocument,
  RecordElectionResultDocument,
  RecordPartyDocument,
  UpdatePartyDocument,
} from '../__generated__/graphql';
import { fromGlobalId, toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/**
 * The board's reference data: elections, parties, seats and aldermen, recorded by admins only. Each
 * refusal is a coded user error (or BAD_USER_INPUT for malformed input) and changes nothing.
 */
let api: TestServer;
let admin: Record<string, string>;
/** Demo data: the 2018 election (in all municipalities), Zeist's and De Bilt's VVD, a board member. */
let demo: { election2018: string; zeistVvd: string; zeistVvdName: string; deBiltVvd: string; person: string };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN], sub: 'board-7', name: 'Marieke Verhoef' });
  const [row] = await api.dataSource.query(
    `SELECT (SELECT id FROM election WHERE date = '2018-03-21' AND municipality_id IS NULL) AS election,
            z.id AS zeist, z.name AS zeist_name, b.id AS de_bilt,
            (SELECT id FROM person WHERE email IS NOT NULL ORDER BY name LIMIT 1) AS person
       FROM party z JOIN municipality zm ON zm.id = z.municipality_id AND zm.cbs_code = 'GM0355',
            party b JOIN municipality bm ON bm.id = b.municipality_id AND bm.cbs_code = 'GM0310'
      WHERE z.abbreviation = 'VVD' AND b.abbreviation = 'VVD'`,
  );
  demo = {
    election2018: toGlobalId('Election', row.election),
    zeistVvd: toGlobalId('Party', row.zeist),
    zeistVvdName: row.zeist_name,
    deBiltVvd: toGlobalId('Party', row.de_bilt),
    person: toGlobalId('Person', row.person),
  };
});
afterAll(async () => {
  expect(api.errorLogs).toEqual([]);
  await api.close();
});

/** A fingerprint of every table these mutations write, to show a refusal changed nothing. */
const tables = async (): Promise<string> =>
  (
    await api.dataSource.query(
      `SELECT md5(concat_ws('|',
         (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM election t),
         (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM party t),
         (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM election_result t),
         (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM alderman_term t),
         (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM person t))) AS hash`,
    )
  )[0].hash;

const refusal = (code: string, field: string[]) => [{ code, message: expect.any(String), field }];

describe('recordElection', () => {
  const record = (input: Record<string, unknown>) =>
    api.graphql(RecordElectionDocument, { input: input as never }, admin);

  test('records an election in all municipalities and by-elections in one, each day and kind once', async () => {
    const all = await record({ date: '2030-03-20', kind: 'MUNICIPAL' });
    expect(all.body.data!.recordElection).toEqual({
      election: { id: expect.any(String), date: '2030-03-20', kind: 'MUNICIPAL', municipality: null },
      userErrors: [],
    });
    const zeist = await record({ date: '2027-11-22', kind: 'MUNICIPAL', municipality: 'GM0355' });
    expect(zeist.body.data!.recordElection).toMatchObject({
      election: { date: '2027-11-22', kind: 'MUNICIPAL', municipality: { cbsCode: 'GM0355' } },
      userErrors: [],
    });
    // Another municipality, or another kind on the same day, is another election.
    const bunnik = await record({ date: '2027-11-22', kind: 'MUNICIPAL', municipality: 'GM0312' });
    expect(bunnik.body.data!.recordElection.userErrors).toEqual([]);
    const provincial = await record({ date: '2030-03-20', kind: 'PROVINCIAL' });
    expect(provincial.body.data!.recordElection.userErrors).toEqual([]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM election WHERE date IN ('2027-11-22', '2030-03-20')`,
    );
    expect(n).toBe(4);

    const before = await tables();
    for (const [input, code, field] of [
      // The same again; a local one on the day of one in all municipalities; one in all on a by-election day.
      [{ date: '2030-03-20', kind: 'MUNICIPAL' }, 'TAKEN', ['input', 'date']],
      [{ date: '2027-11-22', kind: 'MUNICIPAL', municipality: 'GM0355' }, 'TAKEN', ['input', 'date']],
      [{ date: '2030-03-20', kind: 'MUNICIPAL', municipality: 'GM0310' }, 'TAKEN', ['input', 'date']],
      [{ date: '2027-11-22', kind: 'MUNICIPAL' }, 'TAKEN', ['input', 'date']],
      [{ date: '2018-03-21', kind: 'MUNICIPAL' }, 'TAKEN', ['input', 'date']],
      [
        { date: '2031-01-01', kind: 'MUNICIPAL', municipality: 'GM9999' },
        'NOT_FOUND',
        ['input', 'municipality'],
      ],
    ] as const) {
      const refused = await record(input);
      expect(refused.body.data!.recordElection).toEqual({
        election: null,
        userErrors: refusal(code, [...field]),
      });
    }
    const malformed = await record({ date: '2031-01-01', kind: 'MUNICIPAL', municipality: 'Zeist' });
    expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await tables()).toBe(before);
  });
});

describe('recordParty and updateParty', () => {
  const record = (input: Record<string, unknown>) =>
    api.graphql(RecordPartyDocument, { input: input as never }, admin);
  const update = (input: Record<string, unknown>) =>
    api.graphql(UpdatePartyDocument, { input: input as never }, admin);

  test('records a party once per municipality, by name in any case', async () => {
    const made = await record({
      municipality: 'GM0355',
      name: '  Zeister Toekomst ',
      abbreviation: 'ZT',
      scope: 'LOCAL',
    });
    expect(made.body.data!.recordParty).toEqual({
      party: {
        id: expect.any(String),
        name: 'Zeister Toekomst',
        abbreviation: 'ZT',
        scope: 'LOCAL',
        municipality: { cbsCode: 'GM0355' },
      },
      userErrors: [],
    });
    // The same name in another municipality is another party.
    const elsewhere = await record({
      municipality: 'GM0310',
      name: 'Zeister Toekomst',
      abbreviation: 'ZT',
      scope: 'LOCAL',
    });
    expect(elsewhere.body.data!.recordParty.userErrors).toEqual([]);

    const before = await tables();
    for (const [input, code, field] of [
      [{ name: 'zeister toekomst' }, 'TAKEN', ['input', 'name']],
      [{ name: demo.zeistVvdName }, 'TAKEN', ['input', 'name']],
      [{ municipality: 'GM9999' }, 'NOT_FOUND', ['input', 'municipality']],
    ] as const) {
      const refused = await record({
        municipality: 'GM0355',
        name: 'Nog een partij',
        abbreviation: 'NEP',
        scope: 'LOCAL',
        ...input,
      });
      expect(refused.body.data!.recordParty).toEqual({ party: null, userErrors: refusal(code, [...field]) });
    }
    for (const bad of [{ name: '   ' }, { abbreviation: 'X'.repeat(31) }, { municipality: 'Zeist' }]) {
      const refused = await record({
        municipality: 'GM0355',
        name: 'Nog een partij',
        abbreviation: 'NEP',
        scope: 'LOCAL',
        ...bad,
      });
      expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await tables()).toBe(before);
  });

  test('changes what is given, keeps the rest, and refuses a name another party of it has', async () => {
    const made = await record({
      municipality: 'GM0352',
      name: 'Wijkse Lijst',
      abbreviation: 'WL',
      scope: 'LOCAL',
    });
    const id = made.body.data!.recordParty.party!.id;

    const renamed = await update({ id, name: 'Wijkse Burgerlijst', scope: 'NATIONAL' });
    expect(renamed.body.data!.updateParty).toEqual({
      party: { id, name: 'Wijkse Burgerlijst', abbreviation: 'WL', scope: 'NATIONAL' },
      userErrors: [],
    });
    // Its own name in another case is no clash.
    const recased = await update({ id, name: 'WIJKSE BURGERLIJST', abbreviation: 'WBL' });
    expect(recased.body.data!.updateParty).toEqual({
      party: { id, name: 'WIJKSE BURGERLIJST', abbreviation: 'WBL', scope: 'NATIONAL' },
      userErrors: [],
    });

    const before = await tables();
    const [{ name: wb }] = await api.dataSource.query(
      `SELECT p.name FROM party p JOIN municipality m ON m.id = p.municipality_id
        WHERE m.cbs_code = 'GM0352' AND p.abbreviation = 'WB'`,
    );
    const clash = await update({ id, name: wb, abbreviation: 'X' });
    expect(clash.body.data!.updateParty).toEqual({
      party: null,
      userErrors: refusal('TAKEN', ['input', 'name']),
    });
    const missing = await update({ id: toGlobalId('Party', UNKNOWN), name: 'Iets' });
    expect(missing.body.data!.updateParty).toEqual({
      party: null,
      userErrors: refusal('NOT_FOUND', ['input', 'id']),
    });
    expect(await tables()).toBe(before);
  });
});

describe('recordElectionResult', () => {
  const record = (input: Record<string, unknown>) =>
    api.graphql(RecordElectionResultDocument, { input: input as never }, admin);

  test('sets a party’s seats, and replaces them when given again', async () => {
    const made = await api.graphql(
      RecordPartyDocument,
      { input: { municipality: 'GM0355', name: 'Zetelpartij', abbreviation: 'ZP', scope: 'LOCAL' } as never },
      admin,
    );
    const party = made.body.data!.recordParty.party!.id;
    const first = await record({ electionId: demo.election2018, partyId: party, seats: 3 });
    expect(first.body.data!.recordElectionResult).toMatchObject({
      electionResult: { seats: 3, party: { id: party }, election: { id: demo.election2018 } },
      userErrors: [],
    });
    const again = await record({ electionId: demo.election2018, partyId: party, seats: 0 });
    const result = again.body.data!.recordElectionResult.electionResult!;
    expect(result.seats).toBe(0);
    expect(result.election.results.filter((r) => r.party.id === party)).toEqual([
      { seats: 0, party: { id: party } },
    ]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM election_result WHERE party_id = $1`,
      [fromGlobalId(party, 'Party').id],
    );
    expect(n).toBe(1);

    // A by-election in Zeist takes Zeist's parties only.
    const byElection = await api.graphql(
      RecordElectionDocument,
      { input: { date: '2028-06-07', kind: 'MUNICIPAL', municipality: 'GM0355' } as never },
      admin,
    );
    const zeistElection = byElection.body.data!.recordElection.election!.id;
    const local = await record({ electionId: zeistElection, partyId: demo.zeistVvd, seats: 4 });
    expect(local.body.data!.recordElectionResult.userErrors).toEqual([]);

    const before = await tables();
    for (const [input, code, field] of [
      [{ electionId: zeistElection, partyId: demo.deBiltVvd }, 'INVALID', ['input', 'partyId']],
      [{ electionId: toGlobalId('Election', UNKNOWN) }, 'NOT_FOUND', ['input', 'electionId']],
      [{ partyId: toGlobalId('Party', UNKNOWN) }, 'NOT_FOUND', ['input', 'partyId']],
    ] as const) {
      const refused = await record({ electionId: demo.election2018, partyId: party, seats: 9, ...input });
      expect(refused.body.data!.recordElectionResult).toEqual({
        electionResult: null,
        userErrors: refusal(code, [...field]),
      });
    }
    for (const seats of [-1, 101]) {
      const refused = await record({ electionId: demo.election2018, partyId: party, seats });
      expect(refused.body.errors?.[0].extensions?.fields).toEqual([
        { path: ['input', 'seats'], message: expect.any(String) },
      ]);
    }
    expect(await tables()).toBe(before);
  });
});

describe('recordAldermanTerm and endAldermanTerm', () => {
  const record = (input: Record<string, unknown>) =>
    api.graphql(
      RecordAldermanTermDocument,
      {
        input: {
          municipality: 'GM0355',
          partyId: demo.zeistVvd,
          portfolio: 'Economische Zaken, Inkoop',
          since: '2026-05-01',
          ...input,
        } as never,
      },
      admin,
    );
  const end = (input: Record<string, unknown>) =>
    api.graphql(EndAldermanTermDocument, { input: input as never }, admin);

  test('records a term for a new person by name or a known one by id, with a party of the municipality or none', async () => {
    const people = async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM person`))[0].n;
    const count = await people();
    const byName = await record({ personName: ' Anna de Wethouder ' });
    expect(byName.body.data!.recordAldermanTerm).toEqual({
      aldermanTerm: {
        id: expect.any(String),
        portfolio: 'Economische Zaken, Inkoop',
        since: '2026-05-01',
        until: null,
        person: { id: expect.any(String), name: 'Anna de Wethouder' },
        municipality: { cbsCode: 'GM0355' },
        party: { id: demo.zeistVvd },
      },
      userErrors: [],
    });
    expect(await people()).toBe(count + 1);

    const byId = await record({ personId: demo.person, partyId: null, until: '2026-05-01' });
    expect(byId.body.data!.recordAldermanTerm.aldermanTerm).toMatchObject({
      person: { id: demo.person },
      party: null,
      until: '2026-05-01',
    });
    expect(await people()).toBe(count + 1);

    const before = await tables();
    for (const [input, code, field] of [
      [{}, 'INVALID', ['input', 'personId']],
      [{ personId: demo.person, personName: 'Twee Keer' }, 'INVALID', ['input', 'personId']],
      [{ personId: toGlobalId('Person', UNKNOWN) }, 'NOT_FOUND', ['input', 'personId']],
      [{ personName: 'Piet', partyId: demo.deBiltVvd }, 'INVALID', ['input', 'partyId']],
      [{ personName: 'Piet', partyId: toGlobalId('Party', UNKNOWN) }, 'NOT_FOUND', ['input', 'partyId']],
      [{ personName: 'Piet', municipality: 'GM9999' }, 'NOT_FOUND', ['input', 'municipality']],
      [{ personName: 'Piet', until: '2026-04-30' }, 'INVALID', ['input', 'until']],
    ] as const) {
      const refused = await record(input);
      expect(refused.body.data!.recordAldermanTerm).toEqual({
        aldermanTerm: null,
        userErrors: refusal(code, [...field]),
      });
    }
    // Every fault at once, each on its field; the person named is not created.
    const all = await record({ personName: 'Piet', partyId: demo.deBiltVvd, until: '2020-01-01' });
    expect(all.body.data!.recordAldermanTerm.userErrors.map((e) => e.field)).toEqual([
      ['input', 'partyId'],
      ['input', 'until'],
    ]);
    const blank = await record({ personName: '  ', portfolio: '' });
    expect(blank.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await tables()).toBe(before);
  });

  test('ends a term in office once, on or after its first day', async () => {
    const made = await record({ personName: 'Bram Bestuurder', since: '2022-06-01' });
    const id = made.body.data!.recordAldermanTerm.aldermanTerm!.id;

    const before = await tables();
    const early = await end({ id, until: '2022-05-31' });
    expect(early.body.data!.endAldermanTerm).toEqual({
      aldermanTerm: null,
      userErrors: refusal('INVALID', ['input', 'until']),
    });
    const missing = await end({ id: toGlobalId('AldermanTerm', UNKNOWN), until: '2026-01-01' });
    expect(missing.body.data!.endAldermanTerm).toEqual({
      aldermanTerm: null,
      userErrors: refusal('NOT_FOUND', ['input', 'id']),
    });
    expect(await tables()).toBe(before);

    const ended = await end({ id, until: '2022-06-01' });
    expect(ended.body.data!.endAldermanTerm).toEqual({
      aldermanTerm: { id, since: '2022-06-01', until: '2022-06-01' },
      userErrors: [],
    });
    const ended2 = await tables();
    const again = await end({ id, until: '2026-01-01' });
    expect(again.body.data!.endAldermanTerm).toEqual({
      aldermanTerm: null,
      userErrors: refusal('NOT_ALLOWED', ['input', 'id']),
    });
    expect(await tables()).toBe(ended2);
  });
});

test('two boards recording the same election or party at once: one is recorded, the other is TAKEN', async () => {
  const election = { date: '2033-03-16', kind: 'MUNICIPAL' };
  const elections = await Promise.all([
    api.graphql(RecordElectionDocument, { input: election as never }, admin),
    api.graphql(RecordElectionDocument, { input: { ...election, municipality: 'GM0355' } as never }, admin),
  ]);
  expect(
    elections.map((response) => response.body.data!.recordElection.userErrors.map((e) => e.code)).sort(),
  ).toEqual([[], ['TAKEN']]);
  const party = { municipality: 'GM0312', name: 'Gelijktijdige Partij', abbreviation: 'GP', scope: 'LOCAL' };
  const parties = await Promise.all(
    [party, { ...party, name: 'GELIJKTIJDIGE PARTIJ' }].map((input) =>
      api.graphql(RecordPartyDocument, { input: input as never }, admin),
    ),
  );
  expect(
    parties.map((response) => response.body.data!.recordParty.userErrors.map((e) => e.code)).sort(),
  ).toEqual([[], ['TAKEN']]);
  const [{ n }] = await api.dataSource.query(
    `SELECT (SELECT count(*) FROM election WHERE date = '2033-03-16')
          + (SELECT count(*) FROM party WHERE lower(name) = 'gelijktijdige partij') AS n`,
  );
  expect(Number(n)).toBe(2);
});

test('only admins record reference data: others get UNAUTHENTICATED or FORBIDDEN, API keys too', async () => {
  const callers: [string, Record<string, string>, string][] = [
    ['anonymous', {}, 'UNAUTHENTICATED'],
    ['EDITOR', await api.token({ roles: [Role.EDITOR] }), 'FORBIDDEN'],
    ['CIVIL_SERVANT', await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' }), 'FORBIDDEN'],
    ['COACH', await api.token({ roles: [Role.COACH] }), 'FORBIDDEN'],
    ['MEMBER', await api.token({ roles: [Role.MEMBER], kvk: '15798472' }), 'FORBIDDEN'],
    [
      'reports:read',
      (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['reports:read'])).headers,
      'FORBIDDEN',
    ],
  ];
  const [{ term }] = await api.dataSource.query(
    `SELECT id AS term FROM alderman_term WHERE until IS NULL ORDER BY since, id LIMIT 1`,
  );
  const requests = [
    [RecordElectionDocument, { date: '2032-03-17', kind: 'MUNICIPAL' }],
    [
      RecordPartyDocument,
      { municipality: 'GM0355', name: 'Ongevraagde Partij', abbreviation: 'OP', scope: 'LOCAL' },
    ],
    [UpdatePartyDocument, { id: demo.zeistVvd, name: 'Ongevraagd' }],
    [RecordElectionResultDocument, { electionId: demo.election2018, partyId: demo.zeistVvd, seats: 30 }],
    [
      RecordAldermanTermDocument,
      { personName: 'Ongevraagd', municipality: 'GM0355', portfolio: 'X', since: '2026-01-01' },
    ],
    [EndAldermanTermDocument, { id: toGlobalId('AldermanTerm', term), until: '2099-01-01' }],
  ] as const;
  const before = await tables();
  for (const [caller, headers, code] of callers) {
    for (const [document, input] of requests) {
      const response = await api.graphql(document as never, { input } as never, headers);
      expect([caller, response.body.data, response.body.errors?.[0].extensions?.code]).toEqual([
        caller,
        null,
        code,
      ]);
    }
  }
  expect(await tables()).toBe(before);
});
