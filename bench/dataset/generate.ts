import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { random } from '../../src/kit';
import { DEMO_BUSINESS_COUNT, PLACES, syntheticBusiness, syntheticMembership } from '../../src/modules/core';
import { Progress } from '../progress';
import type { CopyValue } from './copy';
import { copyRows } from './copy';
import { loadProcurement, PROCUREMENT_TABLES } from './procurement';

export interface DatasetSize {
  businesses: number;
  events: number;
  articles: number;
}

/** What the default run loads beside the demo data: with it, 50,300 businesses, 1,207 events, 30,366 articles. */
export const DEFAULT_SIZE: DatasetSize = { businesses: 50_000, events: 1_200, articles: 30_350 };

/**
 * The data set is the same on every run: rows, ids and instants come from the index and a fixed seed, and
 * instants are fixed (not relative to now), so a workload gets the same answer today and next year.
 */
const SEED = 7;
const DAY = 24 * 3600 * 1000;
const EVENTS_FROM = Date.parse('2016-01-04T00:00:00Z');
const EVENTS_UNTIL = Date.parse('2027-12-20T00:00:00Z');
const LATEST_ARTICLE = Date.parse('2026-01-09T08:00:00Z');
/** Events before this have taken place: their confirmed attendees may have checked in. */
const HELD_BEFORE = Date.parse('2026-01-01T00:00:00Z');

/** A uuid made from a name, so that a row has the same id on every run. */
export function stableUuid(name: string): string {
  const hex = createHash('md5').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const businessId = (index: number) => stableUuid(`business:${index}`);

interface Reference {
  municipalities: Map<string, string>;
  /** The association of each municipality that has one, by CBS code. */
  associations: Map<string, string>;
  organisations: string[];
  people: string[];
  labels: string[];
}

async function references(client: Client): Promise<Reference> {
  const rows = async <T>(sql: string) => (await client.query(sql)).rows as T[];
  const municipalities = await rows<{ id: string; cbs_code: string }>(
    'SELECT id, cbs_code FROM municipality ORDER BY cbs_code',
  );
  const associations = await rows<{ id: string; cbs_code: string }>(
    `SELECT a.id, m.cbs_code FROM association a JOIN municipality m ON m.id = a.municipality_id ORDER BY a.name`,
  );
  const ids = async (table: string) =>
    (await rows<{ id: string }>(`SELECT id FROM ${table} ORDER BY name`)).map((row) => row.id);
  return {
    municipalities: new Map(municipalities.map((m) => [m.cbs_code, m.id])),
    associations: new Map(associations.map((a) => [a.cbs_code, a.id])),
    organisations: await ids('organisation'),
    people: await ids('person'),
    labels: await ids('label'),
  };
}

function* businesses(size: DatasetSize, ref: Reference): Generator<CopyValue[]> {
  for (let i = 0; i < size.businesses; i += 1) {
    // Indexes continue after the demo's businesses, so KvK numbers never collide with theirs.
    const index = DEMO_BUSINESS_COUNT + i;
    const b = syntheticBusiness(index);
    yield [
      businessId(i),
      b.kvkNumber,
      b.name,
      b.street,
      b.houseNumber,
      b.postcode,
      b.city,
      ref.municipalities.get(b.cbsCode)!,
      b.sbiCodes,
      b.website,
      b.registeredOn,
    ];
  }
}

function* memberships(size: DatasetSize, ref: Reference): Generator<CopyValue[]> {
  for (let i = 0; i < size.businesses; i += 1) {
    const index = DEMO_BUSINESS_COUNT + i;
    const membership = syntheticMembership(index);
    const association = ref.associations.get(syntheticBusiness(index).cbsCode);
    if (membership && association) yield [businessId(i), association, membership.since, membership.until];
  }
}

const EVENT_TITLES = [
  'Ondernemersontbijt',
  'Netwerkborrel',
  'Workshop regionaal aanbesteden',
  'Lunchlezing',
  'Bedrijfsbezoek',
  'Kennissessie sociaal ondernemen',
  'Nieuwjaarsbijeenkomst',
  'Ledenvergadering',
];
const EVENT_KINDS = ['NETWORKING', 'MEETING', 'WORKSHOP', 'RECEPTION', 'CONFERENCE', 'OTHER'];
const VENUES = ['Dorpshuis', 'Hotel De Wereld', 'Theater', 'Gemeentehuis', 'Bibliotheek', 'Sportpark'];

interface SyntheticEvent {
  id: string;
  startsAt: number;
  capacity: number | null;
  cancelled: boolean;
  registrations: number;
  row: CopyValue[];
  hosts: CopyValue[][];
}

function syntheticEvent(e: number, size: DatasetSize, ref: Reference): SyntheticEvent {
  const next = random(SEED * 7_919 + e);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const id = stableUuid(`event:${e}`);
  const day = EVENTS_FROM + Math.floor((e * (EVENTS_UNTIL - EVENTS_FROM)) / size.events / DAY) * DAY;
  const startsAt = day + (7 + Math.floor(next() * 13)) * 3600 * 1000;
  const endsAt = startsAt + (1 + Math.floor(next() * 4)) * 3600 * 1000;
  const cbsCode = pick([...ref.associations.keys()]);
  const city = pick(PLACES[cbsCode]).city;
  const capacity = next() < 0.3 ? null : 10 + Math.floor(next() * 41);
  const draw = next();
  const visibility = draw < 0.7 ? 'PUBLIC' : draw < 0.9 ? 'MEMBERS' : 'PARTNERS';
  const cancelled = next() < 0.04;
  // Changed some weeks before it starts; the partner sync pulls by that.
  const updatedAt = new Date(startsAt - Math.floor(next() * 60 * DAY));
  const createdAt = new Date(updatedAt.getTime() - Math.floor(next() * 30 * DAY));
  const hostAssociations = [ref.associations.get(cbsCode)!];
  const other = pick([...ref.associations.values()]);
  if (next() < 0.25 && other !== hostAssociations[0]) hostAssociations.push(other);
  const hosts: CopyValue[][] = hostAssociations.map((association, position) => [
    stableUuid(`event-host:${e}:${position}`),
    id,
    'ORGANISER',
    association,
    null,
    position,
  ]);
  if (next() < 0.3) {
    hosts.push([
      stableUuid(`event-host:${e}:${hosts.length}`),
      id,
      'CO_HOST',
      null,
      pick(ref.organisations),
      hosts.length,
    ]);
  }
  return {
    id,
    startsAt,
    capacity,
    cancelled,
    registrations: Math.floor(next() * 41),
    hosts,
    row: [
      id,
      `${pick(EVENT_TITLES)} ${city}`,
      `Bijeenkomst voor ondernemers in ${city} en omgeving.`,
      new Date(startsAt),
      new Date(endsAt),
      `${pick(VENUES)} ${city}`,
      `Hoofdstraat ${1 + Math.floor(next() * 120)}, ${city}`,
      ref.municipalities.get(cbsCode)!,
      pick(EVENT_KINDS),
      capacity,
      visibility,
      cancelled ? 'CANCELLED' : 'SCHEDULED',
      createdAt,
      updatedAt,
    ],
  };
}

function* registrations(events: SyntheticEvent[], size: DatasetSize): Generator<CopyValue[]> {
  for (const [e, event] of events.entries()) {
    const next = random(SEED * 104_729 + e);
    for (let i = 0; i < event.registrations; i += 1) {
      const withBusiness = size.businesses > 0 && next() < 0.75;
      const business = withBusiness ? businessId(Math.floor(next() * size.businesses)) : null;
      const cancelled = next() < 0.05;
      const confirmed = event.capacity === null || i < event.capacity;
      const status = cancelled ? 'CANCELLED' : confirmed ? 'CONFIRMED' : 'WAITLISTED';
      const createdAt = new Date(event.startsAt - (40 - i) * DAY);
      const checkedIn =
        status === 'CONFIRMED' && !event.cancelled && event.startsAt < HELD_BEFORE && next() < 0.7;
      yield [
        stableUuid(`registration:${e}:${i}`),
        event.id,
        `Deelnemer ${e}-${i}`,
        `deelnemer.${e}.${i}@example.nl`,
        business,
        status,
        createHash('sha256').update(`bench:${e}:${i}`).digest('hex'),
        checkedIn ? new Date(event.startsAt + 10 * 60 * 1000) : null,
        cancelled ? new Date(createdAt.getTime() + DAY) : null,
        createdAt,
        createdAt,
      ];
    }
  }
}

const TOPICS = ['ondernemers', 'gemeenten', 'netwerken', 'inkoop', 'werk', 'stages', 'duurzaamheid'];
const SENTENCES = [
  'De ondernemers in de regio werken samen met de gemeenten aan regionale inkoop.',
  'Het bestuur sprak met de ondernemersverenigingen over sociaal ondernemen.',
  'Op de netwerkbijeenkomst ontmoetten ondernemers uit vijf gemeenten elkaar.',
  'Leerlingen en stagiaires vonden een plek bij een lokale ondernemer.',
  'De regionale leveranciersdatabase groeit met nieuwe bedrijven.',
  'Gemeentegrenzen zijn bij het netwerken niet meer leidend.',
  'Het Nationaal Park biedt kansen voor recreatie en toerisme.',
  'Duurzaam bouwen en installeren vraagt om vakmensen uit de regio.',
];

interface SyntheticArticle {
  row: CopyValue[];
  labels: CopyValue[][];
  signatories: CopyValue[][];
}

function syntheticArticle(a: number, ref: Reference): SyntheticArticle {
  const next = random(SEED * 15_485_863 + a);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const id = stableUuid(`article:${a}`);
  const draw = next();
  const status = draw < 0.97 ? 'PUBLISHED' : draw < 0.99 ? 'DRAFT' : 'ARCHIVED';
  const publishedAt = status === 'DRAFT' ? null : new Date(LATEST_ARTICLE - a * 2 * 3600 * 1000);
  const written = new Date(LATEST_ARTICLE - a * 2 * 3600 * 1000 - DAY);
  const body = Array.from({ length: 6 + Math.floor(next() * 6) }, () => pick(SENTENCES));
  // One article in a thousand mentions an alderman: the rare word of the search workload.
  if (a % 1000 === 0) body.push('De wethouder was er ook.');
  const labels = [...new Set([pick(ref.labels), ...(next() < 0.4 ? [pick(ref.labels)] : [])])];
  const people =
    next() < 0.6 ? [...new Set([pick(ref.people), ...(next() < 0.3 ? [pick(ref.people)] : [])])] : [];
  return {
    row: [
      id,
      `bench-${a}`,
      `Nieuws ${a} over ${pick(TOPICS)}`,
      body.join(' '),
      status,
      publishedAt,
      written,
      publishedAt ?? written,
    ],
    labels: labels.map((label) => [id, label]),
    signatories: people.map((person, position) => [
      stableUuid(`signatory:${a}:${position}`),
      id,
      position,
      person,
      'voorzitter',
    ]),
  };
}

function* flatten<T>(items: Iterable<T>, pick: (item: T) => CopyValue[][]): Generator<CopyValue[]> {
  for (const item of items) yield* pick(item);
}

/**
 * Drops the secondary indexes of `tables` while `load` runs and builds them again afterwards: building a
 * (trigram) index once over millions of rows is many times faster than maintaining it row by row.
 * Primary keys stay, for the foreign keys.
 */
async function withoutIndexes(client: Client, tables: string[], load: () => Promise<void>): Promise<void> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const { indexname } of rows) await client.query(`DROP INDEX "${indexname}"`);
  await load();
  const progress = new Progress('indexes', rows.length);
  for (const { indexdef } of rows) {
    await client.query(indexdef);
    progress.tick(1);
  }
  progress.finish();
}

const COLUMNS = {
  business: [
    'id',
    'kvk_number',
    'name',
    'street',
    'house_number',
    'postcode',
    'city',
    'municipality_id',
    'sbi_codes',
    'website',
    'registered_on',
  ],
  business_membership: ['business_id', 'association_id', 'since', 'until'],
  event: [
    'id',
    'title',
    'description',
    'starts_at',
    'ends_at',
    'venue_name',
    'venue_address',
    'venue_municipality_id',
    'kind',
    'capacity',
    'visibility',
    'status',
    'created_at',
    'updated_at',
  ],
  event_host: ['id', 'event_id', 'role', 'association_id', 'organisation_id', 'position'],
  registration: [
    'id',
    'event_id',
    'name',
    'email',
    'business_id',
    'status',
    'secret_hash',
    'checked_in_at',
    'cancelled_at',
    'created_at',
    'updated_at',
  ],
  article: ['id', 'slug', 'title', 'body', 'status', 'published_at', 'created_at', 'updated_at'],
  article_label: ['article_id', 'label_id'],
  article_signatory: ['id', 'article_id', 'position', 'person_id', 'role'],
} as const;

type Table = keyof typeof COLUMNS;

/** Loads the synthetic data set on top of the demo data (which provides municipalities, associations, ...). */
export async function loadDataset(client: Client, size: DatasetSize): Promise<void> {
  const ref = await references(client);
  const copy = (table: Table, rows: Iterable<CopyValue[]>, progress?: Progress) =>
    copyRows(client, table, COLUMNS[table], rows, progress);
  const step = async (label: string, total: number, load: (progress: Progress) => Promise<void>) => {
    const progress = new Progress(label, total);
    await load(progress);
    progress.finish();
  };
  await client.query("SET maintenance_work_mem = '512MB'");
  await withoutIndexes(client, [...Object.keys(COLUMNS), ...PROCUREMENT_TABLES], async () => {
    await step('businesses', size.businesses, (progress) =>
      copy('business', businesses(size, ref), progress),
    );
    await loadProcurement(
      client,
      size.businesses,
      businessId,
      stableUuid,
      (table, columns, rows, progress) => copyRows(client, table, columns, rows, progress),
      step,
    );
    await step('memberships', size.businesses, (progress) =>
      copy('business_membership', memberships(size, ref), progress),
    );
    const events = Array.from({ length: size.events }, (_, e) => syntheticEvent(e, size, ref));
    await step('events', size.events, async (progress) => {
      await copy(
        'event',
        events.map((event) => event.row),
        progress,
      );
      await copy(
        'event_host',
        flatten(events, (event) => event.hosts),
      );
    });
    const registrationCount = events.reduce((sum, event) => sum + event.registrations, 0);
    await step('registrations', registrationCount, (progress) =>
      copy('registration', registrations(events, size), progress),
    );
    const articles = Array.from({ length: size.articles }, (_, a) => syntheticArticle(a, ref));
    await step('articles', size.articles, async (progress) => {
      await copy(
        'article',
        articles.map((article) => article.row),
        progress,
      );
      await copy(
        'article_label',
        flatten(articles, (article) => article.labels),
      );
      await copy(
        'article_signatory',
        flatten(articles, (article) => article.signatories),
      );
    });
  });
  await client.query('ANALYZE');
}
