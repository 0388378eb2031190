import { DateTime } from 'luxon';
import type { Context, UserError, Viewer } from '../../kit';
import {
  amsterdamDayAt,
  ANONYMOUS,
  random,
  Role,
  setSubjectAddress,
  TIME_ZONE,
  toGlobalId,
  ViewerKind,
} from '../../kit';
import { Business, DEMO_MEMBER_KVK, Municipality } from '../core';
import { awardRequest, submitQuote } from './award.service';
import { answerQuestion, askQuestion } from './question.service';
import { Invitation } from './invitation.entity';
import { ProcurementRequestStatus } from './procurement-request.entity';
import {
  cancelRequest,
  closeRequest,
  confirmQuoteOpening,
  insertRequest,
  needsFourEyes,
  openQuotes,
} from './procurement-request.service';
import { DEFAULT_SIZE, inviteSuppliers, LOCAL_MINIMUM, suggest } from './shortlist.service';
import { SupplierProfile } from './supplier-profile.entity';
import { ProcurementProcedure } from './threshold.entity';

// Demo requests of the five municipalities, made through the module's own services (thresholds, shortlist,
// invitation log, quotes, awards) as their buyers and suppliers would, at the dates they would have: the
// figures, the OCDS export and the invitation log then hold what real use would have left behind.

interface Purchase {
  title: string;
  description: string;
  cpv: string;
  /** Estimated value range in cents. */
  value: [number, number];
  socialReturn: number;
}

const PURCHASES: Purchase[] = [
  {
    title: 'Schilderwerk gemeentehuis',
    description: 'Buitenschilderwerk van kozijnen en gevels van het gemeentehuis.',
    cpv: '45442100',
    value: [2_500_000, 9_000_000],
    socialReturn: 0,
  },
  {
    title: 'Groenonderhoud parken en plantsoenen',
    description: 'Maaien, snoeien en onderhoud van beplanting in parken en plantsoenen, twee seizoenen.',
    cpv: '77310000',
    value: [4_000_000, 14_000_000],
    socialReturn: 5,
  },
  {
    title: 'Catering raadsvergaderingen',
    description: 'Broodjes, koffie en diners bij raads- en commissievergaderingen.',
    cpv: '55520000',
    value: [800_000, 3_500_000],
    socialReturn: 0,
  },
  {
    title: 'Schoonmaak gemeentelijke gebouwen',
    description: 'Dagelijkse schoonmaak en periodieke glasbewassing van het gemeentehuis en de werf.',
    cpv: '90910000',
    value: [5_000_000, 18_000_000],
    socialReturn: 5,
  },
  {
    title: 'Beheer werkplekken en netwerk',
    description: 'Beheer van werkplekken, servers en het netwerk, met een servicedesk.',
    cpv: '72250000',
    value: [6_000_000, 20_000_000],
    socialReturn: 3,
  },
  {
    title: 'Drukwerk gemeentegids',
    description: 'Ontwerp, drukken en bezorgen van de gemeentegids.',
    cpv: '79810000',
    value: [1_000_000, 4_000_000],
    socialReturn: 0,
  },
  {
    title: 'Advies regionale economische agenda',
    description: 'Onderzoek en advies voor de economische agenda met de ondernemersverenigingen.',
    cpv: '79411000',
    value: [1_500_000, 6_000_000],
    socialReturn: 0,
  },
  {
    title: 'Elektrotechnische installatie sporthal',
    description: 'Vervangen van verlichting en groepenkasten in de gemeentelijke sporthal.',
    cpv: '45310000',
    value: [6_000_000, 14_000_000],
    socialReturn: 0,
  },
  {
    title: 'Vervangen kozijnen dorpshuis',
    description: 'Houten kozijnen en deuren van het dorpshuis vervangen.',
    cpv: '45421000',
    value: [4_000_000, 17_000_000],
    socialReturn: 0,
  },
  {
    title: 'Renovatie kinderboerderij',
    description: 'Verbouw en renovatie van de stallen en het bezoekerscentrum.',
    cpv: '45262700',
    value: [160_000_000, 260_000_000],
    socialReturn: 5,
  },
];

/** The five municipalities' demo buyers (civil servants; the log names them). */
const BUYERS: Record<string, string> = {
  GM0355: 'Marloes de Wit',
  GM0310: 'Peter van Rijn',
  GM0312: 'Sanne Koster',
  GM0352: 'Henk Roelofs',
  GM1581: 'Ilse Brouwer',
};

/** Second civil servants, who confirm the opening of quotes (four eyes). */
const SECOND_BUYERS: Record<string, string> = {
  GM0355: 'Joost Verhoeven',
  GM0310: 'Anouk de Graaf',
  GM0312: 'Ruben Smit',
  GM0352: 'Fleur Janssen',
  GM1581: 'Daan Willems',
};

/** What happens to the requests of one municipality in a year. */
const PAST_YEAR: ProcurementRequestStatus[] = [
  ProcurementRequestStatus.AWARDED,
  ProcurementRequestStatus.AWARDED,
  ProcurementRequestStatus.CANCELLED,
  ProcurementRequestStatus.AWARDED,
  ProcurementRequestStatus.AWARDED,
];
const CURRENT_YEAR: ProcurementRequestStatus[] = [
  ProcurementRequestStatus.AWARDED,
  ProcurementRequestStatus.CANCELLED,
  ProcurementRequestStatus.AWARDED,
  ProcurementRequestStatus.EVALUATING,
  ProcurementRequestStatus.INVITING,
  ProcurementRequestStatus.DRAFT,
];

/** Suppliers outside the region that a buyer now and then invites on top of the shortlist (and that may win). */
const OUTSIDE: Record<string, string> = {
  '45442100': '90000022',
  '45310000': '90000033',
  '77310000': '90000044',
  '72250000': '90000055',
};

interface Plan {
  municipality: Municipality;
  purchase: Purchase;
  status: ProcurementRequestStatus;
  value: number;
  /** The instant of each step: created, invited, deadline, closed/awarded; `unit` is one demo day. */
  createdAt: Date;
  unit: number;
  /** The demo member's open invitation (Zeist, its own trade, this year). */
  forDemoMember?: boolean;
}

const DAY = 24 * 3600 * 1000;

/** A context acting as `viewer` (a demo buyer or supplier), with loaders of its own. */
function asViewer(ctx: Context, viewer: Partial<Viewer>): Context {
  const scoped: Context = { ...ctx, viewer: { ...ANONYMOUS, kind: ViewerKind.PERSON, ...viewer } };
  scoped.loaders = ctx.createLoaders(scoped);
  return scoped;
}

function check<T extends { userErrors: UserError[] }>(what: string, result: T): T {
  if (result.userErrors.length > 0) {
    throw new Error(`demo procurement: ${what}: ${JSON.stringify(result.userErrors)}`);
  }
  return result;
}

/**
 * Plans for 2018–2019 (spread over February to November) and for this year up to `now`. None in 2017: the
 * database was still being designed then (the board's review of 2017), and came into use in 2018.
 */
function plans(municipalities: Municipality[], demoMemberCpv: string | null, now: Date, next: () => number) {
  const result: Plan[] = [];
  const currentYear = DateTime.fromJSDate(now, { zone: TIME_ZONE }).year;
  const yearStart = DateTime.fromObject({ year: currentYear }, { zone: TIME_ZONE }).toMillis();
  let turn = 0;
  const valueOf = (purchase: Purchase) => {
    const [low, high] = purchase.value;
    return Math.round((low + next() * (high - low)) / 10_000) * 10_000;
  };
  for (const year of [2018, 2019]) {
    for (const municipality of municipalities) {
      PAST_YEAR.forEach((status, index) => {
        const purchase = PURCHASES[turn++ % PURCHASES.length];
        const day = 30 + index * 60 + Math.floor(next() * 25);
        result.push({
          municipality,
          purchase,
          status,
          value: valueOf(purchase),
          createdAt: DateTime.fromObject({ year, hour: 10 }, { zone: TIME_ZONE })
            .plus({ days: day })
            .toJSDate(),
          unit: DAY,
        });
      });
    }
  }
  // This year: the finished requests fit between New Year and today, however early in the year it is.
  const span = now.getTime() - yearStart;
  for (const municipality of municipalities) {
    CURRENT_YEAR.forEach((status, index) => {
      const open = status === ProcurementRequestStatus.INVITING || status === ProcurementRequestStatus.DRAFT;
      const forDemoMember =
        demoMemberCpv !== null &&
        municipality.cbsCode === 'GM0355' &&
        status === ProcurementRequestStatus.INVITING;
      const purchase = forDemoMember
        ? (PURCHASES.find((p) => p.cpv === demoMemberCpv) ?? PURCHASES[0])
        : PURCHASES[turn++ % PURCHASES.length];
      const createdAt = new Date(yearStart + span * (open ? 0.9 + index * 0.01 : 0.1 + index * 0.12));
      result.push({
        municipality,
        purchase,
        status,
        value: valueOf(purchase),
        createdAt,
        // 30 demo days from creation end before now
        unit: open
          ? Math.min(DAY, (now.getTime() - createdAt.getTime()) / 2)
          : Math.min(DAY, (now.getTime() - createdAt.getTime()) / 30),
        forDemoMember,
      });
    });
  }
  return result.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * A closed request's deadline as a buyer sets one: noon (Amsterdam) on its 21st demo day, after the last quote
 * (day 20) and before closing (day 22). When this year's demo days are too short for that (early January),
 * the whole minute after day 21: never the seed's own seconds.
 */
function closedDeadline(at: (days: number) => Date): Date {
  const due = at(21);
  const noon = DateTime.fromJSDate(due, { zone: TIME_ZONE }).set({
    hour: 12,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
  if (noon.toMillis() > at(20).getTime() && noon.toMillis() < at(22).getTime()) return noon.toJSDate();
  return new Date(Math.ceil(due.getTime() / 60_000) * 60_000);
}

const PASSED_OVER_NOTES = [
  'Kreeg onlangs al een opdracht van de gemeente; een ander bedrijf krijgt een kans',
  'Gaf bij navraag aan in deze periode geen capaciteit te hebben',
];

/**
 * Requests at every stage for each of the five municipalities in 2018, 2019 and this year (relative to
 * `now`), with their shortlists, invitation logs, quotes and awards; the demo member gets an open invitation.
 */
export async function seedProcurementRequests(ctx: Context, now = new Date()): Promise<void> {
  const next = random(2017_1003);
  const municipalities = await ctx.em.find(Municipality, {
    where: { inRegion: true },
    order: { cbsCode: 'ASC' },
  });
  const demoMember = await ctx.em.findOneByOrFail(Business, { kvkNumber: DEMO_MEMBER_KVK });
  const demoProfile = await ctx.em.findOneByOrFail(SupplierProfile, { businessId: demoMember.id });
  const demoCategories = await ctx.loaders.procurement.categoriesByProfileId.load(demoProfile.id);
  const demoMemberCpv =
    demoCategories.map((c) => c.code).find((code) => PURCHASES.some((p) => p.cpv === code)) ?? null;
  // The buyers' addresses for the mails about their requests (quotes received): tokens carry none.
  for (const municipality of municipalities) {
    const code = municipality.cbsCode.toLowerCase();
    await setSubjectAddress(ctx, `demo-inkoop-${code}`, `inkoop@${code}.gemeente.example.nl`);
  }

  let evaluating = 0;
  let evaluatingFourEyes = 0;
  let inviting = 0;
  for (const plan of plans(municipalities, demoMemberCpv, now, next)) {
    const { municipality, purchase, status, unit } = plan;
    const at = (days: number) => new Date(plan.createdAt.getTime() + days * unit);
    const buyer = asViewer(ctx, {
      subject: `demo-inkoop-${municipality.cbsCode.toLowerCase()}`,
      name: BUYERS[municipality.cbsCode] ?? `Inkoper ${municipality.name}`,
      roles: [Role.CIVIL_SERVANT],
      municipalityCode: municipality.cbsCode,
    });
    const open = status === ProcurementRequestStatus.INVITING || status === ProcurementRequestStatus.DRAFT;
    const deadline = open ? amsterdamDayAt(14 + Math.floor(next() * 14), '17:00', now) : closedDeadline(at);
    const { procurementRequest: request } = check(
      'create',
      await insertRequest(
        buyer,
        municipality.id,
        municipality.cbsCode,
        {
          title: `${purchase.title} ${municipality.name}`,
          description: purchase.description,
          cpvCode: purchase.cpv,
          estimatedValue: plan.value,
          deadline,
          socialReturnPercentage: purchase.socialReturn,
        },
        plan.createdAt,
      ),
    );
    const requestId = toGlobalId('ProcurementRequest', request!.id);
    const second = asViewer(ctx, {
      subject: `demo-inkoop-2-${municipality.cbsCode.toLowerCase()}`,
      name: SECOND_BUYERS[municipality.cbsCode] ?? `Tweede inkoper ${municipality.name}`,
      roles: [Role.CIVIL_SERVANT],
      municipalityCode: municipality.cbsCode,
    });
    let updatedAt = plan.createdAt;
    const cancelledEarly = status === ProcurementRequestStatus.CANCELLED && next() < 0.4;
    if (status !== ProcurementRequestStatus.DRAFT && !cancelledEarly) {
      const invited = await invite(buyer, request!.id, requestId, plan, at(1), next);
      updatedAt = at(1);
      if (status !== ProcurementRequestStatus.CANCELLED) {
        const quotes = await quoteAll(ctx, request!.id, invited, plan, at, open ? now : at(20), next);
        if (status === ProcurementRequestStatus.INVITING) {
          await questionsAndAnswers(ctx, buyer, request!.id, invited, at, evaluating + inviting++);
        }
        if (status !== ProcurementRequestStatus.INVITING) {
          check('close', await closeRequest(buyer, { id: requestId }, at(22)));
          updatedAt = at(22);
          // This year's requests under evaluation show each step of the opening: still sealed, opened by
          // one civil servant (awaiting the second where four eyes are needed), opened and confirmed.
          const fourEyes = needsFourEyes(request!.procedure);
          const step =
            status !== ProcurementRequestStatus.EVALUATING
              ? 2
              : fourEyes
                ? [2, 1, 0][evaluatingFourEyes++ % 3]
                : [0, 1][evaluating++ % 2];
          if (step >= 1) check('open', await openQuotes(buyer, { requestId }, at(22.2)));
          if (step >= 2 && fourEyes) {
            check('confirm', await confirmQuoteOpening(second, { requestId }, at(22.4)));
          }
          updatedAt = at(step >= 1 ? 23 : 22);
        }
        if (status === ProcurementRequestStatus.AWARDED) {
          const lowest = quotes.reduce((best, quote) => (quote.amount < best.amount ? quote : best));
          // Now and then a local quote within 2% of the lowest wins, with the rationale the law asks for.
          const local = quotes.find(
            (quote) => quote.local && quote !== lowest && quote.amount <= lowest.amount * 1.02,
          );
          const winner = local ?? lowest;
          const rationale = local
            ? 'Nagenoeg gelijke prijs; kortere aanrijtijd en snellere service bij storingen wegen zwaarder'
            : null;
          check('award', await awardRequest(buyer, { requestId, quoteId: winner.id, rationale }, at(28)));
          updatedAt = at(28);
        }
      }
    }
    if (status === ProcurementRequestStatus.CANCELLED) {
      const reason = cancelledEarly
        ? 'Budget voor dit jaar ingetrokken door de raad'
        : 'Geen passende offertes binnen het budget ontvangen';
      check('cancel', await cancelRequest(buyer, { id: requestId, reason }, at(cancelledEarly ? 5 : 23)));
      updatedAt = at(cancelledEarly ? 5 : 23);
    }
    // The services stamp these with the seed's clock; the demo history needs the planned ones.
    await ctx.em.query('UPDATE procurement_request SET created_at = $2, updated_at = $3 WHERE id = $1', [
      request!.id,
      plan.createdAt,
      updatedAt,
    ]);
  }
}

/** Invites from the suggested shortlist as a buyer would: the best few, the rest passed over (some with a note). */
async function invite(
  buyer: Context,
  id: string,
  requestId: string,
  plan: Plan,
  at: Date,
  next: () => number,
): Promise<string[]> {
  const request = (await buyer.loaders.procurement.requestById.load(id))!;
  const suggestions = await suggest(
    buyer,
    request,
    DEFAULT_SIZE[request.procedure],
    LOCAL_MINIMUM[request.procedure],
  );
  const wanted =
    request.procedure === ProcurementProcedure.SINGLE_QUOTE
      ? 1
      : request.procedure === ProcurementProcedure.MULTIPLE_QUOTE
        ? 3 + Math.floor(next() * 2)
        : 4;
  const chosen = suggestions.slice(0, wanted).map((s) => s.supplier);
  if (plan.forDemoMember) {
    const demo = await buyer.em.findOneByOrFail(SupplierProfile, {
      businessId: (await buyer.em.findOneByOrFail(Business, { kvkNumber: DEMO_MEMBER_KVK })).id,
    });
    if (!chosen.some((p) => p.id === demo.id)) chosen.splice(chosen.length - 1, 1, demo);
  }
  const outsideKvk = OUTSIDE[plan.purchase.cpv];
  if (outsideKvk && !plan.forDemoMember && next() < 0.35) {
    const outside = await buyer.em.findOneByOrFail(SupplierProfile, {
      businessId: (await buyer.em.findOneByOrFail(Business, { kvkNumber: outsideKvk })).id,
    });
    if (!chosen.some((p) => p.id === outside.id)) {
      if (request.procedure === ProcurementProcedure.SINGLE_QUOTE || chosen.length >= 5) chosen.pop();
      chosen.push(outside);
    }
  }
  const passedOver = suggestions.filter((s) => !chosen.some((p) => p.id === s.supplier.id));
  const withNote = passedOver.length > 0 && next() < 0.5 ? [passedOver[0]] : [];
  check(
    'invite',
    await inviteSuppliers(
      buyer,
      {
        requestId,
        supplierIds: chosen.map((p) => toGlobalId('SupplierProfile', p.id)),
        note: 'Uitnodiging volgens het inkoopbeleid',
        passedOverNotes: withNote.map((s, i) => ({
          supplierId: toGlobalId('SupplierProfile', s.supplier.id),
          note: PASSED_OVER_NOTES[(i + Math.floor(next() * 2)) % PASSED_OVER_NOTES.length],
        })),
      },
      at,
    ),
  );
  return chosen.map((p) => p.id);
}

/**
 * Each invited supplier quotes (one now and then declines), as a member of that business, between the
 * invitation and `until`; the demo member leaves its invitation open. Suppliers from outside the region bid
 * low, so that some of them win.
 */
async function quoteAll(
  ctx: Context,
  requestId: string,
  profileIds: string[],
  plan: Plan,
  at: (days: number) => Date,
  until: Date,
  next: () => number,
) {
  const quotes: { id: string; amount: number; local: boolean }[] = [];
  for (const [index, profileId] of profileIds.entries()) {
    const profile = await ctx.em.findOneByOrFail(SupplierProfile, { id: profileId });
    const business = await ctx.em.findOneByOrFail(Business, { id: profile.businessId });
    if (business.kvkNumber === DEMO_MEMBER_KVK && plan.forDemoMember) continue;
    if (index > 0 && next() < 0.15) continue;
    const member = asViewer(ctx, {
      subject: `demo-lid-${business.kvkNumber}`,
      name: profile.contactName ?? business.name,
      roles: [Role.MEMBER],
      kvkNumber: business.kvkNumber,
    });
    const invitation = await ctx.em.findOneByOrFail(Invitation, { requestId, profileId });
    const outside = Object.values(OUTSIDE).includes(business.kvkNumber);
    const factor = outside ? 0.78 + next() * 0.05 : 0.85 + next() * 0.3;
    const submittedAt = new Date(Math.min(at(2 + index * 2 + next() * 3).getTime(), until.getTime()));
    const { quote } = check(
      'quote',
      await submitQuote(
        member,
        {
          invitationId: toGlobalId('Invitation', invitation.id),
          amount: Math.round((plan.value * factor) / 100) * 100,
          note: outside
            ? 'Scherp geprijsd; wij werken in de hele provincie'
            : 'Inclusief materiaal en voorrijkosten',
        },
        submittedAt,
      ),
    );
    quotes.push({
      id: toGlobalId('Quote', quote!.id),
      amount: quote!.amount,
      local: business.municipalityId === plan.municipality.id,
    });
  }
  return quotes;
}

const QUESTIONS: [string, string][] = [
  [
    'Mogen wij een alternatief materiaal voorstellen als dat duurzamer is?',
    'Ja, een alternatief mag, mits u het apart prijst naast de gevraagde uitvoering.',
  ],
  [
    'Valt het opruimen en afvoeren van restmateriaal binnen de opdracht?',
    'Ja. Neem het afvoeren van restmateriaal op in uw prijs.',
  ],
  ['Is er een bezichtiging mogelijk voor de deadline?', ''],
];

/**
 * The nota van inlichtingen of an open request: the first invitees ask, the buyer answers all but (now and
 * then) the last, so that the demo shows answered and open questions. Nobody's name is on them.
 */
async function questionsAndAnswers(
  ctx: Context,
  buyer: Context,
  requestId: string,
  invited: string[],
  at: (days: number) => Date,
  turn: number,
) {
  const asked = QUESTIONS.slice(0, 1 + (turn % QUESTIONS.length));
  for (const [index, [question, answer]] of asked.entries()) {
    const profile = await ctx.em.findOneByOrFail(SupplierProfile, { id: invited[index % invited.length] });
    const business = await ctx.em.findOneByOrFail(Business, { id: profile.businessId });
    const member = asViewer(ctx, {
      subject: `demo-lid-${business.kvkNumber}`,
      name: profile.contactName ?? business.name,
      roles: [Role.MEMBER],
      kvkNumber: business.kvkNumber,
    });
    const { question: made } = check(
      'ask',
      await askQuestion(
        member,
        { requestId: toGlobalId('ProcurementRequest', requestId), question },
        at(1.2 + index * 0.1),
      ),
    );
    if (answer) {
      check(
        'answer',
        await answerQuestion(
          buyer,
          { questionId: toGlobalId('ProcurementQuestion', made!.id), answer },
          at(1.6 + index * 0.1),
        ),
      );
    }
  }
}
