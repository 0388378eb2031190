import type { Connection, ConnectionArgs, Context } from '../../kit';
import {
  actorOf,
  findForUpdate,
  fromGlobalId,
  lockRow,
  notify,
  paginate,
  SortDirection,
  userError,
  UserErrorCode,
  withTransaction,
  yearRange,
} from '../../kit';
import { viewerBusinessId } from '../core';
import { Award } from './award.entity';
import { Invitation, InvitationOutcome } from './invitation.entity';
import { ProcurementRequest, ProcurementRequestStatus } from './procurement-request.entity';
import {
  givenReason,
  isBuyer,
  lockRequestForBuyer,
  needsFourEyes,
  quotesUnsealed,
  transitionError,
} from './procurement-request.service';
import { quoteReceived, requestOutcome } from './procurement.notifications';
import { Quote } from './quote.entity';

/** Social return owed on an award: the percentage of the awarded value, rounded down to the cent. */
export function socialReturnObligation(value: number, percentage: number): number {
  return Math.floor((value * percentage) / 100);
}

/** Whether the viewer is a member of the supplier that made the quote. */
async function isQuoteOwner(ctx: Context, quote: Quote): Promise<boolean> {
  const businessId = await viewerBusinessId(ctx);
  if (!businessId) return false;
  return (await ctx.loaders.procurement.profileByBusinessId.load(businessId))?.id === quote.profileId;
}

/**
 * A quote's sealed content (amount, note): its own supplier reads it always; the buyers once the quotes are
 * opened (and, from the multiple-quote procedure up, the opening confirmed); null for everyone else and
 * before. Every path to a quote (`quotes`, `node`, `Invitation.quote`) resolves through this.
 */
export async function sealedContent<T>(ctx: Context, quote: Quote, value: T): Promise<T | null> {
  if (await isQuoteOwner(ctx, quote)) return value;
  const request = await ctx.loaders.procurement.requestById.load(quote.requestId);
  return request && quotesUnsealed(request) && (await isBuyer(ctx, request)) ? value : null;
}

/** A quote is seen by the request's buyers and by the supplier that made it. */
export async function canSeeQuote(ctx: Context, quote: Quote): Promise<boolean> {
  const request = await ctx.loaders.procurement.requestById.load(quote.requestId);
  if (request && (await isBuyer(ctx, request))) return true;
  return isQuoteOwner(ctx, quote);
}

export interface SubmitQuoteArgs {
  invitationId: string;
  amount: number;
  note: string;
}

/**
 * A member of an invited business quotes (or replaces its quote) while the request is INVITING and its
 * deadline has not passed. The request row is read with a share lock, so closing it waits for this.
 */
export function submitQuote(ctx: Context, input: SubmitQuoteArgs, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const invitation = await findForUpdate(tx, Invitation, input.invitationId);
    const businessId = await viewerBusinessId(tx);
    const profile = businessId ? await tx.loaders.procurement.profileByBusinessId.load(businessId) : null;
    const notFound = {
      quote: null,
      userErrors: [
        userError(UserErrorCode.NOT_FOUND, 'No such invitation for your business', ['input', 'invitationId']),
      ],
    };
    if (
      !invitation ||
      invitation.outcome !== InvitationOutcome.INVITED ||
      invitation.profileId !== profile?.id
    ) {
      return notFound;
    }
    // Shared: quotes of other suppliers go on together; a close or award of the request waits for them.
    const request = (await lockRow(tx, ProcurementRequest, { id: invitation.requestId }, 'share'))!;
    if (request.status !== ProcurementRequestStatus.INVITING) {
      return {
        quote: null,
        userErrors: [
          userError(UserErrorCode.INVALID_TRANSITION, `The request is ${request.status}: quotes are closed`, [
            'input',
            'invitationId',
          ]),
        ],
      };
    }
    if (now.getTime() > request.deadline.getTime()) {
      return {
        quote: null,
        userErrors: [
          userError(UserErrorCode.DEADLINE_PASSED, `Quotes were due by ${request.deadline.toISOString()}`, [
            'input',
            'invitationId',
          ]),
        ],
      };
    }
    const existing = await lockRow(tx, Quote, { invitationId: invitation.id });
    const quote =
      existing ??
      tx.em.create(Quote, {
        invitationId: invitation.id,
        requestId: request.id,
        profileId: invitation.profileId,
      });
    quote.amount = input.amount;
    quote.note = input.note.trim();
    quote.submittedAt = now;
    const actor = actorOf(tx.viewer);
    quote.submittedBySubject = actor.subject;
    quote.submittedByName = actor.name;
    const saved = await tx.em.save(quote);
    await notify(tx, quoteReceived, `${saved.id}:${now.toISOString()}`, { quoteId: saved.id });
    return { quote: saved, userErrors: [] };
  });
}

/**
 * Awards an EVALUATING request to one of its opened quotes: records the value, the supplier, whether it is
 * local (in the buying municipality) or regional (one of the five), and the social-return obligation. Sealed
 * quotes cannot be awarded (QUOTES_SEALED); another quote than the lowest needs a rationale (REASON_REQUIRED).
 */
export function awardRequest(
  ctx: Context,
  input: { requestId: string; quoteId: string; rationale?: string | null },
  now = new Date(),
) {
  return withTransaction(ctx, async (tx) => {
    const request = await lockRequestForBuyer(tx, input.requestId);
    if (!request) {
      return {
        award: null,
        userErrors: [
          userError(UserErrorCode.NOT_FOUND, 'No such procurement request', ['input', 'requestId']),
        ],
      };
    }
    const error = transitionError(request, ProcurementRequestStatus.AWARDED);
    if (error) return { award: null, userErrors: [{ ...error, field: ['input', 'requestId'] }] };
    const { id: quoteId } = fromGlobalId(input.quoteId, 'Quote');
    const quote = await tx.em.findOneBy(Quote, { id: quoteId, requestId: request.id });
    if (!quote) {
      return {
        award: null,
        userErrors: [
          userError(UserErrorCode.NOT_FOUND, 'No such quote for this request', ['input', 'quoteId']),
        ],
      };
    }
    if (!quotesUnsealed(request)) {
      return {
        award: null,
        userErrors: [
          userError(
            UserErrorCode.QUOTES_SEALED,
            needsFourEyes(request.procedure) && request.quotesOpenedAt
              ? 'A second civil servant must confirm the opening of the quotes before the award'
              : 'Open the quotes (after the deadline) before the award',
            ['input', 'requestId'],
          ),
        ],
      };
    }
    const rationale = givenReason(input.rationale);
    const lowest = await tx.em
      .createQueryBuilder(Quote, 'quote')
      .select('MIN(quote.amount)', 'amount')
      .where('quote.requestId = :id', { id: request.id })
      .getRawOne<{ amount: string }>();
    if (quote.amount > Number(lowest!.amount) && !rationale) {
      return {
        award: null,
        userErrors: [
          userError(
            UserErrorCode.REASON_REQUIRED,
            'This is not the lowest quote: give the rationale for the award',
            ['input', 'rationale'],
          ),
        ],
      };
    }
    const profile = await tx.loaders.procurement.profileById.load(quote.profileId);
    const business = await tx.loaders.core.businessById.load(profile!.businessId);
    const municipality = await tx.loaders.core.municipalityById.load(business!.municipalityId);
    const actor = actorOf(tx.viewer);
    const { identifiers } = await tx.em.insert(Award, {
      requestId: request.id,
      quoteId: quote.id,
      profileId: quote.profileId,
      businessId: business!.id,
      value: quote.amount,
      local: business!.municipalityId === request.municipalityId,
      regional: municipality!.inRegion,
      socialReturnPercentage: request.socialReturnPercentage,
      socialReturnObligation: socialReturnObligation(quote.amount, request.socialReturnPercentage),
      rationale,
      awardedAt: now,
      awardedBySubject: actor.subject,
      awardedByName: actor.name,
    });
    request.status = ProcurementRequestStatus.AWARDED;
    await tx.em.save(request);
    await notify(tx, requestOutcome, request.id, { requestId: request.id });
    return { award: await tx.em.findOneByOrFail(Award, { id: identifiers[0].id as string }), userErrors: [] };
  });
}

/** Awards are public: every award, or those of a municipality and year (Amsterdam time), newest first. */
export async function listAwards(
  ctx: Context,
  args: ConnectionArgs,
  filter: { municipality?: string | null; year?: number | null } = {},
): Promise<Connection<Award>> {
  const query = ctx.em.createQueryBuilder(Award, 'award');
  if (filter.municipality) {
    const municipality = await ctx.loaders.core.municipalityByCbsCode.load(filter.municipality);
    query.andWhere(
      'EXISTS (SELECT 1 FROM procurement_request r WHERE r.id = award.request_id AND r.municipality_id = :municipalityId)',
      { municipalityId: municipality?.id ?? null },
    );
  }
  if (filter.year) {
    query.andWhere(yearRange('award.awardedAt', ':year'), { year: filter.year });
  }
  return paginate(query, args, {
    column: 'award.awardedAt',
    type: 'timestamp',
    direction: SortDirection.DESC,
    value: (a) => a.awardedAt,
  });
}

/**
 * The quotes of a request: all for its buyers, the member's own for an invited supplier. Cheapest first
 * once unsealed; while sealed in the order of their (random) ids, since an order by amount would tell it.
 */
export async function quotesOf(ctx: Context, request: ProcurementRequest): Promise<Quote[]> {
  const quotes = await ctx.loaders.procurement.quotesByRequestId.load(request.id);
  if (await isBuyer(ctx, request)) {
    return quotesUnsealed(request) ? quotes : [...quotes].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  const businessId = await viewerBusinessId(ctx);
  const profile = businessId ? await ctx.loaders.procurement.profileByBusinessId.load(businessId) : null;
  return profile ? quotes.filter((quote) => quote.profileId === profile.id) : [];
}
