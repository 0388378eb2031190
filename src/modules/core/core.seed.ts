import { Association } from './association.entity';
import { Business } from './business.entity';
import { BusinessMembership } from './business-membership.entity';
import type { Context } from '../../kit';
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
  { name: 'Zakelijk Heuvelrug', shortName: 'ZH', cbsCode: 'GM1581', q4: ['2015-01-01', null] },
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
