import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { DEMO_MEMBER_KVK, PLACES } from '../../src/modules/core';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import packageSchema from './ocds/release-package-schema.json';
import releaseSchema from './ocds/release-schema.json';

// The demo data holds what real use would leave behind: requests of the five municipalities in 2018–2019
// and this year at every stage, with shortlists, invitation logs, quotes and awards. (The test templates
// are loaded at the start of the run.)

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const currentYear = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()),
);

interface Stats {
  requests: number;
  awards: number;
  awardedValue: number;
  regionalValueShare: number | null;
  localValueShare: number | null;
  suppliersInvited: number;
  invitations: number;
  divisions: { division: string; awards: number }[];
}

const STATS = `query($year: Int!) {
  procurementStats(year: $year) {
    requests awards awardedValue regionalValueShare localValueShare suppliersInvited invitations
    divisions { division awards }
  }
}`;

test.each([2018, 2019, currentYear])('the figures of %i are non-empty and plausible', async (year) => {
  const res = await api.graphql<{ procurementStats: Stats }>(STATS, { year });
  expect(res.body.errors).toBeUndefined();
  const stats = res.body.data!.procurementStats;
  expect(stats.requests).toBeGreaterThanOrEqual(20);
  expect(stats.awards).toBeGreaterThanOrEqual(10);
  expect(stats.awards).toBeLessThan(stats.requests);
  expect(stats.awardedValue).toBeGreaterThan(0);
  // Most of the value stays in the region, not all of it.
  expect(stats.regionalValueShare).toBeGreaterThan(0.5);
  expect(stats.localValueShare).toBeGreaterThan(0);
  expect(stats.localValueShare!).toBeLessThanOrEqual(stats.regionalValueShare!);
  expect(stats.suppliersInvited).toBeGreaterThan(5);
  expect(stats.invitations).toBeGreaterThanOrEqual(stats.suppliersInvited);
  expect(stats.divisions.length).toBeGreaterThanOrEqual(3);
});

test('each of the five municipalities has requests in 2018, 2019 and this year, none in 2017 (the database was being designed)', async () => {
  const rows: { cbs_code: string; year: number; n: number }[] = await api.dataSource.query(
    `SELECT m.cbs_code, extract(year FROM r.created_at AT TIME ZONE 'Europe/Amsterdam')::int AS year,
            count(*)::int AS n
       FROM procurement_request r JOIN municipality m ON m.id = r.municipality_id
      GROUP BY 1, 2`,
  );
  for (const cbs of ['GM0310', 'GM0312', 'GM0352', 'GM0355', 'GM1581']) {
    for (const year of [2018, 2019, currentYear]) {
      expect(rows.find((r) => r.cbs_code === cbs && r.year === year)?.n ?? 0).toBeGreaterThan(0);
    }
  }
  expect(rows.filter((r) => r.year < 2018)).toEqual([]);
});

test('every stage is present, awards go to local, regional and outside suppliers, some with social return', async () => {
  const admin = await api.token({ roles: [Role.ADMIN] });
  for (const status of ['DRAFT', 'INVITING', 'EVALUATING', 'AWARDED', 'CANCELLED']) {
    const res = await api.graphql<{ procurementRequests: { totalCount: number } }>(
      `query($status: ProcurementRequestStatus!) {
        procurementRequests(filter: { status: $status }, first: 1) { totalCount }
      }`,
      { status },
      admin,
    );
    expect(res.body.errors).toBeUndefined();
    expect([status, res.body.data!.procurementRequests.totalCount]).toEqual([status, expect.any(Number)]);
    expect(res.body.data!.procurementRequests.totalCount).toBeGreaterThanOrEqual(5);
  }
  const [awards] = await api.dataSource.query(
    `SELECT count(*) FILTER (WHERE local)::int AS local,
            count(*) FILTER (WHERE regional AND NOT local)::int AS regional,
            count(*) FILTER (WHERE NOT regional)::int AS outside,
            count(*) FILTER (WHERE social_return_obligation > 0)::int AS social
       FROM award`,
  );
  expect(awards.local).toBeGreaterThan(0);
  expect(awards.regional).toBeGreaterThan(0);
  expect(awards.outside).toBeGreaterThan(0);
  expect(awards.social).toBeGreaterThan(0);
});

test('a buyer’s invitation log says who was invited and who was passed over, and why', async () => {
  const zeist = await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' });
  const requests = await api.graphql<{ procurementRequests: { nodes: { id: string; status: string }[] } }>(
    '{ procurementRequests(filter: { status: AWARDED }, first: 20) { nodes { id status } } }',
    {},
    zeist,
  );
  const logs = await Promise.all(
    requests.body.data!.procurementRequests.nodes.map(async ({ id }) => {
      const res = await api.graphql<{
        invitationLog: { outcome: string; reasons: string[]; note: string | null; decidedByName: string }[];
      }>(
        'query($id: ID!) { invitationLog(requestId: $id) { outcome reasons note decidedByName } }',
        { id },
        zeist,
      );
      return res.body.data!.invitationLog;
    }),
  );
  const entries = logs.flat();
  expect(logs.every((log) => log.some((e) => e.outcome === 'INVITED'))).toBe(true);
  expect(entries.some((e) => e.outcome === 'PASSED_OVER')).toBe(true);
  expect(entries.some((e) => e.outcome === 'PASSED_OVER' && e.note)).toBe(true);
  expect(entries.every((e) => e.reasons.length > 0 && e.decidedByName === 'Marloes de Wit')).toBe(true);
});

test('GET /ocds/releases.json?year=2018 is a valid release package of the demo awards', async () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(releaseSchema, 'https://standard.open-contracting.org/schema/1__1__5/release-schema.json');
  const validatePackage = ajv.compile(packageSchema);
  const response = await fetch(`${api.url}/ocds/releases.json?year=2018`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { releases: { awards: unknown[] }[] };
  expect(validatePackage(body)).toBe(true);
  expect(validatePackage.errors ?? []).toEqual([]);
  const [{ n }] = await api.dataSource.query(
    `SELECT count(*)::int AS n FROM award WHERE extract(year FROM awarded_at AT TIME ZONE 'Europe/Amsterdam') = 2018`,
  );
  expect(n).toBeGreaterThanOrEqual(15);
  // A tender release at each opening of the year, an award release at each award.
  const [{ opened }] = await api.dataSource.query(
    `SELECT count(*)::int AS opened FROM procurement_request
      WHERE extract(year FROM coalesce(quotes_opening_confirmed_at, quotes_opened_at)
                    AT TIME ZONE 'Europe/Amsterdam') = 2018`,
  );
  expect(opened).toBeGreaterThanOrEqual(n);
  expect(body.releases.filter((r) => r.awards)).toHaveLength(n);
  expect(body.releases).toHaveLength(n + opened);
});

test('the demo member (the playground’s member tab) has an open invitation and can quote on it', async () => {
  const member = await api.token({ roles: [Role.MEMBER], kvk: DEMO_MEMBER_KVK, name: 'Demo Lid' });
  const res = await api.graphql<{
    businessByKvkNumber: {
      procurementInvitations: { id: string; request: { status: string; deadline: string } | null }[];
    };
  }>(
    `query($kvk: String!) {
      businessByKvkNumber(kvkNumber: $kvk) { procurementInvitations { id request { status deadline } } }
    }`,
    { kvk: DEMO_MEMBER_KVK },
    member,
  );
  expect(res.body.errors).toBeUndefined();
  const open = res.body.data!.businessByKvkNumber.procurementInvitations.find(
    (i) => i.request?.status === 'INVITING',
  );
  expect(open).toBeDefined();
  expect(new Date(open!.request!.deadline).getTime()).toBeGreaterThan(Date.now());
  const quote = await api.graphql<{
    submitQuote: { quote: { amount: number } | null; userErrors: { code: string }[] };
  }>(
    `mutation($id: ID!) {
      submitQuote(input: { invitationId: $id, amount: 4500000, note: "Inclusief materiaal" }) {
        quote { amount } userErrors { code }
      }
    }`,
    { id: open!.id },
    member,
  );
  expect(quote.body.data!.submitQuote).toEqual({ quote: { amount: 4_500_000 }, userErrors: [] });
});

test('supplier contacts are people: a Dutch first name and surname, never a trade or a place', async () => {
  const rows: { contact: string; business: string }[] = await api.dataSource.query(
    `SELECT p.contact_name AS contact, b.name AS business
       FROM supplier_profile p JOIN business b ON b.id = p.business_id`,
  );
  expect(rows.length).toBeGreaterThan(20);
  const places = new Set(
    Object.values(PLACES).flatMap((list) => list.map((place) => place.city.toLowerCase())),
  );
  for (const { contact, business } of rows) {
    expect([business, contact]).toEqual([
      business,
      expect.stringMatching(/^[A-Z][a-z]+ (?:(?:van|de|der|den) )*[A-Z][a-z]+$/),
    ]);
    const surname = contact.slice(contact.indexOf(' ') + 1); // "van Doorn" is a name, "Doorn" a village
    expect([business, surname]).not.toEqual([
      business,
      expect.stringMatching(/bedrijf|bureau|therapie|catering|ict|groen|combinatie|schilders|kwast|samen/i),
    ]);
    expect(places.has(surname.toLowerCase())).toBe(false);
  }
  // A family name in the business's name is the contact's: "Timmerbedrijf Willems" has a Willems.
  const willems = rows.find((row) => row.business === 'Timmerbedrijf Willems');
  expect(willems?.contact).toMatch(/ Willems$/);
});

test('deadlines are whole minutes set by a person (closed ones at noon in Amsterdam as a rule), not the load time', async () => {
  const [counts]: { total: number; odd: number; noon: number }[] = await api.dataSource.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE date_trunc('minute', deadline) <> deadline)::int AS odd,
            count(*) FILTER (WHERE to_char(deadline AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') = '12:00')::int AS noon
       FROM procurement_request`,
  );
  expect(counts.total).toBeGreaterThan(50);
  expect(counts.odd).toBe(0);
  expect(counts.noon).toBeGreaterThan(counts.total / 2);
});

test('the demo shows every step of the procedure: sealed, opened, confirmed, questions answered and open, a rationale', async () => {
  const [stages] = await api.dataSource.query(
    `SELECT count(*) FILTER (WHERE status = 'EVALUATING' AND quotes_opened_at IS NULL)::int AS sealed,
            count(*) FILTER (WHERE status = 'EVALUATING' AND quotes_opened_at IS NOT NULL
                               AND procedure <> 'SINGLE_QUOTE' AND quotes_opening_confirmed_at IS NULL)::int
              AS awaiting_second,
            count(*) FILTER (WHERE status = 'EVALUATING' AND quotes_opening_confirmed_at IS NOT NULL)::int
              AS confirmed,
            count(*) FILTER (WHERE status = 'AWARDED' AND quotes_opened_at IS NULL)::int AS awarded_sealed
       FROM procurement_request`,
  );
  expect(stages.sealed).toBeGreaterThan(0);
  expect(stages.awaiting_second).toBeGreaterThan(0);
  expect(stages.confirmed).toBeGreaterThan(0);
  expect(stages.awarded_sealed).toBe(0);
  const [questions] = await api.dataSource.query(
    `SELECT count(*) FILTER (WHERE answer IS NOT NULL)::int AS answered,
            count(*) FILTER (WHERE answer IS NULL)::int AS open
       FROM procurement_question`,
  );
  expect(questions.answered).toBeGreaterThan(0);
  expect(questions.open).toBeGreaterThan(0);
  const [{ rationales }] = await api.dataSource.query(
    `SELECT count(*)::int AS rationales FROM award WHERE rationale IS NOT NULL`,
  );
  expect(rationales).toBeGreaterThan(0);
});
