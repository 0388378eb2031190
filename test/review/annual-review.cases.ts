import type { AnnualReviewQuery } from '../__generated__/graphql';
import {
  AnnualReviewDocument,
  AnnualReviewProcurementOnlyDocument,
  AnnualReviewYearOnlyDocument,
  CreateEventDocument,
  RegisterForEventDocument,
  ReviewBusinessFiguresDocument,
  ReviewCreateApiKeyDocument,
  ReviewCreateBusinessDocument,
  ReviewEventAttendanceDocument,
  ReviewModuleStatsDocument,
  ReviewNewsArchiveDocument,
  ReviewOrganisationsDocument,
  ReviewSocialEnterpriseStatsDocument,
} from '../__generated__/graphql';
import { CALLERS } from '../support/authorization-matrix';
import type { Caller } from '../support/authorization-matrix';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { todayInAmsterdam, toGlobalId } from '../../src/kit';
import { DEMO_MEMBER_KVK } from '../../src/modules/core';

let api: TestServer;
let admin: Record<string, string>;
let reports: Record<string, string>;

type Review = AnnualReviewQuery['annualReview'];

const sql = async <T>(query: string, parameters: unknown[] = []): Promise<T[]> =>
  (await api.dataSource.query(query, parameters)) as T[];

async function review(year: number, headers = admin, municipality?: string): Promise<Review> {
  const res = await api.graphql(AnnualReviewDocument, { year, municipality }, headers);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.annualReview;
}

/** Headers for each caller the API tells apart: nobody, a person with one role, a key with one scope. */
async function headersOf(caller: Caller): Promise<Record<string, string>> {
  if (caller === 'anonymous') return {};
  if (caller.includes(':')) return (await api.apiKey('Regio Q4', [caller])).headers;
  const role = caller as Role;
  const association = async () =>
    (await api.graphql<{ associations: { id: string }[] }>('{ associations { id } }')).body.data!
      .associations[0].id;
  return api.token({
    roles: [role],
    ...(role === Role.CIVIL_SERVANT ? { municipality: 'GM0355' } : {}),
    ...(role === Role.MEMBER ? { kvk: DEMO_MEMBER_KVK } : {}),
    ...(role === Role.SECRETARY ? { association: await association() } : {}),
  });
}

beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN] });
  reports = (await api.apiKey('Regio Q4', ['reports:read'])).headers;
});
afterAll(async () => {
  await api?.close();
});

describe('annualReview: the figures', () => {
  test('each section is its module’s own stats query for the year and the year before', async () => {
    for (const municipality of [undefined, 'GM0355']) {
      const data = await review(2018, reports, municipality);
      const own = await api.graphql(
        ReviewModuleStatsDocument,
        { year: 2018, previousYear: 2017, municipality },
        reports,
      );
      expect(own.body.errors).toBeUndefined();
      const stats = own.body.data!;
      expect(data.news).toEqual({ current: stats.newsStats, previous: stats.previousNews });
      expect(data.networking).toEqual({ current: stats.networkingStats, previous: stats.previousNetworking });
      expect(data.procurement).toEqual({
        current: stats.procurementStats,
        previous: stats.previousProcurement,
      });
      expect(data.politics).toEqual({ current: stats.politicsStats, previous: stats.previousPolitics });
      for (const [figures, on] of [
        [data.membership!.current, '2018-12-31'],
        [data.membership!.previous, '2017-12-31'],
      ] as const) {
        expect(figures.on).toBe(on);
        const all = (await api.graphql(ReviewBusinessFiguresDocument, { on }, reports)).body.data!;
        const expected = all.businessFigures.filter(
          (f) => !municipality || f.municipality.cbsCode === municipality,
        );
        expect(figures.businessFigures).toEqual(expected);
        expect(figures.businesses).toBe(expected.reduce((sum, f) => sum + f.businesses, 0));
      }
    }
    const municipal = await review(2018, reports, 'GM0355');
    expect(municipal.municipality).toEqual({ cbsCode: 'GM0355', name: 'Zeist' });
    expect(municipal.membership!.current.associations.map((a) => a.shortName)).toEqual(['ZZO']);
  });

  test('membership equals an independent computation: BHIK left Regio Q4 in 2017', async () => {
    for (const year of [2016, 2017, 2018]) {
      const on = `${year}-12-31`;
      const members = await sql<{ short_name: string }>(
        `SELECT a.short_name FROM association a
          WHERE EXISTS (SELECT 1 FROM regio_q4_membership q
                         WHERE q.association_id = a.id AND daterange(q.since, q.until, '[]') @> $1::date)
          ORDER BY a.name`,
        [on],
      );
      const counts = await sql<{ cbs_code: string; businesses: number; members: number }>(
        `SELECT m.cbs_code, count(*)::int AS businesses,
                count(*) FILTER (WHERE EXISTS (
                  SELECT 1 FROM business_membership bm
                   WHERE bm.business_id = b.id AND daterange(bm.since, bm.until, '[]') @> $1::date))::int AS members
           FROM business b JOIN municipality m ON m.id = b.municipality_id
          WHERE b.registered_on <= $1::date
          GROUP BY m.cbs_code ORDER BY m.cbs_code`,
        [on],
      );
      const figures = (await review(year)).membership!.current;
      expect(figures.associations.map((a) => a.shortName)).toEqual(members.map((m) => m.short_name));
      expect(
        figures.businessFigures
          .map((f) => ({
            cbs_code: f.municipality.cbsCode,
            businesses: f.businesses,
            members: f.associationMembers,
          }))
          .sort((a, b) => a.cbs_code.localeCompare(b.cbs_code)),
      ).toEqual(counts);
    }
    const bhik = (year: number) =>
      review(year).then((r) => r.membership!.current.associations.some((a) => a.shortName === 'BHIK'));
    expect(await bhik(2016)).toBe(true);
    expect(await bhik(2017)).toBe(false);
    const twenty17 = await review(2017);
    expect(twenty17.membership!.previous.associations.map((a) => a.shortName)).toContain('BHIK');
    expect(twenty17.membership!.current.associations).toHaveLength(4);
  });

  test('news equals an independent computation and the archive: published articles only', async () => {
    for (const year of [2017, 2018]) {
      const months = await sql<{ month: number; articles: number }>(
        `SELECT to_char(published_at AT TIME ZONE 'Europe/Amsterdam', 'FMMM')::int AS month, count(*)::int AS articles
           FROM article
          WHERE status = 'PUBLISHED' AND published_at <= now()
            AND to_char(published_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY') = $1
          GROUP BY 1 ORDER BY 1`,
        [String(year)],
      );
      const labels = await sql<{ slug: string; articles: number }>(
        `SELECT l.slug, count(a.id)::int AS articles
           FROM label l
           LEFT JOIN article_label al ON al.label_id = l.id
           LEFT JOIN article a ON a.id = al.article_id AND a.status = 'PUBLISHED' AND a.published_at <= now()
                              AND to_char(a.published_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY') = $1
          GROUP BY l.slug ORDER BY l.slug`,
        [String(year)],
      );
      const news = (await review(year, {})).news.current;
      expect(news.months.filter((m) => m.articles > 0)).toEqual(months);
      expect(news.published).toBe(months.reduce((sum, m) => sum + m.articles, 0));
      expect(
        news.labels
          .map((l) => ({ slug: l.label.slug, articles: l.articles }))
          .sort((a, b) => a.slug.localeCompare(b.slug)),
      ).toEqual(labels);
      const archive = (await api.graphql(ReviewNewsArchiveDocument, {})).body.data!.newsArchive;
      expect(archive.find((y) => y.year === year)?.count ?? 0).toBe(news.published);
    }
    expect((await review(2018, {})).news.current.published).toBeGreaterThan(0);

    // A draft and an archived article of 2018 change nothing.
    const before = (await review(2018, {})).news.current;
    await sql(
      `INSERT INTO article (slug, title, body, status, published_at)
       VALUES ('concept-2018', 'Concept', 'Tekst', 'DRAFT', NULL),
              ('ingetrokken-2018', 'Ingetrokken', 'Tekst', 'ARCHIVED', '2018-05-05T10:00:00Z')`,
    );
    expect((await review(2018, {})).news.current).toEqual(before);
  });

  test('networking equals an independent computation: held events, verified businesses', async () => {
    for (const year of [2017, 2018, 2019]) {
      const [row] = await sql<Record<string, number>>(
        `SELECT
           (SELECT count(*)::int FROM event e
             WHERE e.status <> 'CANCELLED' AND e.starts_at < now()
               AND date_part('year', e.starts_at AT TIME ZONE 'Europe/Amsterdam') = $1) AS "eventsHeld",
           count(*) FILTER (WHERE r.status IN ('CONFIRMED', 'WAITLISTED'))::int AS registrations,
           count(*) FILTER (WHERE r.status = 'CONFIRMED')::int AS confirmed,
           count(*) FILTER (WHERE r.status = 'CONFIRMED' AND r.checked_in_at IS NOT NULL)::int AS "checkedIn",
           count(*) FILTER (WHERE r.status = 'CONFIRMED' AND r.business_verified
                              AND b.id IS NOT NULL)::int AS "confirmedWithVerifiedBusiness",
           count(*) FILTER (WHERE r.status = 'CONFIRMED' AND r.business_verified
                              AND b.municipality_id <> e.venue_municipality_id)::int AS "fromOtherMunicipalities"
         FROM registration r
         JOIN event e ON e.id = r.event_id
         LEFT JOIN business b ON b.id = r.business_id
        WHERE e.status <> 'CANCELLED' AND e.starts_at < now()
          AND date_part('year', e.starts_at AT TIME ZONE 'Europe/Amsterdam') = $1`,
        [year],
      );
      const networking = (await review(year)).networking!.current;
      expect(networking).toMatchObject(row);
      const round = (part: number, whole: number) =>
        whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
      expect(networking.checkInRate).toBe(round(row.checkedIn, row.confirmed));
      expect(networking.shareFromOtherMunicipalities).toBe(
        round(row.fromOtherMunicipalities, row.confirmedWithVerifiedBusiness),
      );
    }
    // 2018 in the demo: three events held (the August one was cancelled), some businesses only claimed.
    const twenty18 = (await review(2018)).networking!.current;
    expect(twenty18.eventsHeld).toBe(3);
    expect(twenty18.confirmedWithVerifiedBusiness).toBeGreaterThan(0);
    const [claimed] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM registration r JOIN event e ON e.id = r.event_id
        WHERE r.status = 'CONFIRMED' AND r.business_id IS NOT NULL AND NOT r.business_verified
          AND date_part('year', e.starts_at AT TIME ZONE 'Europe/Amsterdam') = 2018 AND e.status <> 'CANCELLED'`,
    );
    expect(claimed.n).toBeGreaterThan(0);
  });

  test('procurement equals an independent computation', async () => {
    // On procurement's demo requests and awards of 2017 and 2018.
    for (const [year, municipality] of [
      [2017, null],
      [2018, null],
      [2018, 'GM0355'],
    ] as const) {
      const [row] = await sql<{ requests: number; awards: number; value: string; regional: string }>(
        `SELECT
           (SELECT count(*)::int FROM procurement_request r JOIN municipality m ON m.id = r.municipality_id
             WHERE date_part('year', r.created_at AT TIME ZONE 'Europe/Amsterdam') = $1
               AND ($2::text IS NULL OR m.cbs_code = $2)) AS requests,
           count(a.id)::int AS awards,
           COALESCE(sum(a.value), 0)::text AS value,
           COALESCE(sum(a.value) FILTER (WHERE a.regional), 0)::text AS regional
         FROM award a JOIN procurement_request r ON r.id = a.request_id
         JOIN municipality m ON m.id = r.municipality_id
         WHERE date_part('year', a.awarded_at AT TIME ZONE 'Europe/Amsterdam') = $1
           AND ($2::text IS NULL OR m.cbs_code = $2)`,
        [year, municipality],
      );
      const procurement = (await review(year, {}, municipality ?? undefined)).procurement.current;
      expect(procurement).toMatchObject({
        requests: row.requests,
        awards: row.awards,
        awardedValue: Number(row.value),
      });
      expect(procurement.regionalValueShare).toBe(
        Number(row.value) === 0 ? null : Math.round((Number(row.regional) / Number(row.value)) * 1000) / 1000,
      );
    }
    // The comparison above compared something.
    const region = (await review(2018, {})).procurement.current;
    expect(region.requests).toBeGreaterThan(0);
    expect(region.awards).toBeGreaterThan(0);
    expect((await review(2018, {}, 'GM0355')).procurement.current.awards).toBeGreaterThan(0);
  });

  test('politics has figures in 2018, the election year, that equal an independent count', async () => {
    const [row] = await sql<{ outreach: number; made: number }>(
      `SELECT (SELECT count(*)::int FROM outreach WHERE extract(year FROM contacted_on) = 2018) AS outreach,
              (SELECT count(*)::int FROM commitment_change
                WHERE from_stage IS NULL AND extract(year FROM changed_on) = 2018) AS made`,
    );
    const politics = (await review(2018, {})).politics.current;
    expect(politics).toMatchObject({ year: 2018, outreach: row.outreach, commitmentsMade: row.made });
    expect(politics.outreach + politics.commitmentsMade).toBeGreaterThan(0);
  });

  test('socialEnterprise is socialEnterpriseStats: exact for a coach, suppressed for a reports:read key', async () => {
    // The demo's placements are dated some weeks back: review the year they fall in.
    const [{ year, busiest }] = await sql<{ year: number; busiest: string }>(
      `SELECT extract(year FROM max(p.created_at) AT TIME ZONE 'Europe/Amsterdam')::int AS year,
              (SELECT m.cbs_code FROM opportunity o JOIN municipality m ON m.id = o.municipality_id
                GROUP BY m.cbs_code ORDER BY count(*) DESC, m.cbs_code LIMIT 1) AS busiest
         FROM placement p`,
    );
    const coach = await api.token({ roles: [Role.COACH] });
    for (const municipality of [undefined, busiest]) {
      for (const headers of [coach, reports, {}]) {
        const data = await review(year, headers, municipality);
        const own = await api.graphql(
          ReviewSocialEnterpriseStatsDocument,
          { year, previousYear: year - 1, municipality },
          headers,
        );
        expect(own.body.errors).toBeUndefined();
        expect(data.socialEnterprise).toEqual({
          current: own.body.data!.socialEnterpriseStats,
          previous: own.body.data!.previousSocialEnterprise,
        });
      }
    }

    const stages = await sql<{ stage: string; n: number }>(
      `SELECT stage, count(*)::int AS n FROM placement
        WHERE extract(year FROM created_at AT TIME ZONE 'Europe/Amsterdam') = $1 GROUP BY stage`,
      [year],
    );
    const exact = (await review(year, coach)).socialEnterprise.current;
    const keyed = (await review(year, reports)).socialEnterprise.current;
    expect(exact.placementsByStage.every((s) => !s.count.suppressed)).toBe(true);
    expect(
      Object.fromEntries(
        exact.placementsByStage.filter((s) => s.count.value! > 0).map((s) => [s.stage, s.count.value]),
      ),
    ).toEqual(Object.fromEntries(stages.map((s) => [s.stage, s.n])));
    // The key sees what an anonymous caller sees: every small count withheld, never shown as a number.
    expect(keyed).toEqual((await review(year, {})).socialEnterprise.current);
    exact.placementsByStage.forEach((s, i) => {
      const seen = keyed.placementsByStage[i].count;
      if (s.count.value! > 0 && s.count.value! < 5) expect(seen).toEqual({ value: null, suppressed: true });
      if (!seen.suppressed) expect(seen.value).toBe(s.count.value);
    });
    expect(keyed.placementsByStage.some((s) => s.count.suppressed)).toBe(true);
  });
});

describe('annualReview: who sees what', () => {
  test('membership and networking for admins and reports:read keys only (null, no error); the rest for all', async () => {
    const seen: Record<string, string[]> = {};
    for (const caller of CALLERS) {
      const res = await api.graphql(AnnualReviewDocument, { year: 2018 }, await headersOf(caller));
      expect(res.body.errors).toBeUndefined();
      const data = res.body.data!.annualReview;
      expect(data.news.current.published).toBeGreaterThan(0);
      expect(data.procurement.current.year).toBe(2018);
      seen[caller] = (['membership', 'networking'] as const).filter((section) => data[section] !== null);
    }
    expect(seen).toEqual(
      Object.fromEntries(
        CALLERS.map((caller) => [
          caller,
          caller === 'ADMIN' || caller === 'reports:read' ? ['membership', 'networking'] : [],
        ]),
      ),
    );
  });

  test('bad arguments are coded errors', async () => {
    const codeOf = async (variables: { year: number; municipality?: string }) =>
      (await api.graphql(AnnualReviewDocument, variables, admin)).body.errors?.[0].extensions?.code;
    expect(await codeOf({ year: 2000 })).toBe('BAD_USER_INPUT'); // its previous year lies outside the figures
    expect(await codeOf({ year: 2101 })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ year: 2018, municipality: 'Zeist' })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ year: 2018, municipality: 'GM9999' })).toBe('NOT_FOUND');
    expect(await codeOf({ year: 2001 })).toBeUndefined();
  });
});

describe('annualReview: cost', () => {
  test('a section not selected costs nothing; the whole review takes the same statements every year', async () => {
    const yearOnly = await api.graphql(AnnualReviewYearOnlyDocument, { year: 2018 }, admin);
    expect(yearOnly.body.data?.annualReview.year).toBe(2018);
    expect((await api.logOf(yearOnly)).sqlCount).toBe(0);

    const procurementOnly = await api.graphql(AnnualReviewProcurementOnlyDocument, { year: 2018 }, admin);
    expect(procurementOnly.body.errors).toBeUndefined();
    expect((await api.logOf(procurementOnly)).sqlCount).toBe(2); // this year and the year before

    const counts: number[] = [];
    for (const year of [2016, 2018, 2019]) {
      const res = await api.graphql(AnnualReviewDocument, { year }, admin);
      expect(res.body.errors).toBeUndefined();
      counts.push((await api.logOf(res)).sqlCount);
    }
    // Per section two years: membership 2 x 2, news 2, networking 2, procurement 2, social enterprise 2,
    // politics 2; one for the municipalities.
    expect(counts).toEqual([15, 15, 15]);
    const municipal = await api.graphql(AnnualReviewDocument, { year: 2018, municipality: 'GM0355' }, admin);
    // The municipality asked for is read once, and is then the only one the figures name.
    expect((await api.logOf(municipal)).sqlCount).toBe(15);
  });
});

describe('businessFigures(on:) respects the day', () => {
  const figuresOn = async (on: string) =>
    (await api.graphql(ReviewBusinessFiguresDocument, { on }, admin)).body.data!.businessFigures;
  const zeist = async (on: string) => (await figuresOn(on)).find((f) => f.municipality.cbsCode === 'GM0355')!;

  test('a business counts from its registration day on, and the demo history grows', async () => {
    const [{ total }] = await sql<{ total: number }>(`SELECT count(*)::int AS total FROM business`);
    const sum = async (on: string) => (await figuresOn(on)).reduce((n, f) => n + f.businesses, 0);
    const [early, late, today] = [
      await sum('2010-12-31'),
      await sum('2018-12-31'),
      await sum(todayInAmsterdam()),
    ];
    expect(early).toBeLessThan(late);
    expect(late).toBeLessThan(total); // businesses registered in 2019 are not counted on 2018-12-31
    expect(today).toBe(total);

    const before = await zeist('2019-05-31');
    const created = await api.graphql(
      ReviewCreateBusinessDocument,
      {
        input: {
          kvkNumber: '87654321',
          name: 'Nieuw Bedrijf Zeist',
          street: 'Slotlaan',
          houseNumber: '1',
          postcode: '3701 GA',
          city: 'Zeist',
          municipality: 'GM0355',
          registeredOn: '2019-06-01',
        },
      },
      admin,
    );
    expect(created.body.data?.createBusiness.business?.registeredOn).toBe('2019-06-01');
    expect(await zeist('2019-05-31')).toEqual(before);
    expect((await zeist('2019-06-01')).businesses).toBe(before.businesses + 1);
    expect((await zeist('2019-06-01')).associationMembers).toBe(before.associationMembers);
  });

  test('a business created without a registration day is registered today (Amsterdam)', async () => {
    const created = await api.graphql(
      ReviewCreateBusinessDocument,
      {
        input: {
          kvkNumber: '87654322',
          name: 'Vandaag Ingeschreven',
          street: 'Slotlaan',
          houseNumber: '2',
          postcode: '3701 GA',
          city: 'Zeist',
          municipality: 'GM0355',
        },
      },
      admin,
    );
    expect(created.body.data?.createBusiness.business?.registeredOn).toBe(todayInAmsterdam());
  });
});

describe('attendance from other municipalities counts verified businesses only', () => {
  test('a claimed business is left out of the event’s share and of the year’s figures', async () => {
    const businessIn = async (cbsCode: string, offset = 0) =>
      (
        await sql<{ kvk_number: string }>(
          `SELECT b.kvk_number FROM business b JOIN municipality m ON m.id = b.municipality_id
            WHERE m.cbs_code = $1 ORDER BY b.kvk_number OFFSET $2 LIMIT 1`,
          [cbsCode, offset],
        )
      )[0].kvk_number;
    const zzo = (await sql<{ id: string }>(`SELECT id FROM association WHERE short_name = 'ZZO'`))[0].id;
    const start = new Date(Date.now() + 20 * 24 * 3600 * 1000);
    const created = await api.graphql(
      CreateEventDocument,
      {
        input: {
          title: 'Verificatietest',
          description: 'Wie komt er voor welk bedrijf?',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3600_000).toISOString(),
          venue: { name: 'Slot Zeist', address: 'Zinzendorflaan 1, 3703 CE Zeist', municipality: 'GM0355' },
          kind: 'NETWORKING',
          capacity: 10,
          visibility: 'PUBLIC',
          organisers: [toGlobalId('Association', zzo)],
        },
      },
      admin,
    );
    const eventId = created.body.data!.createEvent.event!.id;
    const register = async (name: string, kvkNumber: string, headers: Record<string, string>) => {
      const res = await api.graphql(
        RegisterForEventDocument,
        { input: { eventId, name, email: `${name.toLowerCase()}@example.nl`, kvkNumber } },
        headers,
      );
      expect(res.body.data?.registerForEvent.userErrors).toEqual([]);
    };
    const bunnik = await businessIn('GM0312');
    // Anyone may name a business from De Bilt: a claim, not counted.
    await register('Claim', await businessIn('GM0310'), {});
    // A member of a Bunnik business, signed in: verified and from another municipality.
    await register('Lid', bunnik, await api.token({ roles: [Role.MEMBER], kvk: bunnik }));
    // An admin registering someone for a Zeist business: verified, the venue's own municipality.
    await register('Beheer', await businessIn('GM0355', 1), admin);

    const attendance = (await api.graphql(ReviewEventAttendanceDocument, { id: eventId })).body.data!.event!
      .attendance;
    expect(attendance.confirmed).toBe(3);
    expect(attendance.fromOtherMunicipalities).toBe(0.5); // 1 of 2 verified; with the claim it would be 2 of 3

    // Held in 2015 (before the demo history), it is the only event of that year.
    await sql(`UPDATE event SET starts_at = '2015-05-12T17:00:00Z', ends_at = '2015-05-12T18:00:00Z'
                WHERE title = 'Verificatietest'`);
    const networking = (await review(2016)).networking!.previous;
    expect(networking).toMatchObject({
      year: 2015,
      eventsHeld: 1,
      confirmed: 3,
      confirmedWithVerifiedBusiness: 2,
      fromOtherMunicipalities: 1,
      shareFromOtherMunicipalities: 0.5,
    });
  });
});

describe('the Regio Q4 organisation', () => {
  test('is reference data, and an admin makes it a reports:read key that reads the whole review', async () => {
    const organisations = (await api.graphql(ReviewOrganisationsDocument, {})).body.data!.organisations;
    const regioQ4 = organisations.find((o) => o.name === 'Regio Q4');
    expect(regioQ4?.kind).toBe('OTHER');
    const key = await api.graphql(
      ReviewCreateApiKeyDocument,
      { input: { organisationId: regioQ4!.id, name: 'Jaarverslag', scopes: ['REPORTS_READ'] } },
      admin,
    );
    expect(key.body.data?.createApiKey.userErrors).toEqual([]);
    const data = await review(2018, { 'x-api-key': key.body.data!.createApiKey.secret! });
    expect(data.membership?.current.associations).toHaveLength(4);
    expect(data.networking?.current.eventsHeld).toBe(3);
  });
});
