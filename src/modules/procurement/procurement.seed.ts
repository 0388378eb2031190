import type { Context } from '../../kit';
import { random } from '../../kit';
import { Business, contactSurname, DEMO_MEMBER_KVK, Municipality } from '../core';
import { seedProcurementRequests } from './procurement-requests.seed';
import {
  SupplierCategory,
  SupplierCertification,
  SupplierMunicipality,
  SupplierProfile,
} from './supplier-profile.entity';

/** What a business of a trade (by its first SBI code) offers as a supplier (also the bench's data set). */
export const OFFERS: Record<
  string,
  { cpv: string[]; description: string; certifications: SupplierCertification[] }
> = {
  '4334': {
    cpv: ['45442100', '45442110'],
    description: 'Schilderwerk binnen en buiten, onderhoudsschilderwerk van gebouwen en beglazing.',
    certifications: [SupplierCertification.VCA],
  },
  '4322': {
    cpv: ['45310000', '45330000'],
    description: 'Elektrotechnische installaties, verwarming, sanitair en een storingsdienst.',
    certifications: [SupplierCertification.VCA, SupplierCertification.ISO_9001],
  },
  '8130': {
    cpv: ['77310000', '45112710'],
    description: 'Groenonderhoud en aanleg van tuinen, parken en openbaar groen.',
    certifications: [SupplierCertification.VCA],
  },
  '5621': {
    cpv: ['55520000'],
    description: 'Catering voor vergaderingen, recepties en evenementen, met streekproducten.',
    certifications: [],
  },
  '8121': {
    cpv: ['90910000', '90911200', '90911300'],
    description: 'Schoonmaak van kantoren en gemeentelijke gebouwen, glasbewassing.',
    certifications: [SupplierCertification.ISO_14001],
  },
  '6202': {
    cpv: ['72000000', '72250000', '72212000'],
    description: 'Softwareontwikkeling, beheer van netwerken en werkplekken, hosting.',
    certifications: [SupplierCertification.ISO_27001, SupplierCertification.ISO_9001],
  },
  '1812': {
    cpv: ['79810000', '79800000'],
    description: 'Drukwerk: folders, huisstijl, jaarverslagen en publicaties.',
    certifications: [SupplierCertification.ISO_14001],
  },
  '7022': {
    cpv: ['79411000'],
    description: 'Advies over organisatie, bedrijfsvoering en regionale economie.',
    certifications: [SupplierCertification.ISO_9001],
  },
  '4120': {
    cpv: ['45210000', '45262700'],
    description: 'Nieuwbouw, verbouw en renovatie van woningen en gebouwen.',
    certifications: [SupplierCertification.VCA, SupplierCertification.CO2_LADDER],
  },
  '4332': {
    cpv: ['45421000'],
    description: 'Timmerwerk: kozijnen, deuren, trappen en onderhoud van houtwerk.',
    certifications: [SupplierCertification.VCA],
  },
  '6910': { cpv: ['79100000'], description: 'Juridisch advies en procesvoering.', certifications: [] },
  '6920': {
    cpv: ['79212000'],
    description: 'Accountantscontrole, jaarrekeningen en belastingadvies.',
    certifications: [],
  },
  '4941': {
    cpv: ['60100000'],
    description: 'Wegtransport en koeriersdiensten in de regio.',
    certifications: [SupplierCertification.CO2_LADDER],
  },
  '7111': {
    cpv: ['71200000'],
    description: 'Architectuur en bouwkundig ontwerp van gebouwen en openbare ruimte.',
    certifications: [],
  },
  '4520': {
    cpv: ['50112000'],
    description: 'Onderhoud en reparatie van bedrijfswagens en dienstauto’s.',
    certifications: [],
  },
  '0161': {
    cpv: ['77100000'],
    description: 'Loonwerk: maaien, grondverzet en onderhoud van bermen en sloten.',
    certifications: [SupplierCertification.VCA],
  },
  '8691': { cpv: ['85142100'], description: 'Fysiotherapie en bedrijfsfysiotherapie.', certifications: [] },
};

const FIRST_NAMES = [
  'Anne',
  'Bram',
  'Carla',
  'Daan',
  'Eva',
  'Fleur',
  'Gert',
  'Hanna',
  'Joost',
  'Lotte',
  'Mark',
  'Noor',
];

/** Suppliers outside the region (and one named one in Zeist), so region filters and shares mean something. */
const EXTRA_BUSINESSES = [
  {
    kvkNumber: '90000011',
    name: 'Schildersbedrijf De Kwast',
    street: 'Slotlaan',
    houseNumber: '12',
    postcode: '3701 GB',
    city: 'Zeist',
    cbsCode: 'GM0355',
    sbi: '4334',
  },
  {
    kvkNumber: '90000022',
    name: 'Utrechtse Schilders Combinatie',
    street: 'Kanaalweg',
    houseNumber: '80',
    postcode: '3526 KM',
    city: 'Utrecht',
    cbsCode: 'GM0344',
    sbi: '4334',
  },
  {
    kvkNumber: '90000033',
    name: 'Houtens Installatiebedrijf',
    street: 'Meidoornkade',
    houseNumber: '20',
    postcode: '3992 AE',
    city: 'Houten',
    cbsCode: 'GM0321',
    sbi: '4322',
  },
  {
    kvkNumber: '90000044',
    name: 'Amersfoort Groen',
    street: 'Nijverheidsweg-Noord',
    houseNumber: '5',
    postcode: '3812 PK',
    city: 'Amersfoort',
    cbsCode: 'GM0307',
    sbi: '8130',
  },
  {
    kvkNumber: '90000055',
    name: 'Domstad ICT',
    street: 'Croeselaan',
    houseNumber: '1',
    postcode: '3521 BJ',
    city: 'Utrecht',
    cbsCode: 'GM0344',
    sbi: '6202',
  },
  {
    kvkNumber: '90000066',
    name: 'Werkbedrijf Schoon & Samen',
    street: 'Lekdijk',
    houseNumber: '3',
    postcode: '3961 MA',
    city: 'Wijk bij Duurstede',
    cbsCode: 'GM0352',
    sbi: '8121',
  },
];

export async function seedProcurement(ctx: Context): Promise<void> {
  const { em } = ctx;
  const municipalities = await em.find(Municipality, { order: { cbsCode: 'ASC' } });
  const byCode = new Map(municipalities.map((m) => [m.cbsCode, m]));
  const region = municipalities.filter((m) => m.inRegion);
  await em.save(
    EXTRA_BUSINESSES.map(({ cbsCode, sbi, ...b }) =>
      em.create(Business, {
        ...b,
        sbiCodes: [sbi],
        website: null,
        municipalityId: byCode.get(cbsCode)!.id,
        // Established suppliers: registered long before the years the figures cover.
        registeredOn: '2012-03-01',
      }),
    ),
  );
  const businesses = await em.find(Business, { order: { kvkNumber: 'ASC' } });
  const next = random(2018_0621);
  const profiles: Partial<SupplierProfile>[] = [];
  const offers: string[][] = [];
  const served: string[][] = [];
  for (const business of businesses) {
    const offer = OFFERS[business.sbiCodes[0]];
    const extra = business.kvkNumber.startsWith('900000');
    // The demo member always has a profile: the playground's member tab quotes with it.
    const demoMember = business.kvkNumber === DEMO_MEMBER_KVK;
    if (!offer || (!extra && next() > 0.7 && !demoMember)) continue;
    const first = FIRST_NAMES[Math.floor(next() * FIRST_NAMES.length)];
    const surname = contactSurname(business.name, business.kvkNumber);
    profiles.push({
      // Fixed ids: the shortlist breaks ties by id, so the demo requests come out the same on every load.
      id: `5eed0010-0000-4000-8000-${String(profiles.length + 1).padStart(12, '0')}`,
      businessId: business.id,
      description: offer.description,
      certifications: offer.certifications.filter(() => next() < 0.7),
      socialEnterprise: business.name.startsWith('Werkbedrijf') || next() < 0.07,
      active: extra || next() > 0.03 || demoMember,
      contactName: `${first} ${surname}`,
      contactEmail: `${first.toLowerCase()}@${business.kvkNumber}.example.nl`,
      contactPhone: `030 ${String(2_000_000 + Math.floor(next() * 7_000_000)).replace(/(\d{3})(\d{4})/, '$1 $2')}`,
    });
    offers.push(next() < 0.5 ? offer.cpv : offer.cpv.slice(0, 1));
    served.push(region.filter((m) => m.id !== business.municipalityId && next() < 0.3).map((m) => m.id));
  }
  const saved = await em.save(
    profiles.map((p) => em.create(SupplierProfile, p)),
    { chunk: 100 },
  );
  await em.insert(
    SupplierCategory,
    saved.flatMap((profile, i) => offers[i].map((cpvCode) => ({ profileId: profile.id, cpvCode }))),
  );
  const servedRows = saved.flatMap((profile, i) =>
    served[i].map((municipalityId) => ({ profileId: profile.id, municipalityId })),
  );
  if (servedRows.length > 0) await em.insert(SupplierMunicipality, servedRows);
  await seedProcurementRequests(ctx);
}
