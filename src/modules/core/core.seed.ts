import { Association } from './association.entity';
import { BoardPlan, BoardPlanStatus } from './board-plan.entity';
import { Business } from './business.entity';
import { BusinessMembership } from './business-membership.entity';
import type { Context } from '../../kit';
import { todayInAmsterdam } from '../../kit';
import { Municipality } from './municipality.entity';
import { Organisation, OrganisationKind } from './organisation.entity';
import { Person } from './person.entity';
import { RegioQ4Membership } from './regio-q4-membership.entity';
import { syntheticBusiness, syntheticMembership } from './synthetic';

export const DEMO_BUSINESS_COUNT = 300;

/**
 * A demo business that is a member of Zakelijk Zeist Onderneemt! today (Timmerbedrijf Willems in Zeist; the
 * businesses are generated from a fixed seed): the docs' and the playground's ready KvK number for a MEMBER
 * token, with which one edits that business and organises ZZO's events.
 */
export const DEMO_MEMBER_KVK = '15798472';

const MUNICIPALITIES = [
  { cbsCode: 'GM0355', name: 'Zeist', inRegion: true },
  { cbsCode: 'GM0310', name: 'De Bilt', inRegion: true },
  { cbsCode: 'GM0312', name: 'Bunnik', inRegion: true },
  { cbsCode: 'GM0352', name: 'Wijk bij Duurstede', inRegion: true },
  { cbsCode: 'GM1581', name: 'Utrechtse Heuvelrug', inRegion: true },
  { cbsCode: 'GM0344', name: 'Utrecht', inRegion: false },
  { cbsCode: 'GM0321', name: 'Houten', inRegion: false },
  { cbsCode: 'GM0307', name: 'Amersfoort', inRegion: false },
];

/** The member associations; Bunnik's BHIK left Regio Q4 in 2017. */
const ASSOCIATIONS = [
  { name: 'Zakelijk Zeist Onderneemt!', shortName: 'ZZO', cbsCode: 'GM0355', q4: ['2015-01-01', null] },
  {
    name: 'Ondernemerskring Wijk bij Duurstede',
    shortName: 'OKW',
    cbsCode: 'GM0352',
    q4: ['2015-01-01', null],
  },
  { name: 'BCB', shortName: 'BCB', cbsCode: 'GM0310', q4: ['2015-01-01', null] },
  { name: 'Zakelijke Heuvelrug', shortName: 'ZH', cbsCode: 'GM1581', q4: ['2015-01-01', null] },
  { name: 'BHIK', shortName: 'BHIK', cbsCode: 'GM0312', q4: ['2015-01-01', '2017-06-30'] },
] as const;

const ORGANISATIONS = [
  {
    name: 'Rabobank Heuvelrug',
    kind: OrganisationKind.BANK,
    cbsCode: 'GM0355',
    website: 'https://www.rabobank.nl',
  },
  {
    name: 'Nationaal Park Utrechtse Heuvelrug',
    kind: OrganisationKind.NATURE_PARK,
    cbsCode: 'GM1581',
    website: 'https://www.np-utrechtseheuvelrug.nl',
  },
  { name: 'U10', kind: OrganisationKind.MUNICIPAL_NETWORK, cbsCode: 'GM0344', website: 'https://www.u10.nl' },
  {
    name: 'Utrecht Science Park',
    kind: OrganisationKind.KNOWLEDGE_INSTITUTE,
    cbsCode: 'GM0344',
    website: 'https://www.utrechtsciencepark.nl',
  },
  {
    name: 'Economic Board Utrecht',
    kind: OrganisationKind.ECONOMIC_BOARD,
    cbsCode: 'GM0344',
    website: 'https://www.economicboardutrecht.nl',
  },
  { name: 'Revius Lyceum Doorn', kind: OrganisationKind.SCHOOL, cbsCode: 'GM1581', website: null },
  { name: 'Christelijk Lyceum Zeist', kind: OrganisationKind.SCHOOL, cbsCode: 'GM0355', website: null },
  { name: 'Werk bij Duurstede', kind: OrganisationKind.OTHER, cbsCode: 'GM0352', website: null },
];

/** The chairs who signed the 2017 review. */
export const PEOPLE = ['Lex Geerts', 'Hardy Smit', 'Frans van Beek', 'Theo Sack'];

type DemoPlan = [title: string, description: string | null, status: BoardPlanStatus, result: string | null];

/**
 * The board's agenda per year. 2017's is what the board aimed at (the review of 2017's first paragraph) and
 * how far it got; 2018's is the review's "Agenda 2018", judged after that year; later years are made up.
 */
const PLANS: Record<number, DemoPlan[]> = {
  2017: [
    [
      'Beïnvloeding van de politiek',
      'De aandachtspunten van de ondernemers bij alle politieke partijen in de vijf gemeenten.',
      BoardPlanStatus.DONE,
      'Alle politieke partijen in de vijf Q4-gemeenten benaderd; een aantal zegde toe de punten mee te nemen.',
    ],
    [
      'Een systeem voor regionale inkoop door gemeenten',
      'Een database van regionale leveranciers waaruit ambtenaren kunnen kiezen.',
      BoardPlanStatus.PARTLY_DONE,
      'De gemeenten werken mee; de database wordt nog vormgegeven.',
    ],
    [
      'Sociaal ondernemen naar het model van Werk bij Duurstede',
      null,
      BoardPlanStatus.PARTLY_DONE,
      'Nog in overleg met de gemeenten; ook gemeenten buiten de regio omarmen het model.',
    ],
    [
      'Meer netwerkactiviteit',
      'Een regionale netwerkbijeenkomst waarbij gemeentegrenzen niet leidend zijn.',
      BoardPlanStatus.NOT_DONE,
      'Verschoven naar maart 2018, samen met Rabobank Heuvelrug.',
    ],
  ],
  2018: [
    [
      'De banden aanhalen met Utrecht Science Park',
      null,
      BoardPlanStatus.DONE,
      'Kennismaking in mei; Utrecht Science Park is medegastheer van de netwerkbijeenkomst 2019.',
    ],
    [
      'De banden aanhalen met de Economic Board Utrecht (EBU)',
      null,
      BoardPlanStatus.DONE,
      'Kennismaking in mei; de EBU is medegastheer van de netwerkbijeenkomst 2019.',
    ],
    [
      'Concrete concepten waar ondernemers voordeel van ervaren',
      'Vanuit de gedachte dat het collectief van ondernemersverenigingen en gemeenten in de regio belangrijker is dan de individuele gemeenten.',
      BoardPlanStatus.PARTLY_DONE,
      'De regionale leveranciersdatabase is in gebruik; sociaal ondernemen is nog niet in alle gemeenten rond.',
    ],
  ],
  2019: [
    [
      'Elke gemeente nodigt bij opdrachten onder de drempel een regionale leverancier uit',
      null,
      BoardPlanStatus.PARTLY_DONE,
      'Vier van de vijf gemeenten doen het; Bunnik nog niet altijd.',
    ],
    ['De tweede regionale netwerkbijeenkomst', null, BoardPlanStatus.DONE, 'Gehouden in maart in Zeist.'],
  ],
};

/** The agenda of this year (half judged) and of next year, so the current review has plans too. */
function currentPlans(year: number): Record<number, DemoPlan[]> {
  return {
    [year]: [
      [
        'Regionale inkoop: twee regionale leveranciers per uitnodiging',
        null,
        BoardPlanStatus.PARTLY_DONE,
        'De gemeenten nodigen vaker regionale leveranciers uit; nog niet bij elke opdracht twee.',
      ],
      ['Een netwerkbijeenkomst in elke Q4-gemeente', null, BoardPlanStatus.PLANNED, null],
    ],
    [year + 1]: [
      [
        'Het kansenbord in alle vijf gemeenten',
        'Sociaal ondernemen ook in De Bilt en Utrechtse Heuvelrug.',
        BoardPlanStatus.PLANNED,
        null,
      ],
      ['Samenwerking met Utrecht Science Park verdiepen', null, BoardPlanStatus.PLANNED, null],
    ],
  };
}

export async function seedCore(ctx: Context): Promise<void> {
  const { em } = ctx;
  const municipalities = await em.save(MUNICIPALITIES.map((m) => em.create(Municipality, m)));
  const byCode = new Map(municipalities.map((m) => [m.cbsCode, m]));

  const associations = await em.save(
    ASSOCIATIONS.map((a) =>
      em.create(Association, {
        name: a.name,
        shortName: a.shortName,
        website: null,
        municipalityId: byCode.get(a.cbsCode)!.id,
      }),
    ),
  );
  await em.save(
    associations.map((association, i) =>
      em.create(RegioQ4Membership, {
        associationId: association.id,
        since: ASSOCIATIONS[i].q4[0],
        until: ASSOCIATIONS[i].q4[1],
      }),
    ),
  );
  const associationByCode = new Map<string, Association>(
    ASSOCIATIONS.map((a, i) => [a.cbsCode, associations[i]]),
  );

  await em.save(
    ORGANISATIONS.map((o) =>
      em.create(Organisation, {
        name: o.name,
        kind: o.kind,
        website: o.website,
        municipalityId: byCode.get(o.cbsCode)!.id,
      }),
    ),
  );
  await em.save(PEOPLE.map((name) => em.create(Person, { name, email: null })));

  const currentYear = Number(todayInAmsterdam().slice(0, 4));
  const plans = { ...PLANS, ...currentPlans(currentYear) };
  await em.insert(
    BoardPlan,
    Object.entries(plans).flatMap(([year, points]) =>
      points.map(([title, description, status, result], position) => ({
        year: Number(year),
        title,
        description,
        status,
        result,
        position,
      })),
    ),
  );

  const generated = Array.from({ length: DEMO_BUSINESS_COUNT }, (_, i) => syntheticBusiness(i));
  const businesses = await em.save(
    generated.map(({ cbsCode, ...b }) =>
      em.create(Business, { ...b, municipalityId: byCode.get(cbsCode)!.id }),
    ),
    { chunk: 100 },
  );
  const memberships: Partial<BusinessMembership>[] = [];
  businesses.forEach((business, i) => {
    const association = associationByCode.get(generated[i].cbsCode);
    const membership = syntheticMembership(i);
    if (association && membership) {
      memberships.push({ businessId: business.id, associationId: association.id, ...membership });
    }
  });
  await em.save(
    memberships.map((m) => em.create(BusinessMembership, m)),
    { chunk: 200 },
  );
}
