import { DateTime } from 'luxon';
import type { Context, MailDraft, NotificationRenderContext, ReminderSchedule } from '../../kit';
import {
  addressesOfSubjects,
  defineNotification,
  formatDutchDateTime,
  formatEuro,
  TIME_ZONE,
  toGlobalId,
} from '../../kit';

// Mails about procurement requests. Suppliers are reached at their profile's contact address; the buyer
// (who made the request) through the address book of token subjects, since tokens carry no address.

interface RequestRow {
  id: string;
  title: string;
  description: string;
  deadline: Date;
  status: string;
  cancel_reason: string | null;
  created_by_subject: string | null;
  municipality: string;
}

interface InviteeRow {
  invitation_id: string;
  contact_name: string | null;
  contact_email: string | null;
  business: string;
}

async function requestOf(ctx: Context, id: string): Promise<RequestRow | null> {
  const [row] = (await ctx.em.query(
    `SELECT r.id, r.title, r.description, r.deadline, r.status, r.cancel_reason, r.created_by_subject,
            m.name AS municipality
       FROM procurement_request r JOIN municipality m ON m.id = r.municipality_id WHERE r.id = $1`,
    [id],
  )) as RequestRow[];
  return row ?? null;
}

/** The invited suppliers of a request (optionally only some, or only those without a quote). */
async function inviteesOf(
  ctx: Context,
  requestId: string,
  options: { profileIds?: string[]; withoutQuote?: boolean } = {},
): Promise<InviteeRow[]> {
  return (await ctx.em.query(
    `SELECT i.id AS invitation_id, p.contact_name, p.contact_email, b.name AS business
       FROM invitation i
       JOIN supplier_profile p ON p.id = i.profile_id
       JOIN business b ON b.id = p.business_id
      WHERE i.request_id = $1 AND i.outcome = 'INVITED'
        AND ($2::uuid[] IS NULL OR i.profile_id = ANY($2))
        AND (NOT $3 OR NOT EXISTS (SELECT 1 FROM quote q WHERE q.invitation_id = i.id))
      ORDER BY b.name`,
    [requestId, options.profileIds ?? null, options.withoutQuote ?? false],
  )) as InviteeRow[];
}

const requestUrl = (render: NotificationRenderContext, id: string) =>
  render.frontendUrl(`/inkoop/aanvragen/${toGlobalId('ProcurementRequest', id)}`);
const quoteUrl = (render: NotificationRenderContext, invitationId: string) =>
  render.frontendUrl(`/inkoop/offerte/${toGlobalId('Invitation', invitationId)}`);

const howToQuote = (request: RequestRow) =>
  `Offerte uitbrengen kan tot ${formatDutchDateTime(request.deadline)}: log in als lid van uw bedrijf en ` +
  'gebruik de knop hieronder. U kunt uw offerte tot de sluitingstijd vervangen; daarna is inschrijven niet meer mogelijk.';

const inviteeReason = (request: RequestRow, invitee: InviteeRow) =>
  `U ontvangt deze e-mail omdat u de contactpersoon van ${invitee.business} bent in de leveranciersdatabank ` +
  `van Regio Q4 en uw bedrijf is uitgenodigd voor „${request.title}”.`;

/** To each newly invited supplier's contact: the request, the deadline and how to quote. */
export const invitationToQuote = defineNotification<{ requestId: string; profileIds: string[] }>({
  name: 'procurement.invitationToQuote',
  description: "An invitation to quote (to the invited supplier's contact).",
  async mails(render, { requestId, profileIds }) {
    const request = await requestOf(render.ctx, requestId);
    if (!request || request.status !== 'INVITING') return [];
    const invitees = await inviteesOf(render.ctx, requestId, { profileIds });
    return invitees
      .filter((i) => i.contact_email)
      .map((invitee) => ({
        to: invitee.contact_email!,
        name: invitee.contact_name,
        subject: `Uitnodiging tot offerte: ${request.title}`,
        paragraphs: [
          `De gemeente ${request.municipality} nodigt ${invitee.business} uit een offerte uit te brengen voor „${request.title}”.`,
          `Wat er gevraagd wordt: ${request.description || request.title}`,
          `Sluitingstijd: ${formatDutchDateTime(request.deadline)}.`,
          howToQuote(request),
        ],
        action: { label: 'Offerte uitbrengen', url: quoteUrl(render, invitee.invitation_id) },
        links: [{ label: 'De aanvraag bekijken', url: requestUrl(render, request.id) }],
        reason: inviteeReason(request, invitee),
      }));
  },
});

/** To invitees without a quote, the day before the deadline's day from 09:00 Amsterdam time; optional. */
export const quoteReminder = defineNotification<{ requestId: string; day: string }>({
  name: 'procurement.quoteReminder',
  description:
    'A reminder the day before the deadline (to invited suppliers without a quote; can be switched off).',
  optional: true,
  async mails(render, { requestId, day }) {
    const request = await requestOf(render.ctx, requestId);
    if (!request || request.status !== 'INVITING' || request.deadline <= render.now) return [];
    if (DateTime.fromJSDate(request.deadline, { zone: TIME_ZONE }).toISODate() !== day) return [];
    const invitees = await inviteesOf(render.ctx, requestId, { withoutQuote: true });
    return invitees
      .filter((i) => i.contact_email)
      .map((invitee) => ({
        to: invitee.contact_email!,
        name: invitee.contact_name,
        subject: `Herinnering: offerte voor „${request.title}” sluit morgen`,
        paragraphs: [
          `Een herinnering: ${invitee.business} is uitgenodigd een offerte uit te brengen voor „${request.title}” van de gemeente ${request.municipality}, en wij hebben nog geen offerte ontvangen.`,
          howToQuote(request),
          'Wilt u niet inschrijven? Dan hoeft u niets te doen.',
        ],
        action: { label: 'Offerte uitbrengen', url: quoteUrl(render, invitee.invitation_id) },
        reason: inviteeReason(request, invitee),
      }));
  },
});

/** The hour (Amsterdam) from which quote reminders go out on the day before the deadline. */
export const QUOTE_REMINDER_HOUR = 9;

/** Requests still INVITING whose deadline falls tomorrow (Amsterdam days); each day's reminder fires once. */
export const quoteReminders: ReminderSchedule = {
  name: 'procurement.quoteReminders',
  async due(ctx, now) {
    const local = DateTime.fromJSDate(now, { zone: TIME_ZONE });
    if (local.hour < QUOTE_REMINDER_HOUR) return [];
    const tomorrow = local.plus({ days: 1 }).startOf('day');
    const rows = (await ctx.em.query(
      `SELECT id FROM procurement_request
        WHERE status = 'INVITING' AND deadline >= $1 AND deadline < $2`,
      [tomorrow.toJSDate(), tomorrow.plus({ days: 1 }).toJSDate()],
    )) as { id: string }[];
    const day = tomorrow.toISODate()!;
    return rows.map((row) => ({
      kind: quoteReminder,
      key: `${row.id}:${day}`,
      data: { requestId: row.id, day },
    }));
  },
};

/**
 * To the buyer who made the request: a quote came in (or was replaced). Who quoted and when, never how much:
 * quotes are sealed until they are opened after the deadline (docs/procurement-procedure.md).
 */
export const quoteReceived = defineNotification<{ quoteId: string }>({
  name: 'procurement.quoteReceived',
  description: 'A quote was received (to the civil servant who made the request); its amount stays sealed.',
  async mails(render, { quoteId }) {
    const [quote] = (await render.ctx.em.query(
      `SELECT q.request_id, q.submitted_at, b.name AS business
         FROM quote q JOIN supplier_profile p ON p.id = q.profile_id JOIN business b ON b.id = p.business_id
        WHERE q.id = $1`,
      [quoteId],
    )) as { request_id: string; submitted_at: Date; business: string }[];
    if (!quote) return [];
    const request = await requestOf(render.ctx, quote.request_id);
    if (!request) return [];
    const address = (await addressesOfSubjects(render.ctx, [request.created_by_subject])).get(
      request.created_by_subject ?? '',
    );
    if (!address) return [];
    return [
      {
        to: address,
        name: null,
        subject: `Offerte ontvangen: ${request.title}`,
        paragraphs: [
          `${quote.business} heeft op ${formatDutchDateTime(quote.submitted_at)} een offerte uitgebracht voor „${request.title}”.`,
          `De offertes blijven verzegeld tot de sluitingstijd, ${formatDutchDateTime(request.deadline)}: tot dan kunnen leveranciers hun offerte nog vervangen, en ziet niemand behalve de leverancier zelf het bedrag. Daarna opent u ze in de aanvraag.`,
        ],
        action: { label: 'Offertes bekijken', url: requestUrl(render, request.id) },
        reason: `U ontvangt deze e-mail omdat u de aanvraag „${request.title}” van de gemeente ${request.municipality} hebt opgesteld.`,
      },
    ];
  },
});

/** The object of `award.published`, as a partner's API key reads it through `node(id:)` (awards are public). */
const AWARD_QUERY = `query WebhookAward($id: ID!) {
  node(id: $id) {
    ... on Award { id title value awardedAt local regional socialReturnPercentage socialReturnObligation
      rationale municipality { cbsCode name } supplier { name kvkNumber } cpvCategory { code label } }
  }
}`;

/**
 * To every invitee: the outcome (the winner and the amount, which are public), or that it was cancelled; and
 * to partners, an award (webhook `award.published`).
 */
export const requestOutcome = defineNotification<{ requestId: string }>({
  name: 'procurement.requestOutcome',
  description:
    'The outcome of a request: awarded (winner and amount) or cancelled (to every invited supplier; webhook ' +
    '`award.published` when awarded).',
  async webhook(render, { requestId }) {
    const [award] = (await render.ctx.em.query('SELECT id FROM award WHERE request_id = $1', [
      requestId,
    ])) as {
      id: string;
    }[];
    return award ? { type: 'award.published', query: AWARD_QUERY, id: toGlobalId('Award', award.id) } : null;
  },
  async mails(render, { requestId }) {
    const request = await requestOf(render.ctx, requestId);
    if (!request || (request.status !== 'AWARDED' && request.status !== 'CANCELLED')) return [];
    const [award] = (await render.ctx.em.query(
      `SELECT a.value, b.name AS business FROM award a JOIN business b ON b.id = a.business_id
        WHERE a.request_id = $1`,
      [requestId],
    )) as { value: string; business: string }[];
    const invitees = await inviteesOf(render.ctx, requestId);
    const mails: MailDraft[] = [];
    for (const invitee of invitees.filter((i) => i.contact_email)) {
      const paragraphs =
        request.status === 'AWARDED' && award
          ? [
              invitee.business === award.business
                ? `Gefeliciteerd: de opdracht „${request.title}” van de gemeente ${request.municipality} is gegund aan ${award.business}, voor ${formatEuro(Number(award.value) / 100)} (exclusief btw).`
                : `De opdracht „${request.title}” van de gemeente ${request.municipality} is gegund aan ${award.business}, voor ${formatEuro(Number(award.value) / 100)} (exclusief btw). Dank voor uw deelname.`,
              'Gunningen zijn openbaar: de winnaar en het bedrag staan ook in het overzicht van gunningen.',
            ]
          : [
              `De gemeente ${request.municipality} heeft de aanvraag „${request.title}” ingetrokken; er wordt niet gegund.`,
              ...(request.cancel_reason ? [`Reden: ${request.cancel_reason}`] : []),
              'Een eventueel uitgebrachte offerte vervalt.',
            ];
      mails.push({
        to: invitee.contact_email!,
        name: invitee.contact_name,
        subject: request.status === 'AWARDED' ? `Gegund: ${request.title}` : `Ingetrokken: ${request.title}`,
        paragraphs,
        action: { label: 'De aanvraag bekijken', url: requestUrl(render, request.id) },
        reason: inviteeReason(request, invitee),
      });
    }
    return mails;
  },
});

/** To every invitee: a question about the request and its answer (the nota van inlichtingen), never who asked. */
export const answerPublished = defineNotification<{ questionId: string }>({
  name: 'procurement.answerPublished',
  description:
    'A question about a request and its answer, published to every invited supplier without the asker.',
  async mails(render, { questionId }) {
    const [question] = (await render.ctx.em.query(
      `SELECT request_id, question, answer FROM procurement_question WHERE id = $1 AND answered_at IS NOT NULL`,
      [questionId],
    )) as { request_id: string; question: string; answer: string }[];
    if (!question) return [];
    const request = await requestOf(render.ctx, question.request_id);
    if (!request || request.status !== 'INVITING') return [];
    const invitees = await inviteesOf(render.ctx, request.id);
    return invitees
      .filter((i) => i.contact_email)
      .map((invitee) => ({
        to: invitee.contact_email!,
        name: invitee.contact_name,
        subject: `Nota van inlichtingen: ${request.title}`,
        paragraphs: [
          `Over „${request.title}” van de gemeente ${request.municipality} is een vraag gesteld en beantwoord. Het antwoord geldt voor alle uitgenodigde leveranciers; wie de vraag stelde, wordt niet bekendgemaakt.`,
          `Vraag: ${question.question}`,
          `Antwoord: ${question.answer}`,
          `Sluitingstijd: ${formatDutchDateTime(request.deadline)}.`,
        ],
        action: { label: 'De aanvraag bekijken', url: requestUrl(render, request.id) },
        reason: inviteeReason(request, invitee),
      }));
  },
});

export const procurementNotifications = [
  invitationToQuote,
  quoteReminder,
  quoteReceived,
  requestOutcome,
  answerPublished,
];
