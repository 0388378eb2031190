import type { Context } from '../../kit';
import { amsterdamDayAt, hashSecret, newSecret, notify, random, todayInAmsterdam } from '../../kit';
import { Association, Business, Municipality, Organisation } from '../core';
import { Event, EventHost, EventHostRole, EventKind, EventStatus, EventVisibility } from './event.entity';
import { registrationConfirmed } from './networking.notifications';
import { Registration, RegistrationStatus } from './registration.entity';
import {
  FollowUpAction,
  FollowUpStatus,
  StakeholderMeeting,
  StakeholderParticipant,
} from './stakeholder-meeting.entity';

const FIRST_NAMES = [
  'Anne',
  'Bas',
  'Carla',
  'Daan',
  'Eva',
  'Floor',
  'Gert',
  'Hanneke',
  'Iris',
  'Joost',
  'Karin',
  'Lars',
  'Marieke',
  'Niels',
  'Olga',
  'Pieter',
  'Renske',
  'Sander',
  'Tessa',
  'Wouter',
];
const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'van Dijk',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
];

/** Whole days from 1 January of the year of `day` (a `YYYY-MM-DD`) to that day. */
const daysSinceNewYear = (day: string) =>
  (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${day.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000;

/** The day `days` after 1 January of the year of `day`. */
const dayOfThisYear = (day: string, days: number) =>
  new Date(Date.parse(`${day.slice(0, 4)}-01-01T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Instants from Amsterdam wall-clock times of the demo (all in winter or summer time as noted). */
const at = (iso: string) => new Date(iso);

interface DemoEvent {
  /** A fixed database id, for an event that the docs and the playground refer to. */
  id?: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  venue: [name: string, address: string, cbsCode: string];
  kind: EventKind;
  capacity: number | null;
  visibility: EventVisibility;
  organisers: string[];
  coHosts: string[];
  registrations: number;
  cancelled?: boolean;
}

const ALL_ASSOCIATIONS = ['ZZO', 'OKW', 'BCB', 'ZH'];

const EVENTS: DemoEvent[] = [
  {
    title: 'Regionale netwerkbijeenkomst Regio Q4 & Rabobank Heuvelrug',
    description:
      'Ondernemers uit Zeist, De Bilt, Bunnik, Wijk bij Duurstede en Utrechtse Heuvelrug ontmoeten elkaar: ' +
      'netwerken waarbij gemeentegrenzen niet meer leidend zijn.',
    startsAt: '2018-03-15T18:00:00Z', // 19:00 in Amsterdam
    endsAt: '2018-03-15T21:30:00Z',
    venue: ['Rabobank Heuvelrug', 'Hoofdstraat 71, 3971 KE Driebergen-Rijsenburg', 'GM1581'],
    kind: EventKind.NETWORKING,
    capacity: 60,
    visibility: EventVisibility.PUBLIC,
    organisers: ALL_ASSOCIATIONS,
    coHosts: ['Rabobank Heuvelrug'],
    registrations: 72,
  },
  {
    title: 'Ondernemersontbijt Wijk bij Duurstede',
    description: 'Ontbijt met de Ondernemerskring over werk in de eigen gemeente.',
    // Before 2017: Regio Q4's networking activity of 2017 was still to come ("verwacht in maart 2018").
    startsAt: '2014-10-02T05:30:00Z',
    endsAt: '2014-10-02T07:30:00Z',
    venue: ['De Engel', 'Markt 14, 3961 BC Wijk bij Duurstede', 'GM0352'],
    kind: EventKind.MEETING,
    capacity: 40,
    visibility: EventVisibility.PUBLIC,
    organisers: ['OKW'],
    coHosts: ['Werk bij Duurstede'],
    registrations: 28,
  },
  {
    title: 'Workshop regionaal aanbesteden',
    description: 'Hoe komt u in de regionale leveranciersdatabase en wat vraagt de gemeente?',
    startsAt: '2018-06-07T13:00:00Z',
    endsAt: '2018-06-07T15:30:00Z',
    venue: ['Gemeentehuis De Bilt', 'Soestdijkseweg Zuid 173, 3721 AA Bilthoven', 'GM0310'],
    kind: EventKind.WORKSHOP,
    capacity: 25,
    visibility: EventVisibility.MEMBERS,
    organisers: ['BCB'],
    coHosts: [],
    registrations: 25,
  },
  {
    title: 'Zomerborrel Bunnik',
    description: 'Geannuleerd wegens te weinig aanmeldingen.',
    startsAt: '2018-08-30T15:30:00Z',
    endsAt: '2018-08-30T18:00:00Z',
    venue: ['Restaurant De Kromme Rijn', 'Stationsweg 1, 3981 AA Bunnik', 'GM0312'],
    kind: EventKind.NETWORKING,
    capacity: 50,
    visibility: EventVisibility.PUBLIC,
    organisers: ['ZZO'],
    coHosts: [],
    registrations: 6,
    cancelled: true,
  },
  {
    title: 'Kennissessie Nationaal Park en ondernemers',
    description: 'Recreatie en toerisme in en om het Nationaal Park: kansen voor ondernemers.',
    startsAt: '2018-10-11T17:00:00Z',
    endsAt: '2018-10-11T19:30:00Z',
    venue: ['Bezoekerscentrum De Boswachterij', 'Hoofdstraat 28, 3972 LA Driebergen-Rijsenburg', 'GM1581'],
    kind: EventKind.WORKSHOP,
    capacity: 35,
    visibility: EventVisibility.PARTNERS,
    organisers: ['ZH'],
    coHosts: ['Nationaal Park Utrechtse Heuvelrug'],
    registrations: 30,
  },
  {
    title: 'Nieuwjaarsreceptie Regio Q4',
    description: 'Het bestuur blikt terug en vooruit; met de wethouders van de Q4-gemeenten.',
    startsAt: '2019-01-17T16:30:00Z',
    endsAt: '2019-01-17T19:00:00Z',
    venue: ['Slot Zeist', 'Zinzendorflaan 1, 3703 CE Zeist', 'GM0355'],
    kind: EventKind.RECEPTION,
    capacity: null,
    visibility: EventVisibility.PUBLIC,
    organisers: ALL_ASSOCIATIONS,
    coHosts: ['Rabobank Heuvelrug'],
    registrations: 45,
  },
  {
    title: 'Regionale netwerkbijeenkomst 2019',
    description:
      'De tweede regionale netwerkbijeenkomst, met Utrecht Science Park en Economic Board Utrecht.',
    startsAt: '2019-03-21T18:00:00Z',
    endsAt: '2019-03-21T21:00:00Z',
    venue: ['Theater De Peppel', 'Emmaplein 1, 3701 GB Zeist', 'GM0355'],
    kind: EventKind.NETWORKING,
    capacity: 80,
    visibility: EventVisibility.PUBLIC,
    organisers: ALL_ASSOCIATIONS,
    coHosts: ['Rabobank Heuvelrug', 'Utrecht Science Park', 'Economic Board Utrecht'],
    registrations: 64,
  },
];

/**
 * The small public event that anyone can register for in the demo. Its id is fixed so that the docs and the
 * playground can give it ready to paste: `RXZlbnQ6NWVlZDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAx`.
 */
export const DEMO_OPEN_EVENT = {
  id: '5eed0000-0000-4000-8000-000000000001',
  title: 'Ondernemersborrel Zeist: kennismaken met nieuwe leden',
};

/**
 * Events in the weeks and months after the day the demo data is loaded, so that the calendar feed, the
 * upcoming-events query and registering show something on any day. (The events above keep the history
 * and its figures.) Registration opens 60 days before the start, like above: all but the last are open.
 */
function upcomingEvents(now: Date): DemoEvent[] {
  const on = (days: number, from: string, to: string) => ({
    startsAt: amsterdamDayAt(days, from, now).toISOString(),
    endsAt: amsterdamDayAt(days, to, now).toISOString(),
  });
  return [
    {
      ...DEMO_OPEN_EVENT,
      description:
        'Een informele borrel voor nieuwe en bestaande leden van Zakelijk Zeist Onderneemt!. ' +
        'Kleine groep, dus meld u op tijd aan.',
      ...on(9, '17:00', '19:00'),
      venue: ['Slot Zeist', 'Zinzendorflaan 1, 3703 CE Zeist', 'GM0355'],
      kind: EventKind.NETWORKING,
      capacity: 12,
      visibility: EventVisibility.PUBLIC,
      organisers: ['ZZO'],
      coHosts: [],
      registrations: 8,
    },
    {
      title: 'Workshop online vindbaar voor lokale ondernemers',
      description: 'Hoe vinden klanten uit de regio uw bedrijf? Praktische workshop voor leden.',
      ...on(23, '19:30', '21:30'),
      venue: ['Het Lichtruim', 'Hessenweg 2, 3731 JK De Bilt', 'GM0310'],
      kind: EventKind.WORKSHOP,
      capacity: 20,
      visibility: EventVisibility.MEMBERS,
      organisers: ['BCB'],
      coHosts: [],
      registrations: 14,
    },
    {
      title: 'Kennissessie ondernemen aan de parkrand',
      description: 'Met het Nationaal Park: vergunningen, bezoekersstromen en samenwerking met ondernemers.',
      ...on(37, '16:00', '18:30'),
      venue: ['Bezoekerscentrum De Boswachterij', 'Hoofdstraat 28, 3972 LA Driebergen-Rijsenburg', 'GM1581'],
      kind: EventKind.WORKSHOP,
      capacity: 40,
      visibility: EventVisibility.PARTNERS,
      organisers: ['ZH'],
      coHosts: ['Nationaal Park Utrechtse Heuvelrug'],
      registrations: 10,
    },
    {
      title: 'Voorjaarsborrel Bunnik',
      description: 'Geannuleerd: de zaal is niet beschikbaar. Een nieuwe datum volgt.',
      ...on(45, '17:30', '20:00'),
      venue: ['Restaurant De Kromme Rijn', 'Stationsweg 1, 3981 AA Bunnik', 'GM0312'],
      kind: EventKind.NETWORKING,
      capacity: 50,
      visibility: EventVisibility.PUBLIC,
      organisers: ['ZZO'],
      coHosts: [],
      registrations: 3,
      cancelled: true,
    },
    {
      title: 'Regionale netwerkbijeenkomst Regio Q4',
      description:
        'Ondernemers uit de vijf Q4-gemeenten ontmoeten elkaar, met Rabobank Heuvelrug en Utrecht Science Park.',
      ...on(58, '19:00', '22:00'),
      venue: ['Theater De Peppel', 'Emmaplein 1, 3701 GB Zeist', 'GM0355'],
      kind: EventKind.NETWORKING,
      capacity: 120,
      visibility: EventVisibility.PUBLIC,
      organisers: ['ZZO', 'BCB', 'ZH'],
      coHosts: ['Rabobank Heuvelrug', 'Utrecht Science Park'],
      registrations: 41,
    },
    {
      title: 'Ondernemersontbijt De Bilt',
      description: 'Ontbijt met de wethouder Economische Zaken over de regionale inkoop.',
      ...on(96, '07:30', '09:30'),
      venue: ['Gemeentehuis De Bilt', 'Soestdijkseweg Zuid 173, 3721 AA Bilthoven', 'GM0310'],
      kind: EventKind.MEETING,
      capacity: null,
      visibility: EventVisibility.PUBLIC,
      organisers: ['BCB'],
      coHosts: ['Rabobank Heuvelrug'],
      registrations: 0,
    },
    // More public events over the coming weeks and months, in each of the five municipalities. Last in the
    // list: the registrations above draw from the random sequence first and stay as they were.
    {
      title: 'Lunchlezing duurzaam ondernemen in Wijk bij Duurstede',
      description: 'Drie ondernemers uit Wijk bij Duurstede vertellen hoe zij energie en materiaal besparen.',
      ...on(16, '12:00', '13:30'),
      venue: ['Stadhuis Wijk bij Duurstede', 'Karel de Grotestraat 30, 3962 CD Wijk bij Duurstede', 'GM0352'],
      kind: EventKind.WORKSHOP,
      capacity: 30,
      visibility: EventVisibility.PUBLIC,
      organisers: ['OKW'],
      coHosts: [],
      registrations: 11,
    },
    {
      title: 'Ondernemerscafé Bunnik',
      description:
        'Ondernemers uit Bunnik, Odijk en Werkhoven praten bij over de regionale inkoop en elkaars plannen.',
      ...on(30, '17:00', '19:00'),
      venue: ['Restaurant De Kromme Rijn', 'Stationsweg 1, 3981 AA Bunnik', 'GM0312'],
      kind: EventKind.NETWORKING,
      capacity: 40,
      visibility: EventVisibility.PUBLIC,
      organisers: ['ZZO', 'BCB'],
      coHosts: [],
      registrations: 9,
    },
    {
      title: 'Ondernemerswandeling door de Heuvelrug',
      description: 'Een wandeling van twee uur met boswachters van het Nationaal Park, met koffie na afloop.',
      ...on(44, '09:30', '12:00'),
      venue: ['Bezoekerscentrum De Boswachterij', 'Hoofdstraat 28, 3972 LA Driebergen-Rijsenburg', 'GM1581'],
      kind: EventKind.NETWORKING,
      capacity: 25,
      visibility: EventVisibility.PUBLIC,
      organisers: ['ZH'],
      coHosts: ['Nationaal Park Utrechtse Heuvelrug'],
      registrations: 17,
    },
    {
      title: 'Inkoopspreekuur: zo komt u in de regionale inkoopdatabase',
      description:
        'Inkopers van de Q4-gemeenten beantwoorden vragen van ondernemers over offreren en inschrijven.',
      ...on(65, '15:00', '17:00'),
      venue: ['Gemeentehuis Zeist', 'Het Rond 1, 3701 HS Zeist', 'GM0355'],
      kind: EventKind.MEETING,
      capacity: 20,
      visibility: EventVisibility.PUBLIC,
      organisers: ['ZZO'],
      coHosts: [],
      registrations: 6,
    },
    {
      title: 'Netwerkavond De Bilt en Bilthoven',
      description: 'Ondernemers uit De Bilt, Bilthoven, Maartensdijk en Westbroek ontmoeten elkaar.',
      ...on(79, '19:30', '22:00'),
      venue: ['Het Lichtruim', 'Hessenweg 2, 3731 JK De Bilt', 'GM0310'],
      kind: EventKind.NETWORKING,
      capacity: 80,
      visibility: EventVisibility.PUBLIC,
      organisers: ['BCB'],
      coHosts: ['Rabobank Heuvelrug'],
      registrations: 23,
    },
    {
      title: 'Bedrijfsbezoek werkplaats Wijk bij Duurstede',
      description:
        'Een kijkje in een leerwerkplaats: hoe een werkgever mensen met een afstand tot de arbeidsmarkt begeleidt.',
      ...on(110, '16:00', '18:00'),
      venue: ['Werk bij Duurstede', 'Steenstraat 4, 3961 AT Wijk bij Duurstede', 'GM0352'],
      kind: EventKind.WORKSHOP,
      capacity: 15,
      visibility: EventVisibility.PUBLIC,
      organisers: ['OKW'],
      coHosts: [],
      registrations: 4,
    },
  ];
}

/**
 * Events held earlier this year, before the day the demo data is loaded, so the review of the current year
 * has networking to tell (spread over the days since 1 January; none on New Year's Day itself).
 */
function earlierThisYear(now: Date): DemoEvent[] {
  const elapsed = daysSinceNewYear(todayInAmsterdam(now));
  if (elapsed < 1) return [];
  // `share` of the way from 1 January to yesterday.
  const on = (share: number, from: string, to: string) => {
    const back = Math.max(1, Math.ceil(elapsed * (1 - share)));
    return {
      startsAt: amsterdamDayAt(-back, from, now).toISOString(),
      endsAt: amsterdamDayAt(-back, to, now).toISOString(),
    };
  };
  return [
    {
      title: 'Nieuwjaarsbijeenkomst Regio Q4',
      description: 'Het bestuur blikt vooruit op het jaar, met de wethouders van de Q4-gemeenten.',
      ...on(0.05, '17:00', '19:30'),
      venue: ['Slot Zeist', 'Zinzendorflaan 1, 3703 CE Zeist', 'GM0355'],
      kind: EventKind.RECEPTION,
      capacity: null,
      visibility: EventVisibility.PUBLIC,
      organisers: ALL_ASSOCIATIONS,
      coHosts: ['Rabobank Heuvelrug'],
      registrations: 48,
    },
    {
      title: 'Regionale netwerkbijeenkomst Regio Q4',
      description: 'Ondernemers uit de vijf gemeenten ontmoeten elkaar; gemeentegrenzen zijn niet leidend.',
      ...on(0.4, '18:00', '21:00'),
      venue: ['Theater De Peppel', 'Emmaplein 1, 3701 GB Zeist', 'GM0355'],
      kind: EventKind.NETWORKING,
      capacity: 80,
      visibility: EventVisibility.PUBLIC,
      organisers: ALL_ASSOCIATIONS,
      coHosts: ['Rabobank Heuvelrug'],
      registrations: 66,
    },
    {
      title: 'Workshop regionaal aanbesteden',
      description: 'Hoe komt u in de regionale leveranciersdatabase en wat vraagt de gemeente?',
      ...on(0.7, '13:00', '15:30'),
      venue: ['Gemeentehuis De Bilt', 'Soestdijkseweg Zuid 173, 3721 AA Bilthoven', 'GM0310'],
      kind: EventKind.WORKSHOP,
      capacity: 25,
      visibility: EventVisibility.MEMBERS,
      organisers: ['BCB'],
      coHosts: [],
      registrations: 22,
    },
  ];
}

export async function seedNetworking(ctx: Context): Promise<void> {
  const { em } = ctx;
  const next = random(15_03_2018);
  const municipalities = new Map((await em.find(Municipality)).map((m) => [m.cbsCode, m]));
  const associations = new Map((await em.find(Association)).map((a) => [a.shortName ?? a.name, a]));
  const organisations = new Map((await em.find(Organisation)).map((o) => [o.name, o]));
  const inRegion = [...municipalities.values()].filter((m) => m.inRegion).map((m) => m.id);
  const businesses = await em.find(Business, { order: { kvkNumber: 'ASC' } });
  const byMunicipality = new Map(
    inRegion.map((id) => [id, businesses.filter((b) => b.municipalityId === id)]),
  );

  // The history first: the random sequence, and so its figures, stay as they were.
  // This year's earlier events come last, for the same reason.
  const now = new Date();
  for (const [index, demo] of [...EVENTS, ...upcomingEvents(now), ...earlierThisYear(now)].entries()) {
    const startsAt = at(demo.startsAt);
    const { identifiers } = await em.insert(Event, {
      ...(demo.id ? { id: demo.id } : {}),
      title: demo.title,
      description: demo.description,
      startsAt,
      endsAt: at(demo.endsAt),
      venueName: demo.venue[0],
      venueAddress: demo.venue[1],
      venueMunicipalityId: municipalities.get(demo.venue[2])!.id,
      kind: demo.kind,
      capacity: demo.capacity,
      registrationOpensAt: new Date(startsAt.getTime() - 60 * 24 * 3600 * 1000),
      registrationClosesAt: new Date(startsAt.getTime() - 24 * 3600 * 1000),
      visibility: demo.visibility,
    });
    const eventId = identifiers[0].id as string;
    await em.insert(EventHost, [
      ...demo.organisers.map((short, position) => ({
        eventId,
        role: EventHostRole.ORGANISER,
        associationId: associations.get(short)!.id,
        organisationId: null,
        position,
      })),
      ...demo.coHosts.map((name, i) => ({
        eventId,
        role: EventHostRole.CO_HOST,
        associationId: null,
        organisationId: organisations.get(name)!.id,
        position: demo.organisers.length + i,
      })),
    ]);

    // Registrations in order of arrival, from all five municipalities; the rest of a full event waits.
    const rows: Partial<Registration>[] = [];
    for (let i = 0; i < demo.registrations; i += 1) {
      const municipalityId = inRegion[i % inRegion.length];
      const pool = byMunicipality.get(municipalityId) ?? [];
      const business = pool.length > 0 && next() < 0.9 ? pool[Math.floor(next() * pool.length)] : null;
      const first = FIRST_NAMES[Math.floor(next() * FIRST_NAMES.length)];
      const last = LAST_NAMES[Math.floor(next() * LAST_NAMES.length)];
      const confirmed = demo.capacity === null || i < demo.capacity;
      const past = !demo.cancelled && startsAt.getTime() < Date.now();
      rows.push({
        eventId,
        name: `${first} ${last}`,
        email: `${first}.${last.replace(/\s+/g, '')}.${index}${i}@example.nl`.toLowerCase(),
        businessId: business?.id ?? null,
        // Three in four came signed in as the business's member (verified); the rest only named it. By
        // position, not drawn, so the random sequence and the figures built on it stay as they were.
        businessVerified: business !== null && i % 4 !== 3,
        status: confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED,
        // A random secret like a real registration's, given to no one: the event id is public (in its global
        // id), so a secret made from it would let anyone read and cancel demo registrations.
        secretHash: hashSecret(newSecret()),
        checkedInAt: confirmed && past && next() < 0.8 ? new Date(startsAt.getTime() + 15 * 60 * 1000) : null,
      });
    }
    // Insert one by one: `arrival` is the order of the waitlist. The first two of an upcoming event get the
    // confirmation a registrant gets (its cancel link holds their secret), so the development mail view
    // shows what registering sends.
    const upcoming = !demo.cancelled && startsAt.getTime() > Date.now();
    for (const [i, row] of rows.entries()) {
      const secret = upcoming && i < 2 ? newSecret() : null;
      if (secret) row.secretHash = hashSecret(secret);
      const { identifiers } = await em.insert(Registration, row);
      const registrationId = identifiers[0].id as string;
      if (secret) await notify(ctx, registrationConfirmed, registrationId, { registrationId, secret });
    }
    if (demo.cancelled) {
      await em.update(Event, { id: eventId }, { status: EventStatus.CANCELLED });
    }
  }

  await seedStakeholderMeetings(ctx, municipalities, organisations);
}

async function seedStakeholderMeetings(
  ctx: Context,
  municipalities: Map<string, Municipality>,
  organisations: Map<string, Organisation>,
): Promise<void> {
  const { em } = ctx;
  const meetings: {
    date: string;
    title: string;
    participants: Partial<StakeholderParticipant>[];
    topics: string[];
    outcomes: string[];
    publicSummary: string | null;
    actions: Partial<FollowUpAction>[];
  }[] = [
    {
      date: '2017-03-21',
      title: 'Kennismaking met het Nationaal Park Utrechtse Heuvelrug',
      participants: [
        { organisationId: organisations.get('Nationaal Park Utrechtse Heuvelrug')!.id, role: 'Directeur' },
        { name: 'Theo Sack', role: 'Voorzitter Zakelijke Heuvelrug' },
      ],
      topics: ['Wat het park en de ondernemers aan elkaar hebben'],
      outcomes: ['Halfjaarlijks overleg afgesproken.'],
      publicSummary: 'Het park en Regio Q4 overleggen voortaan twee keer per jaar.',
      actions: [],
    },
    {
      date: '2017-05-30',
      title: 'Overleg met U10 over de economische visie',
      participants: [
        { organisationId: organisations.get('U10')!.id, role: 'Programmamanager economie' },
        { name: 'Lex Geerts', role: 'Voorzitter Regio Q4' },
      ],
      topics: ['De economische visie van U10 en de rol van de ondernemersverenigingen'],
      outcomes: ['Regio Q4 levert input voor de economische visie van U10.'],
      publicSummary:
        'Regio Q4 leverde de kijk van de ondernemers aan voor de economische visie van de U10-gemeenten.',
      actions: [],
    },
    {
      date: '2017-06-20',
      title: 'Overleg met de wethouders Economische Zaken van Zeist en De Bilt',
      participants: [
        ...['GM0355', 'GM0310'].map((code) => ({
          role: 'Wethouder',
          municipalityId: municipalities.get(code)!.id,
          portfolio: 'Economische Zaken',
        })),
        { name: 'Lex Geerts', role: 'Voorzitter Regio Q4' },
        { name: 'Frans van Beek', role: 'Voorzitter BCB' },
      ],
      topics: ['Economische visies van Zeist en De Bilt', 'Regionale inkoop door gemeenten'],
      outcomes: ['De ondernemers denken mee over de economische visies van beide gemeenten.'],
      publicSummary:
        'Praktische informatie uitgewisseld; de ondernemers denken mee over de economische visies van Zeist en De Bilt.',
      actions: [],
    },
    {
      date: '2017-09-12',
      title: 'Overleg met het Nationaal Park Utrechtse Heuvelrug',
      participants: [
        {
          organisationId: organisations.get('Nationaal Park Utrechtse Heuvelrug')!.id,
          role: 'Programmamanager',
        },
        { name: 'Theo Sack', role: 'Voorzitter Zakelijke Heuvelrug' },
        { name: 'Lex Geerts', role: 'Voorzitter Regio Q4' },
      ],
      topics: ['Recreatie en toerisme als economische drager', 'Ondernemers aan de parkranden'],
      outcomes: ['Het park deelt zijn evenementen met Regio Q4; Q4 deelt de zijne met het park.'],
      publicSummary:
        'Het park en Regio Q4 delen hun evenementen; een kennissessie voor ondernemers aan de parkranden volgt.',
      actions: [
        {
          description: 'Evenementen van Q4 beschikbaar maken voor de website van het park',
          owner: 'Regio Q4',
          dueDate: '2018-01-31',
          status: FollowUpStatus.DONE,
        },
        {
          description: 'Kennissessie voor ondernemers voorbereiden',
          owner: 'Zakelijke Heuvelrug',
          dueDate: '2018-09-30',
          status: FollowUpStatus.DONE,
        },
      ],
    },
    {
      date: '2017-11-07',
      title: 'Overleg met U10',
      participants: [
        { organisationId: organisations.get('U10')!.id, role: 'Secretaris' },
        { name: 'Lex Geerts', role: 'Voorzitter Regio Q4' },
        { name: 'Frans van Beek', role: 'Voorzitter BCB' },
      ],
      topics: ['Regionale economische agenda', 'Regionale inkoop door gemeenten'],
      outcomes: ['U10 neemt de regionale inkoop mee in het ambtelijk overleg economie.'],
      publicSummary: 'U10 neemt de regionale inkoop door gemeenten mee in zijn overleg over economie.',
      actions: [
        {
          description: 'Notitie regionale inkoop aan U10 sturen',
          owner: 'Lex Geerts',
          dueDate: '2017-12-15',
          status: FollowUpStatus.DONE,
        },
      ],
    },
    {
      date: '2017-12-05',
      title: 'Overleg met de wethouders Economische Zaken van de Q4-gemeenten',
      participants: [
        ...['GM0355', 'GM0310', 'GM0312', 'GM0352', 'GM1581'].map((code) => ({
          role: 'Wethouder',
          municipalityId: municipalities.get(code)!.id,
          portfolio: 'Economische Zaken',
        })),
        { name: 'Lex Geerts', role: 'Voorzitter Regio Q4' },
        { name: 'Hardy Smit', role: 'Voorzitter Ondernemerskring Wijk bij Duurstede' },
      ],
      topics: [
        'Database van regionale leveranciers voor ambtenaren',
        'Sociaal ondernemen naar het model van Werk bij Duurstede',
        'Economische visies van de gemeenten',
      ],
      outcomes: [
        'De gemeenten werken mee aan de regionale leveranciersdatabase.',
        'Over sociaal ondernemen volgt een vervolgoverleg per gemeente.',
      ],
      publicSummary:
        'De gemeenten werken mee aan een database van regionale leveranciers; over sociaal ondernemen volgt overleg per gemeente.',
      actions: [
        {
          description: 'Opzet leveranciersdatabase uitwerken met de inkopers',
          owner: 'Regio Q4',
          dueDate: '2018-03-31',
          status: FollowUpStatus.IN_PROGRESS,
        },
        {
          description: 'Vervolgoverleg sociaal ondernemen plannen',
          owner: 'Hardy Smit',
          dueDate: '2018-02-28',
          status: FollowUpStatus.OPEN,
        },
      ],
    },
    {
      date: '2018-05-17',
      title: 'Kennismaking met Utrecht Science Park en Economic Board Utrecht',
      participants: [
        { organisationId: organisations.get('Utrecht Science Park')!.id },
        { organisationId: organisations.get('Economic Board Utrecht')!.id },
        { name: 'Lex Geerts', role: 'Voorzitter Regio Q4' },
      ],
      topics: ['Banden aanhalen met Utrecht Science Park en EBU'],
      outcomes: ['Beide partners zijn medegastheer van de netwerkbijeenkomst 2019.'],
      publicSummary:
        'Utrecht Science Park en de Economic Board Utrecht zijn medegastheer van de netwerkbijeenkomst 2019.',
      actions: [
        {
          description: 'Netwerkbijeenkomst 2019 samen voorbereiden',
          owner: 'Regio Q4',
          dueDate: '2019-02-28',
          status: FollowUpStatus.DONE,
        },
      ],
    },
  ];
  // This year, before today: the current review has regional contacts too.
  const today = todayInAmsterdam();
  const elapsed = daysSinceNewYear(today);
  if (elapsed > 0) {
    const earliest = (share: number) => dayOfThisYear(today, Math.floor(elapsed * share));
    meetings.push(
      {
        date: earliest(0.8),
        title: 'Overleg met de wethouders Economische Zaken van de Q4-gemeenten',
        participants: ['GM0355', 'GM0310', 'GM0312', 'GM0352', 'GM1581'].map((code) => ({
          role: 'Wethouder',
          municipalityId: municipalities.get(code)!.id,
          portfolio: 'Economische Zaken',
        })),
        topics: ['Regionale inkoop: de cijfers van vorig jaar', 'Werkgelegenheid in de regio'],
        outcomes: ['De gemeenten nodigen vaker twee regionale leveranciers uit.'],
        publicSummary: 'De gemeenten nodigen bij kleine opdrachten vaker regionale leveranciers uit.',
        actions: [],
      },
      {
        date: earliest(0.3),
        title: 'Overleg met het Nationaal Park Utrechtse Heuvelrug',
        participants: [
          { organisationId: organisations.get('Nationaal Park Utrechtse Heuvelrug')!.id, role: 'Directeur' },
        ],
        topics: ['Recreatie en toerisme na het seizoen'],
        outcomes: ['Een gezamenlijke kennissessie in het voorjaar.'],
        publicSummary: 'Het park en Regio Q4 organiseren samen een kennissessie voor ondernemers.',
        actions: [],
      },
    );
  }
  for (const m of meetings) {
    const meeting = await em.save(
      em.create(StakeholderMeeting, {
        date: m.date,
        title: m.title,
        topics: m.topics,
        outcomes: m.outcomes,
        publicSummary: m.publicSummary,
      }),
    );
    await em.save(
      m.participants.map((p, position) =>
        em.create(StakeholderParticipant, {
          organisationId: null,
          name: null,
          role: null,
          municipalityId: null,
          portfolio: null,
          ...p,
          meetingId: meeting.id,
          position,
        }),
      ),
    );
    await em.save(
      m.actions.map((a, position) => em.create(FollowUpAction, { ...a, meetingId: meeting.id, position })),
    );
  }
}
