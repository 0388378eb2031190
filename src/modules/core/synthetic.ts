import { random } from '../../kit';

/**
 * Deterministic generators of plausible Dutch businesses, shared by the demo seed and the benchmarks.
 * The same seed always gives the same data, so figures and benchmark runs can be compared.
 */

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];

/**
 * Places per municipality with their postcode ranges and roughly how many people live there (2018): the
 * generator puts businesses where people are, so Zeist gets four times as many as Bunnik.
 */
export const PLACES: Record<string, { city: string; postcodes: [number, number]; population: number }[]> = {
  GM0355: [
    { city: 'Zeist', postcodes: [3701, 3709], population: 59_000 },
    { city: 'Austerlitz', postcodes: [3711, 3711], population: 1_900 },
    { city: 'Bosch en Duin', postcodes: [3735, 3735], population: 1_200 },
  ],
  GM0310: [
    { city: 'Bilthoven', postcodes: [3720, 3723], population: 21_000 },
    { city: 'De Bilt', postcodes: [3731, 3732], population: 10_500 },
    { city: 'Maartensdijk', postcodes: [3738, 3738], population: 9_500 },
    { city: 'Groenekan', postcodes: [3737, 3737], population: 2_300 },
  ],
  GM0312: [
    { city: 'Bunnik', postcodes: [3981, 3981], population: 7_000 },
    { city: 'Odijk', postcodes: [3984, 3984], population: 6_300 },
    { city: 'Werkhoven', postcodes: [3985, 3985], population: 1_800 },
  ],
  GM0352: [
    { city: 'Wijk bij Duurstede', postcodes: [3961, 3962], population: 20_000 },
    { city: 'Cothen', postcodes: [3945, 3945], population: 3_000 },
  ],
  GM1581: [
    { city: 'Doorn', postcodes: [3941, 3941], population: 10_000 },
    { city: 'Driebergen-Rijsenburg', postcodes: [3971, 3972], population: 19_000 },
    { city: 'Leersum', postcodes: [3956, 3956], population: 7_500 },
    { city: 'Amerongen', postcodes: [3958, 3958], population: 7_000 },
    { city: 'Maarn', postcodes: [3951, 3951], population: 6_000 },
  ],
};

/** Every place with its municipality and the upper end of its share of the population, for a weighted pick. */
const WEIGHTED_PLACES = (() => {
  const all = Object.entries(PLACES).flatMap(([cbsCode, places]) =>
    places.map((place) => ({ cbsCode, ...place })),
  );
  const total = all.reduce((sum, place) => sum + place.population, 0);
  let cumulative = 0;
  return all.map((place) => ({ ...place, upTo: (cumulative += place.population) / total }));
})();

function pickPlace(next: () => number) {
  const draw = next();
  return WEIGHTED_PLACES.find((place) => draw < place.upTo) ?? WEIGHTED_PLACES.at(-1)!;
}

/** KvK numbers are 8 digits: 10000000 to 99999999. */
const KVK_FIRST = 10_000_000;
const KVK_RANGE = 90_000_000;
/** Coprime with KVK_RANGE (2^7 * 3^2 * 5^7), so `index * KVK_STRIDE mod KVK_RANGE` visits every number once. */
const KVK_STRIDE = 7_368_787;
/** How many synthetic businesses can have a KvK number of their own. */
export const MAX_SYNTHETIC_BUSINESSES = KVK_RANGE;

/**
 * The KvK number of the `index`-th synthetic business: a permutation of all 8-digit numbers, so numbers are
 * unique for every index below 90,000,000 and spread over the whole range rather than counting up.
 */
export function syntheticKvkNumber(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0 || index >= KVK_RANGE) {
    throw new RangeError(`no synthetic KvK number for index ${index}`);
  }
  // index * stride stays below 2^53, so the arithmetic is exact.
  return String(KVK_FIRST + ((index * KVK_STRIDE + 4_241) % KVK_RANGE));
}

/** Trades with their SBI codes. */
const TRADES: { name: string; sbi: string[] }[] = [
  { name: 'Bakkerij', sbi: ['1071'] },
  { name: 'Installatiebedrijf', sbi: ['4322', '4321'] },
  { name: 'Hoveniersbedrijf', sbi: ['8130'] },
  { name: 'Advocatenkantoor', sbi: ['6910'] },
  { name: 'Schildersbedrijf', sbi: ['4334'] },
  { name: 'Autobedrijf', sbi: ['4520', '4511'] },
  { name: 'Drukkerij', sbi: ['1812'] },
  { name: 'Adviesbureau', sbi: ['7022'] },
  { name: 'Bouwbedrijf', sbi: ['4120'] },
  { name: 'Fietsenspeciaalzaak', sbi: ['4764', '9529'] },
  { name: 'Kapsalon', sbi: ['9602'] },
  { name: 'Accountantskantoor', sbi: ['6920'] },
  { name: 'Timmerbedrijf', sbi: ['4332'] },
  { name: 'ICT-diensten', sbi: ['6202', '6203'] },
  { name: 'Catering', sbi: ['5621'] },
  { name: 'Schoonmaakbedrijf', sbi: ['8121'] },
  { name: 'Transportbedrijf', sbi: ['4941'] },
  { name: 'Architectenbureau', sbi: ['7111'] },
  { name: 'Fysiotherapie', sbi: ['8691'] },
  { name: 'Loonbedrijf', sbi: ['0161'] },
];

const SURNAMES = [
  'De Vries',
  'Jansen',
  'Van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'De Boer',
  'Mulder',
  'De Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Van Leeuwen',
  'Dekker',
  'Brouwer',
  'De Wit',
  'Dijkstra',
  'Van der Meer',
  'Van der Linden',
  'Kok',
  'Jacobs',
  'Van Dijk',
  'Verhoeven',
  'Van Beek',
  'Schouten',
  'Hoekstra',
  'Koster',
  'Prins',
  'Van Wijk',
  'Post',
  'Kuipers',
  'Veenstra',
  'Van Doorn',
  'Boersma',
  'Willems',
  'Van Rijn',
];

const STREETS = [
  'Hoofdstraat',
  'Dorpsstraat',
  'Kerkstraat',
  'Stationsweg',
  'Utrechtseweg',
  'Slotlaan',
  'Markt',
  'Industrieweg',
  'Nijverheidsweg',
  'Molenweg',
  'Julianalaan',
  'Schoolstraat',
  'Amersfoortseweg',
  'Steenstraat',
  'Langbroekerweg',
  'Achterstraat',
  'Kromme Rijnlaan',
  'Odijkerweg',
  'Woudenbergseweg',
  'Acaciastraat',
  'Beukenlaan',
  'Eikenlaan',
  'Prins Bernhardlaan',
  'Oranjelaan',
];

const LETTERS = [...'ABCEGHJKLMNPRTVWXZ'];

export interface SyntheticBusiness {
  kvkNumber: string;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  cbsCode: string;
  sbiCodes: string[];
  website: string | null;
  /** KvK registration day: before any association membership, between 1985 and 2019. */
  registeredOn: string;
}

/**
 * The `index`-th synthetic business of a data set (the same for the same index and seed). Its place is
 * drawn by population, its KvK number is `syntheticKvkNumber(index)`.
 */
export function syntheticBusiness(index: number, seed = 2018): SyntheticBusiness {
  const next = random(seed * 1_000_003 + index);
  const place = pickPlace(next);
  const trade = pick(next, TRADES);
  const surname = pick(next, SURNAMES);
  const [low, high] = place.postcodes;
  const digits = low + Math.floor(next() * (high - low + 1));
  const postcode = `${digits} ${pick(next, LETTERS)}${pick(next, LETTERS)}`;
  const name = next() < 0.5 ? `${trade.name} ${surname}` : `${surname} ${trade.name}`;
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 30);
  return {
    kvkNumber: syntheticKvkNumber(index),
    name: next() < 0.3 ? `${name} ${place.city}` : name,
    street: pick(next, STREETS),
    houseNumber: String(1 + Math.floor(next() * 180)) + (next() < 0.1 ? pick(next, ['a', 'b', 'c']) : ''),
    postcode,
    city: place.city,
    cbsCode: place.cbsCode,
    sbiCodes: trade.sbi,
    website: next() < 0.6 ? `https://www.${slug}${index}.nl` : null,
    registeredOn: syntheticRegistration(index, seed),
  };
}

/** A business registers before it joins an association; its own stream keeps the other fields as they were. */
function syntheticRegistration(index: number, seed: number): string {
  const next = random(seed * 1_000_037 + index);
  const membership = syntheticMembership(index, seed);
  const last = membership ? Number(membership.since.slice(0, 4)) - 1 : 2019;
  const year = 1985 + Math.floor(next() * (last - 1985 + 1));
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * Whether the `index`-th synthetic business is a member of its municipality's association, and since and
 * until when: six in ten are, since a year between 2005 and 2017; one in ten of them has left.
 */
export function syntheticMembership(
  index: number,
  seed = 2018,
): { since: string; until: string | null } | null {
  const next = random(seed * 1_000_033 + index);
  if (next() >= 0.6) return null;
  const year = 2005 + Math.floor(next() * 13);
  const ended = next() < 0.1;
  return {
    since: `${year}-01-01`,
    until: ended ? `${Math.min(year + 1 + Math.floor(next() * 5), 2019)}-12-31` : null,
  };
}

/**
 * The surname of a person at a business, as a contact is written ("Anne de Vries"): the family name in the
 * business's name when it has one ("De Vries Schildersbedrijf"), else one of the list, chosen by the KvK
 * number so that it is the same on every load. A trade or place is never taken for a name.
 */
export function contactSurname(businessName: string, kvkNumber: string): string {
  const inName = SURNAMES.filter((surname) =>
    new RegExp(`(^|\\s)${surname}($|\\s)`, 'i').test(businessName),
  ).sort((a, b) => b.length - a.length)[0];
  const surname = inName ?? SURNAMES[Number(kvkNumber.replace(/\D/g, '') || 0) % SURNAMES.length];
  // After a first name the particles are lower case: "Anne van der Meer", but "Van der Meer" on its own.
  return surname.replace(/^((?:Van|De|Der|Den|Ter|Ten)\s)+/, (particles) => particles.toLowerCase());
}
