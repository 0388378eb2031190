import type { PublicFiguresFragment } from '../__generated__/graphql';
import { ProposePlacementDocument, SuppressionSourcesDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { toGlobalId } from '../../src/kit';
import { DEMO_MEMBER_KVK } from '../../src/modules/core';
import { admin, civilServant, coach, createCandidate, member, postOpportunity } from './fixtures';

// The figures are public per municipality and for the whole board, each its own query. Whatever an outsider
// combines (the whole minus the municipalities shown, a total minus its parts, one breakdown against the
// other, across queries), no withheld count of 1 to 4 may come out.

let api: TestServer;
let coachHeaders: Record<string, string>;
const ZEIST = 'GM0355';
const HOUTEN = 'GM0321';
const WHOLE = '*';

beforeAll(async () => {
  api = await startTestServer();
  coachHeaders = await coach(api);
  // The attack of the report: a coach proposes three more placements in Zeist, so that Zeist shows up with
  // 5 next to Wijk bij Duurstede's 6, and the whole minus both tells the 1 placement elsewhere.
  const [organisation] = await api.dataSource.query(
    `SELECT id FROM organisation WHERE name = 'Werk bij Duurstede'`,
  );
  const opportunityId = await postOpportunity(api, coachHeaders, {
    kind: 'WORK_TRIAL',
    title: 'Proefplaatsing in Zeist',
    municipality: ZEIST,
    organisationId: toGlobalId('Organisation', organisation.id),
    places: 3,
  });
  // Houten lies outside the region but is part of the whole board: its 5 jobs beside the demo's 3 elsewhere.
  for (let i = 0; i < 5; i += 1) {
    await postOpportunity(api, coachHeaders, {
      kind: 'JOB',
      title: `Baan ${i + 1} in Houten`,
      municipality: HOUTEN,
      organisationId: toGlobalId('Organisation', organisation.id),
    });
  }
  for (let i = 0; i < 3; i += 1) {
    const candidateId = await createCandidate(api, { name: `Zeister Kandidaat ${i}`, municipality: ZEIST });
    const res = await api.graphql(
      ProposePlacementDocument,
      { input: { candidateId, opportunityId } },
      coachHeaders,
    );
    expect(res.body.data?.proposePlacement.userErrors).toEqual([]);
  }
});
afterAll(() => api?.close());

type Count = { value: number | null; suppressed: boolean };
/** One caller's view of one year: `scope|figure` → count, scope `*` for the whole board or a CBS code. */
type Table = Map<string, Count>;

function cellsOf(figures: PublicFiguresFragment): [string, Count][] {
  return [
    ['opportunities', figures.opportunities],
    ...figures.opportunitiesByKind.map((k): [string, Count] => [`kind:${k.kind}`, k.count]),
    ['placements', figures.placements],
    ...figures.placementsByStage.map((s): [string, Count] => [`stage:${s.stage}`, s.count]),
    ...figures.placementsByTargetGroup.map((g): [string, Count] => [`group:${g.targetGroup}`, g.count]),
  ];
}

/** `total = Σ parts`, over keys of a table: within each scope the three breakdowns, across scopes each figure. */
interface Sum {
  total: string;
  parts: string[];
}

function sumsOf(table: Table, scopes: string[]): Sum[] {
  const figures = [...table.keys()].filter((k) => k.startsWith(`${WHOLE}|`)).map((k) => k.slice(2));
  const within = scopes.flatMap((scope) =>
    (
      [
        ['opportunities', 'kind:'],
        ['placements', 'stage:'],
        ['placements', 'group:'],
      ] as const
    ).map(([total, prefix]) => ({
      total: `${scope}|${total}`,
      parts: figures.filter((f) => f.startsWith(prefix)).map((f) => `${scope}|${f}`),
    })),
  );
  const across = figures.map((figure) => ({
    total: `${WHOLE}|${figure}`,
    parts: scopes.filter((s) => s !== WHOLE).map((s) => `${s}|${figure}`),
  }));
  return [...within, ...across];
}

const EPSILON = 1e-9;

/**
 * Every set of withheld counts whose sum an outsider can work out from the visible ones, and that is 1 to 4.
 * The outsider is given every withheld 0 as well (the strongest case). Sets tried: each sum with all its
 * visible parts subtracted, any two or three sums added or subtracted (a breakdown minus a breakdown, the
 * whole minus a municipality's parts, ...), and every set of one, two or three withheld counts, each checked
 * against everything the sums imply together (linear algebra over all of them).
 */
function recoverable(sums: Sum[], exact: Table, shown: Table): string[] {
  const unknown = [...shown.keys()].filter((k) => shown.get(k)!.suppressed && exact.get(k)!.value !== 0);
  const column = new Map(unknown.map((k, i) => [k, i]));
  const rows = sums
    .map(({ total, parts }) => {
      const row = new Array<number>(unknown.length).fill(0);
      for (const [key, sign] of [[total, 1] as const, ...parts.map((p) => [p, -1] as const)]) {
        const i = column.get(key);
        if (i !== undefined) row[i] += sign;
      }
      return row;
    })
    .filter((row) => row.some((x) => x !== 0));
  const valueOf = (vector: number[]) =>
    vector.reduce((sum, x, i) => sum + x * exact.get(unknown[i])!.value!, 0);
  const leaks: string[] = [];
  const check = (vector: number[], how: string) => {
    const isSet =
      vector.some((x) => x !== 0) && vector.every((x) => Math.abs(x) < EPSILON || Math.abs(x - 1) < EPSILON);
    if (!isSet) return;
    const value = valueOf(vector);
    if (value > 0 && value < 5) {
      leaks.push(`${how}: {${unknown.filter((_, i) => vector[i] > 0.5).join(', ')}} = ${value}`);
    }
  };
  // Sums of one, two and three relations, each way round.
  for (let a = 0; a < rows.length; a += 1) {
    check(rows[a], 'a sum');
    check(
      rows[a].map((x) => -x),
      'a sum',
    );
    for (let b = a + 1; b < rows.length; b += 1) {
      for (const sb of [1, -1]) {
        const ab = rows[a].map((x, i) => x + sb * rows[b][i]);
        check(ab, 'two sums');
        check(
          ab.map((x) => -x),
          'two sums',
        );
        for (let c = b + 1; c < rows.length; c += 1) {
          for (const sc of [1, -1]) {
            const abc = ab.map((x, i) => x + sc * rows[c][i]);
            check(abc, 'three sums');
            check(
              abc.map((x) => -x),
              'three sums',
            );
          }
        }
      }
    }
  }
  // Everything the sums imply: reduced row echelon form; a set is recoverable when it lies in the row space.
  const echelon: { pivot: number; row: number[] }[] = [];
  for (const original of rows) {
    const row = [...original];
    for (const { pivot, row: r } of echelon) {
      const f = row[pivot];
      if (Math.abs(f) > EPSILON) r.forEach((x, i) => (row[i] -= f * x));
    }
    const pivot = row.findIndex((x) => Math.abs(x) > EPSILON);
    if (pivot < 0) continue;
    const p = row[pivot];
    row.forEach((x, i) => (row[i] = x / p));
    for (const e of echelon) {
      const f = e.row[pivot];
      if (Math.abs(f) > EPSILON) e.row.forEach((x, i) => (e.row[i] = x - f * row[i]));
    }
    echelon.push({ pivot, row });
  }
  const implied = (vector: number[]) => {
    const rest = [...vector];
    for (const { pivot, row } of echelon) {
      const f = rest[pivot];
      if (Math.abs(f) > EPSILON) row.forEach((x, i) => (rest[i] -= f * x));
    }
    return rest.every((x) => Math.abs(x) < EPSILON);
  };
  const n = unknown.length;
  const unit = (...indexes: number[]) => {
    const v = new Array<number>(n).fill(0);
    indexes.forEach((i) => (v[i] = 1));
    return v;
  };
  for (let i = 0; i < n; i += 1) {
    if (implied(unit(i))) check(unit(i), 'implied');
    for (let j = i + 1; j < n; j += 1) {
      if (implied(unit(i, j))) check(unit(i, j), 'implied');
      for (let k = j + 1; k < n; k += 1) if (implied(unit(i, j, k))) check(unit(i, j, k), 'implied');
    }
  }
  return [...new Set(leaks)];
}

test('no subtraction across the whole board, the municipalities and the annual review tells a count of 1 to 4', async () => {
  const scopes = [
    WHOLE,
    ...(await api.dataSource.query(`SELECT cbs_code FROM municipality ORDER BY cbs_code`)).map(
      (m: { cbs_code: string }) => m.cbs_code,
    ),
  ];
  const dataYears: number[] = (
    await api.dataSource.query(
      `SELECT DISTINCT extract(year FROM at AT TIME ZONE 'Europe/Amsterdam')::int AS year
         FROM (SELECT created_at AS at FROM opportunity UNION ALL SELECT created_at FROM placement) t ORDER BY 1`,
    )
  ).map((r: { year: number }) => r.year);
  expect(dataYears.length).toBeGreaterThan(0);
  // The review shows the year before beside each year: those years are looked at too.
  const years = [...new Set(dataYears.flatMap((y) => [y - 1, y]))].sort();

  const callers: Record<string, Record<string, string>> = {
    anonymous: {},
    'reports:read key': (await api.apiKey('Regio Q4', ['reports:read'])).headers,
    'civil servant': await civilServant(api, ZEIST),
    member: await member(api, DEMO_MEMBER_KVK),
    coach: coachHeaders,
    admin: await admin(api),
  };
  const tables: Record<string, Record<number, Table>> = {};
  const previous: Record<string, Record<number, Table>> = {};
  for (const [caller, headers] of Object.entries(callers)) {
    tables[caller] = {};
    previous[caller] = {};
    for (const year of years) {
      const table: Table = new Map();
      const before: Table = new Map();
      for (const scope of scopes) {
        const res = await api.graphql(
          SuppressionSourcesDocument,
          { year, municipality: scope === WHOLE ? null : scope },
          headers,
        );
        expect(res.body.errors).toBeUndefined();
        const { socialEnterpriseStats: stats, annualReview } = res.body.data!;
        // The review's section is the stats query, so it adds nothing to what the stats show.
        expect(annualReview.socialEnterprise.current).toEqual(stats);
        for (const [figure, count] of cellsOf(stats)) table.set(`${scope}|${figure}`, count);
        for (const [figure, count] of cellsOf(annualReview.socialEnterprise.previous))
          before.set(`${scope}|${figure}`, count);
      }
      tables[caller][year] = table;
      previous[caller][year] = before;
    }
  }
  for (const caller of Object.keys(callers)) {
    for (const year of years.slice(1)) expect(previous[caller][year]).toEqual(tables[caller][year - 1]);
  }

  const leaks: Record<string, string[]> = {};
  for (const year of years) {
    const exact = tables.coach[year];
    expect(tables.admin[year]).toEqual(exact);
    const sums = sumsOf(exact, scopes);
    // Coaches and admins see every count, and the whole board is exactly the sum of its municipalities.
    for (const [key, count] of exact)
      expect({ key, suppressed: count.suppressed }).toEqual({ key, suppressed: false });
    for (const { total, parts } of sums) {
      expect({ total, value: parts.reduce((s, p) => s + exact.get(p)!.value!, 0) }).toEqual({
        total,
        value: exact.get(total)!.value,
      });
    }
    for (const caller of ['anonymous', 'reports:read key', 'civil servant', 'member']) {
      const shown = tables[caller][year];
      for (const [key, count] of shown) {
        // Whatever is shown is exact; a count of 1 to 4 is never shown.
        if (!count.suppressed)
          expect({ key, value: count.value }).toEqual({ key, value: exact.get(key)!.value });
        else expect(count.value).toBeNull();
        if (exact.get(key)!.value! > 0 && exact.get(key)!.value! < 5)
          expect({ key, ...count }).toMatchObject({ suppressed: true });
      }
      const found = recoverable(sums, exact, shown);
      if (found.length > 0) leaks[`${caller} ${year}`] = found.slice(0, 5);
    }
  }
  expect(leaks).toEqual({});
  // The attack itself: Zeist now has 5 placements this year, Houten 5 jobs; both are withheld, because the
  // whole minus the municipalities shown would tell the small counts elsewhere.
  const thisYear = dataYears[dataYears.length - 1];
  for (const key of [`${ZEIST}|placements`, `${HOUTEN}|kind:JOB`]) {
    expect(tables.coach[thisYear].get(key)!.value).toBe(5);
    expect(tables.anonymous[thisYear].get(key)).toEqual({ value: null, suppressed: true });
  }
  expect(tables.anonymous[thisYear].get(`${WHOLE}|placements`)!.suppressed).toBe(false);
});
