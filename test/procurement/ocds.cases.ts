import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { CreateProcurementRequestInput } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import {
  CloseProcurementRequestDocument,
  InviteSuppliersDocument,
  MyInvitationsDocument,
  SubmitQuoteDocument,
} from '../__generated__/graphql';
import { Role } from '../support/test-server';
import { awardRequest, civilServant, createRequest, createSupplier, dbId, openQuotes } from './fixtures';
import packageSchema from './ocds/release-package-schema.json';
import releaseSchema from './ocds/release-schema.json';

const RELEASE_SCHEMA_URI = 'https://standard.open-contracting.org/schema/1__1__5/release-schema.json';
const ADVERTISING = '79341000';

let api: TestServer;
type Supplier = Awaited<ReturnType<typeof createSupplier>>;
const s: Record<string, Supplier> = {};

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(releaseSchema, RELEASE_SCHEMA_URI);
const validatePackage = ajv.compile(packageSchema);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const fetchExport = async (query = '') => {
  const response = await fetch(`${api.url}/ocds/releases.json${query}`);
  return { response, body: (await response.json()) as Json };
};

const awarded = (
  buyerMunicipality: string,
  invitees: Supplier[],
  amount: number,
  overrides: Partial<CreateProcurementRequestInput>,
) => awardRequest(api, buyerMunicipality, invitees, amount, { cpvCode: ADVERTISING, ...overrides });

let single: string;
let multiple: string;
let deBilt: string;

beforeAll(async () => {
  api = await startTestServer();
  // This file checks the export of its own requests exactly: without the demo requests (the demo data's
  // export is checked in demo-data.cases.ts).
  await api.dataSource.query(
    'DELETE FROM award; DELETE FROM quote; DELETE FROM invitation; DELETE FROM procurement_request',
  );
  const make = (key: string, name: string, municipality: string) =>
    createSupplier(
      api,
      { name, municipality },
      {
        description: 'Reclame en campagnes',
        cpvCodes: [ADVERTISING],
        contactName: 'Petra Privé',
        contactEmail: 'petra@example.nl',
        contactPhone: '0612345678',
      },
    ).then((supplier) => (s[key] = supplier));
  await make('z1', 'Zeister Reclame', 'GM0355');
  await make('z2', 'Reclamebureau Slotlaan', 'GM0355');
  await make('b1', 'Biltse Campagnes', 'GM0310');
  // €5,000: one quote suffices (enkelvoudig onderhands); €60,000: 3 to 5 quotes (meervoudig onderhands).
  single = await awarded('GM0355', [s.z1], 480_000, {
    title: 'Flyers afvalscheiding',
    estimatedValue: 500_000,
  });
  multiple = await awarded('GM0355', [s.z2, s.z1, s.b1], 5_450_050, {
    title: 'Campagne afvalscheiding',
    description: 'Campagne voor betere afvalscheiding.',
    estimatedValue: 6_000_000,
  });
  deBilt = await awarded('GM0310', [s.b1], 420_000, { title: 'Posters De Bilt', estimatedValue: 500_000 });
  // One request of 2018, for the year filter: invited, closed, opened and awarded in 2018.
  for (const sql of [
    `UPDATE award SET awarded_at = '2018-06-01T10:00:00Z' WHERE request_id = $1`,
    `UPDATE invitation SET decided_at = '2018-05-01T08:00:00Z' WHERE request_id = $1`,
    `UPDATE procurement_request SET deadline = '2018-05-20T15:00:00Z', closed_at = '2018-05-21T08:00:00Z',
            quotes_opened_at = '2018-05-21T09:00:00Z' WHERE id = $1`,
  ]) {
    await api.dataSource.query(sql, [single]);
  }
  // The award rationale travels with the award: put one on the multiple-quote award.
  await api.dataSource.query(`UPDATE award SET rationale = 'Snellere levering' WHERE request_id = $1`, [
    multiple,
  ]);
});
afterAll(() => api.close());

test('the export is a valid OCDS 1.1.5 release package of the tender and award stages, with public data only', async () => {
  const { response, body } = await fetchExport();
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  // Without PUBLIC_URL the server's own middleware makes public caching private.
  expect(response.headers.get('cache-control')).toMatch(/max-age=300/);
  const valid = validatePackage(body);
  expect(validatePackage.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  expect(body).toMatchObject({ version: '1.1', publisher: { name: 'Regio Q4' } });
  expect(body.uri).toBe(`${api.url}/ocds/releases.json`);
  // Each request: a tender release at the opening of its quotes, an award release at its award.
  expect(body.releases.map((r: Json) => r.id)).toEqual([
    `${single}-tender`,
    `${single}-award`,
    ...[multiple, deBilt]
      .flatMap((id) => [`${id}-tender`, `${id}-award`])
      .sort((a, b) => {
        const date = (id: string) => body.releases.find((r: Json) => r.id === id).date;
        return date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0;
      }),
  ]);

  const release = body.releases.find((r: Json) => r.id === `${multiple}-award`);
  const tenderers = [{ id: `NL-KVK-${s.z2.kvkNumber}`, name: 'Reclamebureau Slotlaan' }];
  expect(release).toMatchObject({
    ocid: `ocds-regioq4-${multiple}`,
    tag: ['award'],
    initiationType: 'tender',
    buyer: { id: 'GM0355', name: 'Zeist' },
    tender: {
      id: multiple,
      title: 'Campagne afvalscheiding',
      description: 'Campagne voor betere afvalscheiding.',
      status: 'complete',
      procurementMethod: 'limited',
      procurementMethodDetails: 'Meervoudig onderhandse procedure',
      procurementMethodRationale: 'De procedure die de inkoopdrempels voor de geraamde waarde vereisen',
      mainProcurementCategory: 'services',
      value: { amount: 60_000, currency: 'EUR' },
      items: [{ classification: { scheme: 'CPV', id: ADVERTISING, description: 'Advertising services' } }],
      // Only the first invitee quoted (the fixture): one tenderer.
      tenderers,
      numberOfTenderers: 1,
    },
    awards: [
      {
        status: 'active',
        description: 'Snellere levering',
        value: { amount: 54_500.5, currency: 'EUR' },
        suppliers: [{ id: `NL-KVK-${s.z2.kvkNumber}`, name: 'Reclamebureau Slotlaan' }],
      },
    ],
  });
  expect(release.tender.tenderPeriod.startDate).toEqual(expect.any(String));
  expect(release.tender.tenderPeriod.endDate).toEqual(expect.any(String));
  expect(release.parties).toEqual([
    { id: 'GM0355', name: 'Zeist', roles: ['buyer'] },
    {
      id: `NL-KVK-${s.z2.kvkNumber}`,
      name: 'Reclamebureau Slotlaan',
      identifier: { scheme: 'NL-KVK', id: s.z2.kvkNumber, legalName: 'Reclamebureau Slotlaan' },
      roles: ['tenderer', 'supplier'],
    },
  ]);
  // The tender release: the same tender, still being evaluated, the tenderers without the winner's role.
  const tender = body.releases.find((r: Json) => r.id === `${multiple}-tender`);
  expect(tender).toMatchObject({
    ocid: `ocds-regioq4-${multiple}`,
    tag: ['tender'],
    tender: { status: 'active', tenderers, numberOfTenderers: 1 },
  });
  expect(tender.awards).toBeUndefined();
  expect(tender.parties[1].roles).toEqual(['tenderer']);
  expect(s.z2.kvkNumber).toMatch(/^\d{8}$/);

  const direct = body.releases.find((r: Json) => r.id === `${single}-award`);
  expect(direct.tender).toMatchObject({
    procurementMethod: 'direct',
    procurementMethodDetails: 'Enkelvoudig onderhandse procedure',
    value: { amount: 5_000 },
    // Invited on 1 May; quoting closed at the deadline (the close came after it).
    tenderPeriod: { startDate: '2018-05-01T08:00:00.000Z', endDate: '2018-05-20T15:00:00.000Z' },
  });
  expect(direct.awards[0].value).toEqual({ amount: 4_800, currency: 'EUR' });
  expect(direct.awards[0].description).toBeUndefined();
  expect(direct.date).toBe('2018-06-01T10:00:00.000Z');
  expect(body.releases.find((r: Json) => r.id === `${single}-tender`).date).toBe('2018-05-21T09:00:00.000Z');

  // No contact persons, no civil servants' or members' names, no quote notes.
  const text = JSON.stringify(body);
  for (const secret of ['Petra', 'petra@example.nl', '0612345678', 'Ambtenaar', 'Lid Jansen', 'Geheime']) {
    expect(text).not.toContain(secret);
  }
});

test('a tender release lists every supplier that quoted, and none while the quotes are sealed', async () => {
  const buyer = await civilServant(api, 'GM0355');
  const requestId = await createRequest(api, buyer, {
    title: 'Campagne zwerfafval',
    cpvCode: ADVERTISING,
    estimatedValue: 6_000_000,
  });
  await api.graphql(
    InviteSuppliersDocument,
    { input: { requestId, supplierIds: [s.z1, s.z2, s.b1].map((x) => x.profileId) } },
    buyer,
  );
  for (const [supplier, amount] of [
    [s.z1, 5_000_000],
    [s.b1, 5_200_000],
  ] as const) {
    const member = await api.token({
      roles: [Role.MEMBER],
      kvk: supplier.kvkNumber,
      sub: 'lid',
      name: 'Lid',
    });
    const mine = (await api.graphql(MyInvitationsDocument, { kvkNumber: supplier.kvkNumber }, member)).body
      .data!.businessByKvkNumber!.procurementInvitations!;
    const invitation = mine.find((i) => i.request?.id === requestId)!;
    await api.graphql(
      SubmitQuoteDocument,
      { input: { invitationId: invitation.id, amount, note: '' } },
      member,
    );
  }
  const ocid = `ocds-regioq4-${dbId(requestId)}`;
  const releasesOf = async () =>
    (await fetchExport('?limit=1000')).body.releases.filter((r: Json) => r.ocid === ocid);
  expect(await releasesOf()).toEqual([]);
  await api.dataSource.query(
    `UPDATE procurement_request SET deadline = now() - interval '1 minute' WHERE id = $1`,
    [dbId(requestId)],
  );
  await api.graphql(CloseProcurementRequestDocument, { id: requestId }, buyer);
  await openQuotes(api, 'GM0355', requestId);
  const [tender] = await releasesOf();
  expect(tender.tag).toEqual(['tender']);
  expect(tender.tender.numberOfTenderers).toBe(2);
  expect(tender.tender.tenderers.map((t: Json) => t.id).sort()).toEqual(
    [s.z1, s.b1].map((x) => `NL-KVK-${x.kvkNumber}`).sort(),
  );
  expect(JSON.stringify(tender)).not.toMatch(/50000|52000/);
  const { body } = await fetchExport('?limit=1000');
  expect(validatePackage(body)).toBe(true);
  for (const table of ['quote', 'invitation']) {
    await api.dataSource.query(`DELETE FROM ${table} WHERE request_id = $1`, [dbId(requestId)]);
  }
  await api.dataSource.query(`DELETE FROM procurement_request WHERE id = $1`, [dbId(requestId)]);
});

test('the municipality and year filters', async () => {
  const ocids = async (query: string) => {
    const { response, body } = await fetchExport(query);
    expect(response.status).toBe(200);
    // The package schema wants one or more releases: an empty result is the only deviation.
    if (body.releases.length > 0) expect(validatePackage(body)).toBe(true);
    return [...new Set(body.releases.map((r: Json) => r.ocid.replace('ocds-regioq4-', '')))];
  };
  expect(await ocids('?municipality=GM0355')).toEqual([single, multiple]);
  expect(await ocids('?municipality=GM0310')).toEqual([deBilt]);
  expect(await ocids('?year=2018')).toEqual([single]);
  expect(await ocids('?municipality=GM0355&year=2018')).toEqual([single]);
  expect(await ocids('?municipality=GM0310&year=2018')).toEqual([]);
  expect((await ocids(`?year=${new Date().getFullYear()}`)).sort()).toEqual([multiple, deBilt].sort());
  // A well-formed code no municipality has: 404, so a typo is not read as "no awards".
  const unknown = await fetchExport('?municipality=GM9999');
  expect(unknown.response.status).toBe(404);
  expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
});

test('bad parameters: a coded 400', async () => {
  for (const query of [
    '?municipality=Zeist',
    '?municipality=gm0355',
    '?year=18',
    '?year=2018.5',
    '?year=abcd',
    '?year=2018&year=2019',
    '?municipality=GM0355&municipality=GM0310',
    '?page=2',
    '?after=nonsense',
    `?after=${Buffer.from('["2018-01-01T00:00:00.000Z","x",0]').toString('base64url')}`,
    `?after=${Buffer.from('["yesterday","00000000-0000-4000-8000-000000000000",0]').toString('base64url')}`,
    `?after=${Buffer.from('["2018-01-01T00:00:00.000Z","00000000-0000-4000-8000-000000000000",7]').toString('base64url')}`,
    '?after=a&after=b',
    '?limit=0',
    '?limit=1001',
    '?limit=10&limit=20',
  ]) {
    const { response, body } = await fetchExport(query);
    expect([query, response.status]).toEqual([query, 400]);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  }
});

test('the SQL statement count does not grow with the releases', async () => {
  const one = await fetch(`${api.url}/ocds/releases.json?municipality=GM0310`);
  const several = await fetch(`${api.url}/ocds/releases.json?municipality=GM0355`);
  expect(((await one.json()) as Json).releases).toHaveLength(2);
  expect(((await several.json()) as Json).releases).toHaveLength(4);
  const [oneLog, severalLog] = [await api.logOf(one), await api.logOf(several)];
  expect(severalLog.sqlCount).toBe(oneLog.sqlCount);
  expect(severalLog.sqlCount).toBe(2); // the municipality, then one statement of releases, tenderers and all
});

test('keyset pages: ?limit and ?after, with links.next as OCDS pagination has it', async () => {
  const all = (await fetchExport('')).body.releases.map((r: Json) => r.id);
  expect(all).toHaveLength(6);
  const first = await fetchExport('?limit=4');
  expect(validatePackage(first.body)).toBe(true);
  expect(first.body.releases.map((r: Json) => r.id)).toEqual(all.slice(0, 4));
  expect(first.body.uri).toBe(`${api.url}/ocds/releases.json?limit=4`);
  expect(first.body.links.next).toMatch(
    new RegExp(`^${api.url}/ocds/releases\\.json\\?limit=4&after=[\\w-]+$`),
  );
  expect(first.body.links.prev).toBeUndefined();
  // A release added before the cursor does not shift the next page (keyset, not OFFSET).
  await api.dataSource.query(`UPDATE award SET awarded_at = '2017-01-01T00:00:00Z' WHERE request_id = $1`, [
    deBilt,
  ]);
  const second = await fetch(first.body.links.next);
  const secondBody = (await second.json()) as Json;
  expect(validatePackage(secondBody)).toBe(true);
  expect(secondBody.releases.map((r: Json) => r.id)).toEqual(
    all.slice(4).filter((id: string) => id !== `${deBilt}-award`),
  );
  expect(secondBody.uri).toBe(first.body.links.next);
  expect(secondBody.links).toBeUndefined();
  await api.dataSource.query(`UPDATE award SET awarded_at = now() WHERE request_id = $1`, [deBilt]);
  // Filters stay on the links; one page holding everything has none.
  const filtered = await fetchExport('?municipality=GM0355&limit=1');
  expect(filtered.body.links.next).toMatch(
    new RegExp(`^${api.url}/ocds/releases\\.json\\?municipality=GM0355&limit=1&after=`),
  );
  expect((await fetchExport('?limit=6')).body.links).toBeUndefined();
  expect((await fetchExport('')).body.links).toBeUndefined();
});
