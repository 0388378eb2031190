import { parse } from 'csv-parse/sync';
import { toGlobalId } from '../../src/kit';
import { fixtures } from '../networking/fixtures';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

let api: TestServer;
let eventId: string;
let organiserKvk: string;
let otherKvk: string;

interface Download {
  status: number;
  disposition: string | null;
  header: string[];
  rows: Record<string, string>[];
  code?: string;
}

async function download(path: string, headers: Record<string, string> = {}): Promise<Download> {
  const response = await fetch(`${api.url}${path}`, { headers });
  const text = await response.text();
  if (!response.ok) {
    return {
      status: response.status,
      disposition: null,
      header: [],
      rows: [],
      code: JSON.parse(text).errors[0].extensions.code,
    };
  }
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const records: string[][] = parse(text, { bom: true });
  const [header, ...rest] = records;
  return {
    status: response.status,
    disposition: response.headers.get('content-disposition'),
    header,
    rows: rest.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]]))),
  };
}

const member = (kvk: string) => api.token({ roles: [Role.MEMBER], kvk, sub: `m-${kvk}`, name: 'Lid' });

beforeAll(async () => {
  api = await startTestServer();
  const f = await fixtures(api);
  eventId = await f.createEvent({ title: 'Exportavond Zeist' });
  [{ kvk_number: organiserKvk }] = await api.dataSource.query(
    `SELECT b.kvk_number FROM business b JOIN business_membership m ON m.business_id = b.id
       JOIN association a ON a.id = m.association_id
      WHERE a.short_name = 'ZZO' AND m.until IS NULL ORDER BY b.kvk_number LIMIT 1`,
  );
  [{ kvk_number: otherKvk }] = await api.dataSource.query(
    `SELECT b.kvk_number FROM business b WHERE NOT EXISTS (
       SELECT 1 FROM business_membership m JOIN association a ON a.id = m.association_id
        WHERE m.business_id = b.id AND a.short_name = 'ZZO')
      ORDER BY b.kvk_number LIMIT 1`,
  );
  const register = `mutation ($input: RegisterForEventInput!) { registerForEvent(input: $input) { userErrors { code } } }`;
  // A name that a spreadsheet would run as a formula, and a registration a member makes for its business.
  await api.graphql(register, {
    input: { eventId, name: '=HYPERLINK("http://x")', email: 'formule@example.nl' },
  });
  await api.graphql(
    register,
    { input: { eventId, name: 'Bea Bakker', email: 'bea@example.nl', kvkNumber: otherKvk } },
    await member(otherKvk),
  );
});
afterAll(() => api.close());

describe('an event’s registrations as CSV', () => {
  const REGISTRATIONS = `query ($id: ID!) { event(id: $id) { registrations(first: 100) { nodes { name email status business { kvkNumber } } } } }`;
  const throughGraphQL = async (headers: Record<string, string>) => {
    const response = await api.graphql(REGISTRATIONS, { id: eventId }, headers);
    const event = response.body.data?.event as { registrations: { nodes: Record<string, unknown>[] } } | null;
    return event?.registrations.nodes ?? response.body.errors?.[0].extensions?.code;
  };

  test('organisers get every registration with name and e-mail address; the name that looks like a formula stays text', async () => {
    const organiser = await member(organiserKvk);
    const csv = await download(`/events/${eventId}/registrations.csv`, organiser);
    expect(csv.status).toBe(200);
    expect(csv.disposition).toMatch(
      /^attachment; filename="aanmeldingen-\d{4}-\d\d-\d\d-exportavond-zeist\.csv"$/,
    );
    expect(csv.header).toEqual([
      'Naam',
      'E-mailadres',
      'Bedrijf',
      'KvK-nummer',
      'Bedrijf bevestigd',
      'Status',
      'Aangemeld op',
      'Van de wachtlijst op',
      'Ingecheckt op',
      'Afgemeld op',
    ]);
    expect(csv.rows.map((row) => [row.Naam, row['E-mailadres'], row['KvK-nummer'], row.Status])).toEqual([
      [`'=HYPERLINK("http://x")`, 'formule@example.nl', '', 'CONFIRMED'],
      ['Bea Bakker', 'bea@example.nl', otherKvk, 'CONFIRMED'],
    ]);
    // No more than the API shows the same caller.
    const shown = (await throughGraphQL(organiser)) as { name: string; email: string }[];
    expect(csv.rows.map((row) => row['E-mailadres'])).toEqual(shown.map((node) => node.email));
  });

  test('a member gets their own business’s registrations only; others are refused as the API refuses them', async () => {
    const own = await member(otherKvk);
    const csv = await download(`/events/${eventId}/registrations.csv`, own);
    expect(csv.rows.map((row) => [row.Naam, row['E-mailadres']])).toEqual([['Bea Bakker', 'bea@example.nl']]);
    expect(((await throughGraphQL(own)) as { email: string }[]).map((node) => node.email)).toEqual([
      'bea@example.nl',
    ]);
    // A member of a business without registrations: an empty list, as in the API.
    const [{ kvk_number: third }] = await api.dataSource.query(
      `SELECT kvk_number FROM business WHERE kvk_number NOT IN ($1, $2) AND NOT EXISTS (
         SELECT 1 FROM business_membership m JOIN association a ON a.id = m.association_id
          WHERE m.business_id = business.id AND a.short_name = 'ZZO') ORDER BY kvk_number LIMIT 1`,
      [organiserKvk, otherKvk],
    );
    expect((await download(`/events/${eventId}/registrations.csv`, await member(third))).rows).toEqual([]);
    expect(await download(`/events/${eventId}/registrations.csv`)).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(await throughGraphQL({})).toBe('FORBIDDEN');
    const civil = await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' });
    expect(await download(`/events/${eventId}/registrations.csv`, civil)).toMatchObject({ status: 403 });
    expect(
      await download(`/events/${eventId}/registrations.csv`, { Authorization: 'Bearer not-a-token' }),
    ).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await download(`/events/nonsense/registrations.csv`, await member(organiserKvk))).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
    const unknown = toGlobalId('Event', '00000000-0000-4000-8000-000000000000');
    expect(await download(`/events/${unknown}/registrations.csv`, await member(organiserKvk))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
  });
});

describe('a request’s shortlist and invitation log as CSV', () => {
  let request: string;
  let buyer: Record<string, string>;
  let invitedKvk: string;

  beforeAll(async () => {
    const [row] = await api.dataSource.query(
      `SELECT r.id, m.cbs_code, b.kvk_number FROM procurement_request r JOIN municipality m ON m.id = r.municipality_id
         JOIN invitation i ON i.request_id = r.id AND i.outcome = 'INVITED'
         JOIN supplier_profile p ON p.id = i.profile_id JOIN business b ON b.id = p.business_id
        WHERE r.status = 'INVITING' AND EXISTS (SELECT 1 FROM invitation o WHERE o.request_id = r.id AND o.outcome = 'PASSED_OVER')
        ORDER BY r.id, b.kvk_number LIMIT 1`,
    );
    request = toGlobalId('ProcurementRequest', row.id);
    buyer = await api.token({ roles: [Role.CIVIL_SERVANT], municipality: row.cbs_code, name: 'Ina Inkoper' });
    invitedKvk = row.kvk_number;
  });

  test('the buyers’ shortlist holds what suggestSuppliers shows them, with the contact person', async () => {
    const csv = await download(`/procurement-requests/${request}/shortlist.csv`, buyer);
    expect(csv.disposition).toMatch(/^attachment; filename="shortlist-[0-9a-f]{8}-\d{4}-\d\d-\d\d\.csv"$/);
    const response = await api.graphql(
      `query ($id: ID!) { suggestSuppliers(requestId: $id) { rank reasons supplier { contactEmail business { kvkNumber } } } }`,
      { id: request },
      buyer,
    );
    const suggestions = response.body.data!.suggestSuppliers as {
      rank: number;
      reasons: string[];
      supplier: { contactEmail: string | null; business: { kvkNumber: string } };
    }[];
    expect(
      csv.rows.map((row) => [Number(row.Plaats), row['KvK-nummer'], row.Redenen, row['E-mailadres']]),
    ).toEqual(
      suggestions.map((s) => [
        s.rank,
        s.supplier.business.kvkNumber,
        s.reasons.join('; '),
        s.supplier.contactEmail ?? '',
      ]),
    );
    expect(csv.rows.length).toBeGreaterThan(0);
  });

  test('the invitation log: every entry with who decided for buyers, a member’s own entries without the name', async () => {
    const LOG = `query ($id: ID!) { invitationLog(requestId: $id) { outcome decidedByName supplier { business { kvkNumber } } } }`;
    const throughGraphQL = async (headers: Record<string, string>) =>
      (await api.graphql(LOG, { id: request }, headers)).body.data!.invitationLog as {
        outcome: string;
        decidedByName: string | null;
        supplier: { business: { kvkNumber: string } };
      }[];
    const asCsv = (csv: Download) =>
      csv.rows.map((row) => [row['KvK-nummer'], row.Besluit, row['Besloten door']]);
    const asApi = (entries: Awaited<ReturnType<typeof throughGraphQL>>) =>
      entries.map((e) => [e.supplier.business.kvkNumber, e.outcome, e.decidedByName ?? '']);

    const forBuyer = await download(`/procurement-requests/${request}/invitations.csv`, buyer);
    expect(forBuyer.disposition).toMatch(
      /^attachment; filename="uitnodigingen-[0-9a-f]{8}-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect(asCsv(forBuyer)).toEqual(asApi(await throughGraphQL(buyer)));
    expect(new Set(forBuyer.rows.map((row) => row.Besluit))).toEqual(new Set(['INVITED', 'PASSED_OVER']));
    expect(forBuyer.rows.every((row) => row['Besloten door'] !== '')).toBe(true);

    const supplier = await member(invitedKvk);
    const forSupplier = await download(`/procurement-requests/${request}/invitations.csv`, supplier);
    expect(asCsv(forSupplier)).toEqual(asApi(await throughGraphQL(supplier)));
    expect(asCsv(forSupplier)).toEqual([[invitedKvk, 'INVITED', '']]);
  });

  test('others are refused: the shortlist as the API gates it, the log as a request they cannot see', async () => {
    const other = await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0344' });
    expect(await download(`/procurement-requests/${request}/shortlist.csv`)).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(await download(`/procurement-requests/${request}/shortlist.csv`, other)).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(
      await download(`/procurement-requests/${request}/shortlist.csv`, await member(invitedKvk)),
    ).toMatchObject({ status: 403 });
    expect(await download(`/procurement-requests/${request}/invitations.csv`)).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(await download(`/procurement-requests/${request}/invitations.csv`, other)).toMatchObject({
      status: 404,
    });
  });
});

describe('the public supplier list as CSV', () => {
  const path = '/suppliers.csv?cpv=45442100&municipality=GM0355';

  test('anyone gets the public columns of the suppliers the API finds, and a civil servant no more', async () => {
    const anonymous = await download(path);
    expect(anonymous.disposition).toBe('attachment; filename="leveranciers-45442100-GM0355.csv"');
    expect(anonymous.header).toEqual([
      'KvK-nummer',
      'Naam',
      'Gevestigd in',
      'Omschrijving',
      'CPV-codes',
      'Werkt ook in',
      'Sociale onderneming',
      'Certificeringen',
    ]);
    const response = await api.graphql(
      `{ suppliers(first: 100, filter: { cpv: ["45442100"], municipalities: ["GM0355"] }) { nodes { business { kvkNumber } } } }`,
    );
    const nodes = (response.body.data!.suppliers as { nodes: { business: { kvkNumber: string } }[] }).nodes;
    expect(anonymous.rows.map((row) => row['KvK-nummer'])).toEqual(nodes.map((n) => n.business.kvkNumber));
    expect(anonymous.rows.length).toBeGreaterThan(0);
    const civil = await download(
      path,
      await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' }),
    );
    expect(civil.header).toEqual(anonymous.header);
    expect(civil.rows).toEqual(anonymous.rows);
    // No contact person or address in any cell.
    const contacts = await api.dataSource.query(
      `SELECT contact_email FROM supplier_profile WHERE contact_email IS NOT NULL`,
    );
    const text = JSON.stringify(civil.rows);
    expect(contacts.some((c: { contact_email: string }) => text.includes(c.contact_email))).toBe(false);
  });

  test('a download costs a few statements, not a few per row', async () => {
    for (const [path, headers] of [
      ['/suppliers.csv?cpv=45000000&municipality=GM0355', {}],
      [`/events/${eventId}/registrations.csv`, await member(organiserKvk)],
    ] as const) {
      const response = await fetch(`${api.url}${path}`, { headers });
      const rows = (await response.text()).trim().split('\r\n').length - 1;
      const { sqlCount } = await api.logOf(response);
      console.log(`${path}: ${rows} rows, ${sqlCount} SQL statements`);
      expect(sqlCount).toBeLessThanOrEqual(12);
    }
  });

  test('missing, malformed and unknown parameters are refused with a code', async () => {
    expect(await download('/suppliers.csv?cpv=45442100')).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
    expect(await download('/suppliers.csv?cpv=4544&municipality=GM0355')).toMatchObject({ status: 400 });
    expect(
      await download('/suppliers.csv?cpv=45442100&municipality=GM0355&municipality=GM0310'),
    ).toMatchObject({
      status: 400,
    });
    expect(await download('/suppliers.csv?cpv=45442100&municipality=GM9999')).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(await download('/suppliers.csv?cpv=99999999&municipality=GM0355')).toMatchObject({ status: 404 });
  });
});
