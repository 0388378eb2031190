import type { Client } from 'pg';
import { random } from '../../src/kit';
import { DEMO_BUSINESS_COUNT, syntheticBusiness } from '../../src/modules/core';
import cpv from '../../src/migrations/data/cpv-2008.json';
import { OFFERS } from '../../src/modules/procurement/procurement.seed';
import type { Progress } from '../progress';
import type { CopyValue } from './copy';

/**
 * Procurement's synthetic data: a supplier profile for every synthetic business (its trade's CPV categories
 * plus categories drawn from the whole tree, municipalities served), and about one request per ten
 * suppliers from 2016 to 2025 with invitations, quotes and awards. Deterministic, like the rest of the set.
 */

const SEED = 11;
const DAY = 24 * 3600 * 1000;
const REQUESTS_FROM = Date.parse('2016-01-04T09:00:00Z');
const REQUESTS_UNTIL = Date.parse('2025-12-15T09:00:00Z');
/** Requests made after this are still open (DRAFT, INVITING or EVALUATING) in the data set. */
const OPEN_FROM = Date.parse('2025-10-01T00:00:00Z');

export const PROCUREMENT_TABLES = [
  'supplier_profile',
  'supplier_category',
  'supplier_municipality',
  'procurement_request',
  'invitation',
  'quote',
  'award',
];

/**
 * The request the shortlist workload asks suggestions for: painting (45442100) for Zeist, a DRAFT of 3 to 5
 * quotes, so the shortlist has five places and two for local suppliers.
 */
export const SHORTLIST_REQUEST = {
  id: 'b3c4a000-0000-4000-8000-000000000001',
  cpvCode: '45442100',
  municipality: 'GM0355',
};

const COLUMNS = {
  supplier_profile: [
    'id',
    'business_id',
    'description',
    'certifications',
    'social_enterprise',
    'active',
    'contact_name',
    'contact_email',
    'contact_phone',
    'last_invited_at',
    'created_at',
    'updated_at',
    'business_name',
    'cpv_prefixes',
    'municipality_ids',
  ],
  supplier_category: ['profile_id', 'cpv_code'],
  supplier_municipality: ['profile_id', 'municipality_id'],
  procurement_request: [
    'id',
    'municipality_id',
    'title',
    'description',
    'cpv_code',
    'kind',
    'estimated_value',
    'deadline',
    'social_return_percentage',
    'procedure',
    'required_procedure',
    'status',
    'created_by_subject',
    'created_by_name',
    'created_at',
    'updated_at',
  ],
  invitation: [
    'id',
    'request_id',
    'profile_id',
    'outcome',
    'suggested_rank',
    'reasons',
    'decided_at',
    'decided_by_subject',
    'decided_by_name',
  ],
  quote: [
    'id',
    'invitation_id',
    'request_id',
    'profile_id',
    'amount',
    'submitted_at',
    'submitted_by_subject',
    'submitted_by_name',
  ],
  award: [
    'id',
    'request_id',
    'quote_id',
    'profile_id',
    'business_id',
    'value',
    'local',
    'regional',
    'social_return_percentage',
    'social_return_obligation',
    'awarded_at',
    'awarded_by_subject',
    'awarded_by_name',
  ],
} as const;

/** What the requests need of a profile; its row is drawn again when it is written (2,000,000 rows stay out of memory). */
interface Profile {
  cbsCode: string;
  categories: readonly string[];
  served: readonly string[];
}

type Copy = (
  table: string,
  columns: readonly string[],
  rows: Iterable<CopyValue[]>,
  progress?: Progress,
) => Promise<void>;

const NONE: readonly string[] = Object.freeze([]);

/**
 * The supplier profile of synthetic business `i`: the same draws in the same order on every call, so the
 * profile can be drawn once for the requests and again for its row.
 */
function syntheticProfile(i: number, region: readonly string[], codes: readonly string[]) {
  const next = random(SEED * 7_368_787 + i);
  const business = syntheticBusiness(DEMO_BUSINESS_COUNT + i);
  const offer = OFFERS[business.sbiCodes[0]];
  const categories = new Set(offer ? offer.cpv.slice(0, 1 + Math.floor(next() * offer.cpv.length)) : []);
  // Besides the trade's own, categories from anywhere in the tree.
  const drawn = offer ? (next() < 0.3 ? 1 : 0) : 1 + Math.floor(next() * 2);
  for (let d = 0; d < drawn; d += 1) categories.add(codes[Math.floor(next() * codes.length)]);
  const served = region.filter((code) => code !== business.cbsCode && next() < 0.2);
  return {
    business,
    categories: [...categories],
    served: served.length > 0 ? served : NONE,
    /** The row's columns after the id and business id, without last_invited_at and the instants. */
    row: (): CopyValue[] => [
      offer?.description ?? `${business.name}: levering en diensten voor bedrijven en overheden in de regio.`,
      offer ? offer.certifications.filter(() => next() < 0.6) : [],
      next() < 0.03,
      next() > 0.03,
      `Contactpersoon ${i}`,
      `inkoop.${i}@example.nl`,
      null,
    ],
  };
}

/**
 * The search columns' triggers (migration SupplierSearchColumns): off while the profiles, categories and
 * municipalities served are copied, which write those columns themselves; a trigger would rewrite the
 * profile row once per copied table.
 */
const SEARCH_COLUMN_TRIGGERS: [string, string][] = [
  ['supplier_profile', 'supplier_search_columns'],
  ...['supplier_category', 'supplier_municipality'].flatMap((table) =>
    ['insert', 'update', 'delete'].map((event): [string, string] => [
      table,
      `supplier_search_columns_${event}`,
    ]),
  ),
];

/** What the triggers would store: every prefix of 2 to 8 digits of each code. */
function cpvPrefixes(codes: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const code of codes) for (let n = 2; n <= 8; n += 1) prefixes.add(code.slice(0, n));
  return [...prefixes].sort();
}

/** Loads supplier profiles for the synthetic businesses and their procurement history. */
export async function loadProcurement(
  client: Client,
  businesses: number,
  businessId: (i: number) => string,
  stableUuid: (name: string) => string,
  copy: Copy,
  step: (label: string, total: number, load: (progress: Progress) => Promise<void>) => Promise<void>,
): Promise<void> {
  const municipalities = (
    await client.query<{ id: string; cbs_code: string; in_region: boolean }>(
      'SELECT id, cbs_code, in_region FROM municipality ORDER BY cbs_code',
    )
  ).rows;
  const municipalityId = new Map(municipalities.map((m) => [m.cbs_code, m.id]));
  const inRegion = new Map(municipalities.map((m) => [m.cbs_code, m.in_region]));
  const region = municipalities.filter((m) => m.in_region).map((m) => m.cbs_code);
  const kinds = new Map(
    (await client.query<{ code: string; kind: string }>('SELECT code, kind FROM cpv_category')).rows.map(
      (row) => [row.code, row.code.startsWith('85') ? 'SOCIAL_SERVICES' : row.kind],
    ),
  );
  const codes = (cpv as [string, string][]).map(([code]) => code);
  const profileId = (i: number) => stableUuid(`supplier:${i}`);

  const profiles: Profile[] = [];
  const byCategory = new Map<string, number[]>();
  for (let i = 0; i < businesses; i += 1) {
    const { business, categories, served } = syntheticProfile(i, region, codes);
    profiles.push({ cbsCode: business.cbsCode, categories, served });
    for (const code of categories) {
      const list = byCategory.get(code) ?? [];
      list.push(i);
      byCategory.set(code, list);
    }
  }
  /** Milliseconds of each profile's last invitation; NaN when never invited. */
  const lastInvitedAt = new Float64Array(businesses).fill(Number.NaN);

  const requests: CopyValue[][] = [];
  const invitations: CopyValue[][] = [];
  const quotes: CopyValue[][] = [];
  const awards: CopyValue[][] = [];
  const count = Math.floor(businesses / 10);
  for (let r = 0; r < count; r += 1) {
    const next = random(SEED * 15_485_867 + r);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const id = stableUuid(`procurement-request:${r}`);
    const buyer = pick(region);
    // What is bought: a category that some supplier offers, so the request has candidates.
    const source = pick(profiles);
    const cpvCode = source.categories.length > 0 ? pick(source.categories) : pick(codes);
    const createdAt = REQUESTS_FROM + Math.floor((r * (REQUESTS_UNTIL - REQUESTS_FROM)) / count);
    const value = (10 + Math.floor(next() * 190)) * 100_000;
    const procedure =
      value >= 15_000_000 && next() < 0.3
        ? 'NATIONAL'
        : value >= 5_000_000
          ? 'MULTIPLE_QUOTE'
          : 'SINGLE_QUOTE';
    const open = createdAt >= OPEN_FROM;
    const status = open ? pick(['DRAFT', 'INVITING', 'EVALUATING']) : next() < 0.1 ? 'CANCELLED' : 'AWARDED';
    const socialReturn = next() < 0.3 ? 5 : 0;
    const buyerName = `Inkoper ${buyer}`;
    requests.push([
      id,
      municipalityId.get(buyer)!,
      `Opdracht ${r} (${cpvCode})`,
      'Synthetische inkoopaanvraag.',
      cpvCode,
      kinds.get(cpvCode) ?? 'SERVICES',
      value,
      new Date(createdAt + 21 * DAY),
      socialReturn,
      procedure,
      procedure,
      status,
      `bench-${buyer}`,
      buyerName,
      new Date(createdAt),
      new Date(createdAt + 25 * DAY),
    ]);
    if (status === 'DRAFT') continue;
    const wanted =
      procedure === 'SINGLE_QUOTE' ? 1 : procedure === 'MULTIPLE_QUOTE' ? 3 + Math.floor(next() * 3) : 4;
    const fitting = byCategory.get(cpvCode) ?? [];
    const chosen = new Set<number>();
    for (let attempt = 0; attempt < 20 && chosen.size < wanted + 2; attempt += 1) {
      chosen.add(fitting.length > 0 && next() < 0.9 ? pick(fitting) : Math.floor(next() * profiles.length));
    }
    const decidedAt = new Date(createdAt + 2 * DAY);
    let cheapest: { quote: string; p: number; amount: number } | null = null;
    [...chosen].forEach((p, rank) => {
      const profile = profiles[p];
      const invited = rank < wanted;
      const invitation = stableUuid(`invitation:${r}:${rank}`);
      invitations.push([
        invitation,
        id,
        profileId(p),
        invited ? 'INVITED' : 'PASSED_OVER',
        rank + 1,
        [`Offers ${cpvCode}`, `Established in ${profile.cbsCode}`],
        decidedAt,
        `bench-${buyer}`,
        buyerName,
      ]);
      if (!invited) return;
      lastInvitedAt[p] = Math.max(Number.isNaN(lastInvitedAt[p]) ? 0 : lastInvitedAt[p], decidedAt.getTime());
      if (status === 'INVITING' || status === 'CANCELLED' || (rank > 0 && next() < 0.15)) return;
      const amount = Math.round((value * (0.8 + next() * 0.4)) / 100) * 100;
      const quote = stableUuid(`quote:${r}:${rank}`);
      quotes.push([
        quote,
        invitation,
        id,
        profileId(p),
        amount,
        new Date(createdAt + 9 * DAY),
        'bench',
        'Leverancier',
      ]);
      if (!cheapest || amount < cheapest.amount) cheapest = { quote, p, amount };
    });
    const winner = cheapest as { quote: string; p: number; amount: number } | null;
    if (status === 'AWARDED' && winner) {
      awards.push([
        stableUuid(`award:${r}`),
        id,
        winner.quote,
        profileId(winner.p),
        businessId(winner.p),
        winner.amount,
        profiles[winner.p].cbsCode === buyer,
        inRegion.get(profiles[winner.p].cbsCode) ?? false,
        socialReturn,
        Math.floor((winner.amount * socialReturn) / 100),
        new Date(createdAt + 25 * DAY),
        `bench-${buyer}`,
        buyerName,
      ]);
    }
  }
  // The shortlist workload's request.
  requests.push([
    SHORTLIST_REQUEST.id,
    municipalityId.get(SHORTLIST_REQUEST.municipality)!,
    'Schilderwerk gemeentehuis (bench)',
    '',
    SHORTLIST_REQUEST.cpvCode,
    'WORKS',
    20_000_000,
    new Date(REQUESTS_UNTIL + 30 * DAY),
    0,
    'MULTIPLE_QUOTE',
    'MULTIPLE_QUOTE',
    'DRAFT',
    'bench',
    'Inkoper bench',
    new Date(REQUESTS_UNTIL),
    new Date(REQUESTS_UNTIL),
  ]);

  const table = (name: keyof typeof COLUMNS, rows: Iterable<CopyValue[]>, progress?: Progress) =>
    copy(name, COLUMNS[name], rows, progress);
  const triggers = async (action: 'DISABLE' | 'ENABLE') => {
    for (const [name, trigger] of SEARCH_COLUMN_TRIGGERS) {
      await client.query(`ALTER TABLE ${name} ${action} TRIGGER ${trigger}`);
    }
  };
  await triggers('DISABLE');
  await step('suppliers', profiles.length, async (progress) => {
    await table(
      'supplier_profile',
      (function* () {
        for (let i = 0; i < businesses; i += 1) {
          const [description, certifications, socialEnterprise, active, name, email, phone] =
            syntheticProfile(i, region, codes).row();
          const created = new Date(Date.parse('2017-01-02T08:00:00Z') + i * 60_000);
          const invited = lastInvitedAt[i];
          const { business } = syntheticProfile(i, region, codes);
          const profile = profiles[i];
          yield [
            profileId(i),
            businessId(i),
            description,
            certifications,
            socialEnterprise,
            active,
            name,
            email,
            phone,
            Number.isNaN(invited) ? null : new Date(invited),
            created,
            created,
            business.name,
            cpvPrefixes(profile.categories),
            [...new Set([business.cbsCode, ...profile.served].map((code) => municipalityId.get(code)!))],
          ];
        }
      })(),
      progress,
    );
    await table(
      'supplier_category',
      (function* () {
        for (const [i, profile] of profiles.entries()) {
          const id = profileId(i);
          for (const code of profile.categories) yield [id, code];
        }
      })(),
    );
    await table(
      'supplier_municipality',
      (function* () {
        for (const [i, profile] of profiles.entries()) {
          if (profile.served.length === 0) continue;
          const id = profileId(i);
          for (const code of profile.served) yield [id, municipalityId.get(code)!];
        }
      })(),
    );
  });
  await triggers('ENABLE');
  await checkSearchColumns(client);
  await step('procurement requests', requests.length, async (progress) => {
    await table('procurement_request', requests, progress);
    await table('invitation', invitations);
    await table('quote', quotes);
    await table('award', awards);
  });
}

/**
 * The copied search columns against what the triggers compute, on the first 2,000 profiles: each is
 * recomputed in a transaction that is rolled back (the row's old and new values side by side).
 */
async function checkSearchColumns(client: Client): Promise<void> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ differ: number }>(
      `WITH touched AS (
         UPDATE supplier_profile SET business_name = business_name
          WHERE id IN (SELECT id FROM supplier_profile ORDER BY id LIMIT 2000)
         RETURNING old.business_name = new.business_name
                   AND old.cpv_prefixes @> new.cpv_prefixes AND new.cpv_prefixes @> old.cpv_prefixes
                   AND old.municipality_ids @> new.municipality_ids
                   AND new.municipality_ids @> old.municipality_ids AS same)
       SELECT count(*) FILTER (WHERE NOT same)::int AS differ FROM touched`,
    );
    if (rows[0].differ > 0) {
      throw new Error(
        `the copied search columns of ${rows[0].differ} supplier profiles differ from the triggers'`,
      );
    }
  } finally {
    await client.query('ROLLBACK');
  }
}
