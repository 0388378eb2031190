import type { Context } from '../../kit';
import { amsterdamDayAt, setSubjectAddress, todayInAmsterdam } from '../../kit';
import { Business, DEMO_MEMBER_KVK, Municipality, Organisation } from '../core';
import { awardWithSocialReturn, socialReturnOfAward } from '../procurement';
import { Candidate } from './candidate.entity';
import { newPseudonym, newPseudonymKey } from './candidate.service';
import { Opportunity } from './opportunity.entity';
import { SocialEnterpriseParticipation } from './participation.entity';
import { ProjectInterest } from './project-interest.entity';
import { Placement, PlacementTransition } from './placement.entity';
import { TargetGroup } from './candidate.enum';
import { OpportunityKind, OpportunityStatus, PosterKind } from './opportunity.enum';
import { ParticipationStatus } from './participation.enum';
import { PlacementStage } from './placement.enum';
import { SocialReturnCredit, SocialReturnRate } from './social-return.entity';
import { splitCredit } from './social-return.service';

/** The demo coach: `npm run -s token -- --role COACH --sub demo-coach --name "Coach Demo"`. */
export const DEMO_COACH = { subject: 'demo-coach', name: 'Coach Demo' };

/**
 * Each municipality's history with the model. Wijk bij Duurstede runs it since 2016 (Werk bij Duurstede); in
 * 2017 Regio Q4 was in talks with the other four, and Amersfoort and Houten, outside the region, embraced it
 * too (the board's review of 2017: "nog in overleg met de gemeenten ... ook buiten onze regio").
 */
const PARTICIPATION: [cbsCode: string, status: ParticipationStatus, since: string][] = [
  ['GM0352', ParticipationStatus.ADOPTED, '2016-09-01'],
  ['GM0355', ParticipationStatus.IN_TALKS, '2017-03-01'],
  ['GM0355', ParticipationStatus.ADOPTED, '2024-01-15'],
  ['GM0310', ParticipationStatus.IN_TALKS, '2017-05-15'],
  ['GM0310', ParticipationStatus.DECLINED, '2018-11-20'],
  ['GM0310', ParticipationStatus.IN_TALKS, '2025-10-01'],
  ['GM1581', ParticipationStatus.IN_TALKS, '2017-09-01'],
  ['GM1581', ParticipationStatus.DECLINED, '2019-04-01'],
  ['GM1581', ParticipationStatus.IN_TALKS, '2025-03-01'],
  ['GM0312', ParticipationStatus.IN_TALKS, '2017-10-02'],
  ['GM0312', ParticipationStatus.DECLINED, '2025-06-12'],
  // Outside the region: Amersfoort and Houten heard of it in 2017; Houten adopted it in 2018.
  ['GM0307', ParticipationStatus.IN_TALKS, '2017-06-01'],
  ['GM0307', ParticipationStatus.DECLINED, '2019-02-01'],
  ['GM0307', ParticipationStatus.IN_TALKS, '2026-02-01'],
  ['GM0321', ParticipationStatus.IN_TALKS, '2017-11-01'],
  ['GM0321', ParticipationStatus.ADOPTED, '2018-09-03'],
];

type Poster = { business?: Business; organisation?: Organisation; municipality?: Municipality };

const CANDIDATES: Omit<
  Candidate,
  | 'id'
  | 'globalId'
  | 'municipalityId'
  | 'pseudonym'
  | 'pseudonymKey'
  | 'coachSubject'
  | 'coachName'
  | 'erasedAt'
  | 'createdAt'
  | 'updatedAt'
>[] = [
  {
    name: 'Sanne de Wit',
    email: 'sanne.dewit@example.nl',
    phone: '+31 6 1111 2222',
    birthYear: 2009,
    targetGroup: TargetGroup.PUPIL,
    school: 'Revius Lyceum Doorn',
    interests: 'Bakken, klantcontact',
    skills: ['kassa', 'klantvriendelijk'],
    availability: 'zaterdag en vakanties',
    supportNeeds: null,
    consentGivenOn: '2026-03-02',
    consentPurposes: ['matching', 'sharing-profile'],
  },
  {
    name: 'Daan Verhoef',
    email: 'daan.verhoef@example.nl',
    phone: null,
    birthYear: 2005,
    targetGroup: TargetGroup.INTERN,
    school: 'ROC Midden Nederland',
    interests: 'Administratie, ICT',
    skills: ['Excel', 'boekhouden'],
    availability: 'ma–do',
    supportNeeds: null,
    consentGivenOn: '2026-01-20',
    consentPurposes: ['matching'],
  },
  {
    name: 'Mohamed El Amrani',
    email: 'm.elamrani@example.nl',
    phone: '+31 6 3333 4444',
    birthYear: 1988,
    targetGroup: TargetGroup.ASPIRING_EMPLOYEE,
    school: null,
    interests: 'Techniek, buiten werken',
    skills: ['rijbewijs B', 'groenonderhoud'],
    availability: 'fulltime',
    supportNeeds: null,
    consentGivenOn: '2025-11-04',
    consentPurposes: ['matching', 'sharing-profile'],
  },
  {
    name: 'Ilse Bakker',
    email: null,
    phone: '+31 6 5555 6666',
    birthYear: 1979,
    targetGroup: TargetGroup.LABOUR_DISABILITY,
    school: null,
    interests: 'Ordenen, magazijnwerk',
    skills: ['orderpicken', 'nauwkeurig'],
    availability: 'ochtenden',
    supportNeeds: 'Vaste werkplek en vaste collega; korte instructies op papier.',
    consentGivenOn: '2025-09-15',
    consentPurposes: ['matching', 'sharing-profile', 'social-return'],
  },
  {
    name: 'Ruben Hoekstra',
    email: 'ruben.h@example.nl',
    phone: null,
    birthYear: 1996,
    targetGroup: TargetGroup.LABOUR_DISABILITY,
    school: null,
    interests: 'Houtbewerking',
    skills: ['timmeren', 'schuren'],
    availability: 'ma–wo',
    supportNeeds: 'Jobcoach op de werkvloer in de eerste maanden.',
    consentGivenOn: '2025-12-01',
    consentPurposes: ['matching', 'sharing-profile', 'social-return'],
  },
  {
    name: 'Fleur Jansen',
    email: 'fleur.jansen@example.nl',
    phone: null,
    birthYear: 2008,
    targetGroup: TargetGroup.PUPIL,
    school: 'Christelijk Lyceum Zeist',
    interests: 'Dieren, natuur',
    skills: ['zorgzaam'],
    availability: 'woensdagmiddag',
    supportNeeds: null,
    consentGivenOn: '2026-02-10',
    consentPurposes: ['matching'],
  },
  {
    name: 'Kees van Dijk',
    email: 'kees.vandijk@example.nl',
    phone: '+31 6 7777 8888',
    birthYear: 1968,
    targetGroup: TargetGroup.ASPIRING_EMPLOYEE,
    school: null,
    interests: 'Logistiek, chauffeur',
    skills: ['rijbewijs C', 'planning'],
    availability: 'fulltime',
    supportNeeds: null,
    consentGivenOn: '2026-04-01',
    consentPurposes: ['matching', 'sharing-profile'],
  },
  {
    name: 'Noor Visser',
    email: 'noor.visser@example.nl',
    phone: null,
    birthYear: 2003,
    targetGroup: TargetGroup.INTERN,
    school: 'Hogeschool Utrecht',
    interests: 'Communicatie',
    skills: ['schrijven', 'social media'],
    availability: 'hele week',
    supportNeeds: null,
    consentGivenOn: '2026-05-12',
    consentPurposes: ['matching', 'sharing-profile'],
  },
];

/** Where each placement ends up: candidate, opportunity (index into the posted list) and the path taken. */
const PLACEMENTS: [candidate: number, opportunity: number, path: PlacementStage[]][] = [
  [0, 0, [PlacementStage.PROPOSED]],
  [5, 0, [PlacementStage.PROPOSED, PlacementStage.INTRODUCED]],
  [1, 5, [PlacementStage.PROPOSED, PlacementStage.INTRODUCED, PlacementStage.TRIAL]],
  [3, 2, [PlacementStage.PROPOSED, PlacementStage.INTRODUCED, PlacementStage.TRIAL, PlacementStage.PLACED]],
  [
    4,
    3,
    [
      PlacementStage.PROPOSED,
      PlacementStage.INTRODUCED,
      PlacementStage.TRIAL,
      PlacementStage.PLACED,
      PlacementStage.COMPLETED,
    ],
  ],
  [2, 4, [PlacementStage.PROPOSED, PlacementStage.INTRODUCED, PlacementStage.TRIAL, PlacementStage.ENDED]],
  [6, 1, [PlacementStage.PROPOSED, PlacementStage.DECLINED]],
  [7, 8, [PlacementStage.PROPOSED, PlacementStage.INTRODUCED]],
];

const NOTES: Partial<Record<PlacementStage, string>> = {
  PROPOSED: 'Past goed bij de vacature; kandidaat is enthousiast.',
  INTRODUCED: 'Kennismaking verliep goed.',
  TRIAL: 'Proefplaatsing van vier weken afgesproken.',
  PLACED: 'Contract voor zes maanden getekend.',
  COMPLETED: 'Afgerond; werkgever wil opnieuw iemand plaatsen.',
  ENDED: 'Gestopt na de proefperiode: reistijd te lang.',
  DECLINED: 'Kandidaat koos voor een andere baan.',
};

/**
 * Demo data: the Werk bij Duurstede board with opportunities of every kind from demo businesses (the docs'
 * demo member among them), the municipality of Wijk bij Duurstede, a school and Werk bij Duurstede itself;
 * candidates of every target group (fictional people) with one demo coach; placements at every stage with
 * their history; participation of the five and one municipality outside the region; and, when the demo data
 * holds an award with a social-return obligation (procurement's demo requests), a placement with its supplier
 * credited to it.
 */
export async function seedSocialEnterprise(ctx: Context): Promise<void> {
  const { em } = ctx;
  const municipalities = await em.find(Municipality);
  const byCode = new Map(municipalities.map((m) => [m.cbsCode, m]));
  if (!byCode.has('GM0352')) return;
  // Addresses for the board's mails (tokens carry none): the demo coach, and 'demo' who posted the openings.
  await setSubjectAddress(ctx, DEMO_COACH.subject, 'coach@werkbedrijf.example.nl');
  await setSubjectAddress(ctx, 'demo', 'werkgever@regioq4.example.nl');
  await em.insert(
    SocialEnterpriseParticipation,
    PARTICIPATION.filter(([code]) => byCode.has(code)).map(([code, status, since]) => ({
      municipalityId: byCode.get(code)!.id,
      status,
      since,
    })),
  );

  const wijk = byCode.get('GM0352')!;
  const demoMember = await em.findOneBy(Business, { kvkNumber: DEMO_MEMBER_KVK });
  const localBusinesses = await em.find(Business, {
    where: { municipalityId: wijk.id },
    order: { kvkNumber: 'ASC' },
    take: 3,
  });
  const school = await em.findOneBy(Organisation, { name: 'Revius Lyceum Doorn' });
  const board = await em.findOneBy(Organisation, { name: 'Werk bij Duurstede' });
  const inDays = (days: number) => todayInAmsterdam(amsterdamDayAt(days, '12:00'));
  const [bakery, garage, shop] = [
    localBusinesses[0],
    localBusinesses[1] ?? demoMember,
    localBusinesses[2] ?? demoMember,
  ];
  const posts: [Poster, Partial<Opportunity>][] = [
    [
      { business: bakery },
      {
        kind: OpportunityKind.HOLIDAY_JOB,
        title: 'Vakantiehulp winkel',
        places: 2,
        targetGroups: [TargetGroup.PUPIL],
      },
    ],
    [
      { business: demoMember ?? bakery },
      {
        kind: OpportunityKind.JOB,
        title: 'Allround timmerman',
        hoursPerWeek: 32,
        targetGroups: [TargetGroup.ASPIRING_EMPLOYEE, TargetGroup.LABOUR_DISABILITY],
      },
    ],
    [
      { business: garage },
      {
        kind: OpportunityKind.WORK_TRIAL,
        title: 'Proefplaatsing magazijn',
        hoursPerWeek: 20,
        targetGroups: [TargetGroup.LABOUR_DISABILITY],
      },
    ],
    [
      { business: demoMember ?? garage },
      {
        kind: OpportunityKind.APPRENTICESHIP,
        title: 'Leerling-timmerman (BBL)',
        hoursPerWeek: 32,
        targetGroups: [TargetGroup.LABOUR_DISABILITY, TargetGroup.INTERN],
      },
    ],
    [
      { municipality: wijk },
      {
        kind: OpportunityKind.JOB,
        title: 'Medewerker buitendienst',
        hoursPerWeek: 36,
        places: 2,
        targetGroups: [TargetGroup.ASPIRING_EMPLOYEE],
      },
    ],
    [
      { organisation: school ?? undefined, municipality: wijk },
      {
        kind: OpportunityKind.INTERNSHIP,
        title: 'Stage administratie schoolbureau',
        hoursPerWeek: 24,
        targetGroups: [TargetGroup.INTERN],
      },
    ],
    [
      { municipality: wijk },
      {
        kind: OpportunityKind.PROJECT,
        title: 'Bankjes langs de Lek opknappen',
        description: 'Schuren en schilderen van twintig bankjes; offertes van lokale bedrijven welkom.',
      },
    ],
    [
      { organisation: board ?? undefined },
      { kind: OpportunityKind.VOLUNTEERING, title: 'Maatje bij de voedselbank', hoursPerWeek: 4, places: 3 },
    ],
    [
      { business: shop },
      {
        kind: OpportunityKind.INTERNSHIP,
        title: 'Stage marketing',
        hoursPerWeek: 32,
        targetGroups: [TargetGroup.INTERN],
      },
    ],
    [
      { business: bakery },
      {
        kind: OpportunityKind.HOLIDAY_JOB,
        title: 'Kerstvakantie inpakhulp',
        status: OpportunityStatus.CLOSED,
      },
    ],
  ];
  const opportunities: Opportunity[] = [];
  for (const [poster, fields] of posts) {
    const posterKind = poster.business
      ? PosterKind.BUSINESS
      : poster.organisation
        ? PosterKind.ORGANISATION
        : PosterKind.MUNICIPALITY;
    const municipalityId =
      poster.business?.municipalityId ??
      poster.municipality?.id ??
      poster.organisation?.municipalityId ??
      wijk.id;
    const { identifiers } = await em.insert(Opportunity, {
      places: 1,
      description: '',
      hoursPerWeek: null,
      targetGroups: [],
      startDate: inDays(30),
      closingDate: inDays(14),
      status: OpportunityStatus.OPEN,
      ...fields,
      posterKind,
      municipalityId,
      businessId: poster.business?.id ?? null,
      organisationId: posterKind === PosterKind.ORGANISATION ? poster.organisation!.id : null,
      createdBySubject: 'demo',
      createdByName: poster.business ? 'Demo Ondernemer' : 'Demo Medewerker',
    });
    opportunities.push(await em.findOneByOrFail(Opportunity, { id: identifiers[0].id as string }));
  }

  // A local painter has answered the municipal project (docs/self-service.md): its poster sees the answer.
  const project = opportunities.find(
    (o) => o.kind === OpportunityKind.PROJECT && o.posterKind === PosterKind.MUNICIPALITY,
  );
  const [painter] = (await em.query(
    `SELECT b.id FROM supplier_profile p JOIN business b ON b.id = p.business_id
       JOIN municipality m ON m.id = b.municipality_id
      WHERE p.active AND m.in_region ORDER BY (b.municipality_id = $1) DESC, b.kvk_number LIMIT 1`,
    [wijk.id],
  )) as { id: string }[];
  if (project && painter) {
    await em.insert(ProjectInterest, {
      opportunityId: project.id,
      businessId: painter.id,
      note: 'Wij hebben ervaring met buitenschilderwerk aan straatmeubilair en komen graag kijken.',
    });
  }

  const candidates: Candidate[] = [];
  for (const candidate of CANDIDATES) {
    const { identifiers } = await em.insert(Candidate, {
      ...candidate,
      municipalityId:
        candidate.targetGroup === TargetGroup.PUPIL ? (byCode.get('GM1581') ?? wijk).id : wijk.id,
      pseudonym: newPseudonym(),
      pseudonymKey: newPseudonymKey(),
      coachSubject: DEMO_COACH.subject,
      coachName: DEMO_COACH.name,
    });
    candidates.push(await em.findOneByOrFail(Candidate, { id: identifiers[0].id as string }));
  }

  for (const [candidateIndex, opportunityIndex, path] of PLACEMENTS) {
    const opportunity = opportunities[opportunityIndex];
    await insertPlacement(ctx, candidates[candidateIndex], opportunity.id, path);
    if (path.at(-1) === PlacementStage.PLACED && opportunity.places === 1) {
      await em.update(Opportunity, opportunity.id, { status: OpportunityStatus.FILLED });
    }
  }

  // Social return: when the demo data holds an award with an obligation, its supplier takes on a candidate
  // through the board and that placement is credited to the award.
  const award = await awardWithSocialReturn(ctx);
  if (!award) return;
  const { identifiers } = await em.insert(Opportunity, {
    kind: OpportunityKind.JOB,
    title: 'Medewerker uitvoering (social return)',
    description: 'Een baan bij de opdrachtnemer van een gemeentelijke opdracht, als social return.',
    municipalityId: (await em.findOneByOrFail(Business, { id: award.businessId })).municipalityId,
    posterKind: PosterKind.BUSINESS,
    businessId: award.businessId,
    organisationId: null,
    places: 1,
    status: OpportunityStatus.FILLED,
    targetGroups: [TargetGroup.ASPIRING_EMPLOYEE],
    createdBySubject: 'demo',
    createdByName: 'Demo Ondernemer',
  });
  const candidate = candidates[2];
  const path = [PROPOSED, INTRODUCED, TRIAL, PlacementStage.PLACED];
  // Placed some seven months ago, so that six months can be credited (never more than were placed).
  const placementId = await insertPlacement(ctx, candidate, identifiers[0].id as string, path, 215);
  const rate = await em.findOneByOrFail(SocialReturnRate, {
    targetGroup: candidate.targetGroup,
    minMonths: 6,
  });
  const { obligation } = (await socialReturnOfAward(ctx, award.awardId))!;
  await em.insert(SocialReturnCredit, {
    awardId: award.awardId,
    placementId,
    months: 6,
    ...splitCredit(rate.value, obligation, 0),
    creditedAt: new Date(),
    creditedBySubject: DEMO_COACH.subject,
    creditedByName: DEMO_COACH.name,
  });
}

const { PROPOSED, INTRODUCED, TRIAL } = PlacementStage;

/** A placement that went along `path`, one step every 12 days, the last `lastStepDaysAgo`, with its history. */
async function insertPlacement(
  ctx: Context,
  candidate: Candidate,
  opportunityId: string,
  path: PlacementStage[],
  lastStepDaysAgo = 17,
) {
  const start = amsterdamDayAt(-12 * (path.length - 1) - lastStepDaysAgo, '10:00');
  const at = (step: number) => new Date(start.getTime() + step * 12 * 24 * 3600 * 1000);
  const { identifiers } = await ctx.em.insert(Placement, {
    candidateId: candidate.id,
    opportunityId,
    stage: path.at(-1)!,
    stageSince: at(path.length - 1),
    createdAt: start,
  });
  const placementId = identifiers[0].id as string;
  await ctx.em.insert(
    PlacementTransition,
    path.map((to, step) => ({
      placementId,
      candidateId: candidate.id,
      from: step === 0 ? null : path[step - 1],
      to,
      at: at(step),
      actorSubject: DEMO_COACH.subject,
      actorName: DEMO_COACH.name,
      note: NOTES[to] ?? null,
    })),
  );
  return placementId;
}
