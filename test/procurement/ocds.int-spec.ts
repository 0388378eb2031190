import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { CreateProcurementRequestInput } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { awardRequest, createSupplier } from './fixtures';
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
  // export is checked in demo-data.int-spec.ts).
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
  // One award of 2018, for the year filter.
  await api.dataSource.query(`UPDATE award SET awarded_at = '2018-06-01T10:00:00Z' WHERE request_id = $1`, [
    single,
  ]);
});
afterAll(() => api.close());

test('the export is a valid OCDS 1.1.5 release package of the awarded requests, with public data only', async () => {
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
  expect(body.releases.map((r: Json) => r.ocid)).toEqual(
    [single, multiple, deBilt].map((id) => `ocds-regioq4-${id}`),
  );

  const release = body.releases.find((r: Json) => r.ocid === `ocds-regioq4-${multiple}`);
  expect(release).toMatchObject({
    tag: ['award'],
    initiationType: 'tender',
    buyer: { id: 'GM0355', name: 'Zeist' },
    tender: {
      id: multiple,
      title: 'Campagne afvalscheiding',
      description: 'Campagne voor betere afvalscheiding.',
      procurementMethod: 'limited',
      procurementMethodDetails: 'Meervoudig onderhandse procedure',
      mainProcurementCategory: 'services',
      value: { amount: 60_000, currency: 'EUR' },
      items: [{ classification: { scheme: 'CPV', id: ADVERTISING, description: 'Advertising services' } }],
    },
    awards: [
      {
        status: 'active',
        value: { amount: 54_500.5, currency: 'EUR' },
        suppliers: [{ id: `NL-KVK-${s.z2.kvkNumber}`, name: 'Reclamebureau Slotlaan' }],
      },
    ],
  });
  expect(release.parties).toEqual([
    { id: 'GM0355', name: 'Zeist', roles: ['buyer'] },
    {
      id: `NL-KVK-${s.z2.kvkNumber}`,
      name: 'Reclamebureau Slotlaan',
      identifier: { scheme: 'NL-KVK', id: s.z2.kvkNumber, legalName: 'Reclamebureau Slotlaan' },
      roles: ['supplier'],
    },
  ]);
  expect(s.z2.kvkNumber).toMatch(/^\d{8}$/);
  const direct = body.releases.find((r: Json) => r.ocid === `ocds-regioq4-${single}`);
  expect(direct.tender).toMatchObject({
    procurementMethod: 'direct',
    procurementMethodDetails: 'Enkelvoudig onderhandse procedure',
    value: { amount: 5_000 },
  });
  expect(direct.awards[0].value).toEqual({ amount: 4_800, currency: 'EUR' });
  expect(direct.date).toBe('2018-06-01T10:00:00.000Z');

  // No contact persons, no civil servants' or members' names, no quote notes.
  const text = JSON.stringify(body);
  for (const secret of ['Petra', 'petra@example.nl', '0612345678', 'Ambtenaar', 'Lid Jansen', 'Geheime']) {
    expect(text).not.toContain(secret);
  }
});

test('the municipality and year filters', async () => {
  const ocids = async (query: string) => {
    const { response, body } = await fetchExport(query);
    expect(response.status).toBe(200);
    // The package schema wants one or more releases: an empty result is the only deviation.
    if (body.releases.length > 0) expect(validatePackage(body)).toBe(true);
    return body.releases.map((r: Json) => r.ocid.replace('ocds-regioq4-', ''));
  };
  expect(await ocids('?municipality=GM0355')).toEqual([single, multiple]);
  expect(await ocids('?municipality=GM0310')).toEqual([deBilt]);
  expect(await ocids('?year=2018')).toEqual([single]);
  expect(await ocids('?municipality=GM0355&year=2018')).toEqual([single]);
  expect(await ocids('?municipality=GM0310&year=2018')).toEqual([]);
  expect(await ocids(`?year=${new Date().getFullYear()}`)).toEqual([multiple, deBilt]);
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
    '?page=0',
    '?page=-1',
    '?page=two',
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
  expect(((await one.json()) as Json).releases).toHaveLength(1);
  expect(((await several.json()) as Json).releases).toHaveLength(2);
  const [oneLog, severalLog] = [await api.logOf(one), await api.logOf(several)];
  expect(severalLog.sqlCount).toBe(oneLog.sqlCount);
  expect(severalLog.sqlCount).toBe(2); // the municipality, then one join of awards, requests, suppliers and CPV
});

test('pages: ?limit and ?page, with links.next and links.prev as OCDS pagination has them', async () => {
  const all = (await fetchExport('')).body.releases.map((r: Json) => r.ocid);
  expect(all).toHaveLength(3);
  const first = await fetchExport('?limit=2');
  expect(validatePackage(first.body)).toBe(true);
  expect(first.body.releases.map((r: Json) => r.ocid)).toEqual(all.slice(0, 2));
  expect(first.body.uri).toBe(`${api.url}/ocds/releases.json?limit=2`);
  expect(first.body.links).toEqual({ next: `${api.url}/ocds/releases.json?limit=2&page=2` });
  const second = await fetch(first.body.links.next);
  const secondBody = (await second.json()) as Json;
  expect(validatePackage(secondBody)).toBe(true);
  expect(secondBody.releases.map((r: Json) => r.ocid)).toEqual(all.slice(2));
  expect(secondBody.uri).toBe(`${api.url}/ocds/releases.json?limit=2&page=2`);
  expect(secondBody.links).toEqual({ prev: `${api.url}/ocds/releases.json?limit=2&page=1` });
  // Filters stay on the links; one page holding everything has none.
  const filtered = await fetchExport('?municipality=GM0355&limit=1');
  expect(filtered.body.links.next).toBe(`${api.url}/ocds/releases.json?municipality=GM0355&limit=1&page=2`);
  expect((await fetchExport('?limit=3')).body.links).toBeUndefined();
  expect((await fetchExport('')).body.links).toBeUndefined();
  // Past the last page: an empty page that links back.
  const beyond = await fetchExport('?limit=2&page=5');
  expect(beyond.body.releases).toEqual([]);
  expect(beyond.body.links).toEqual({ prev: `${api.url}/ocds/releases.json?limit=2&page=4` });
});
