/**
 * Deterministic generators of plausible Dutch businesses, shared by the demo seed and the benchmarks.
 * The same seed always gives the same data, so figures and benchmark runs can be compared.
 */

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];

/** Places per municipality, with the postcode ranges that belong to them. */
export const PLACES: Record<string, { city: string; postcodes: [number, number] }[]> = {
  GM0355: [
    { city: 'Zeist', postcodes: [3701, 3709] },
    { city: 'Austerlitz', postcodes: [3711, 3711] },
    { city: 'Bosch en Duin', postcodes: [3735, 3735] },
  ],
  GM0310: [
    { city: 'Bilthoven', postcodes: [3720, 3723] },
    { city: 'De Bilt', postcodes: [3731, 3732] },
    { city: 'Maartensdijk', postcodes: [3738, 3738] },
    { city: 'Groenekan', postcodes: [3737, 3737] },
  ],
  GM0312: [
    { city: 'Bunnik', postcodes: [3981, 3981] },
    { city: 'Odijk', postcodes: [3984, 3984] },
    { city: 'Werkhoven', postcodes: [3985, 3985] },
  ],
  GM0352: [
    { city: 'Wijk bij Duurstede', postcodes: [3961, 3962] },
    { city: 'Cothen', postcodes: [3945, 3945] },
  ],
  GM1581: [
    { city: 'Doorn', postcodes: [3941, 3941] },
    { city: 'Driebergen-Rijsenburg', postcodes: [3971, 3972] },
    { city: 'Leersum', postcodes: [3956, 3956] },
    { city: 'Amerongen', postcodes: [3958, 3958] },
    { city: 'Maarn', postcodes: [3951, 3951] },
  ],
};

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
}

/**
 * The `index`-th synthetic business of a data set. KvK numbers are unique for indexes below 1,000,000:
 * 10000000 + index * 89 + an offset below 89.
 */
export function syntheticBusiness(index: number, seed = 2018): SyntheticBusiness {
  const next = random(seed * 1_000_003 + index);
  const cbsCode = pick(next, Object.keys(PLACES));
  const place = pick(next, PLACES[cbsCode]);
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
    kvkNumber: String(10_000_000 + index * 89 + Math.floor(next() * 89)),
    name: next() < 0.3 ? `${name} ${place.city}` : name,
    street: pick(next, STREETS),
    houseNumber: String(1 + Math.floor(next() * 180)) + (next() < 0.1 ? pick(next, ['a', 'b', 'c']) : ''),
    postcode,
    city: place.city,
    cbsCode,
    sbiCodes: trade.sbi,
    website: next() < 0.6 ? `https://www.${slug}${index}.nl` : null,
  };
}
