import { DateTime } from 'luxon';
import { In, IsNull, QueryFailedError } from 'typeorm';
import type { Context } from '../../kit';
import {
  actorOf,
  TIME_ZONE,
  findForUpdate,
  fromGlobalId,
  hasRole,
  toGlobalId,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { viewerBusinessId, viewerMunicipalityId } from '../core';
import { lockAwardForCredit, socialReturnOfAward } from '../procurement';
import { Candidate } from './candidate.entity';
import { CANDIDATE_READERS } from './identifying';
import { Opportunity } from './opportunity.entity';
import { Placement, PlacementTransition } from './placement.entity';
import { PLACE_TAKING_STAGES, PlacementStage } from './placement.enum';
import { SocialReturnCredit, SocialReturnRate } from './social-return.entity';
import type { ConfirmSocialReturnCreditsInput, CreditSocialReturnInput } from './social-return.inputs';
import type { SocialReturnStatus } from './social-return.payloads';

/** The rate of a target group for a duration: the one with the longest minimum duration that applies. */
export async function rateFor(
  ctx: Context,
  targetGroup: string,
  months: number,
): Promise<SocialReturnRate | null> {
  return ctx.em
    .createQueryBuilder(SocialReturnRate, 'rate')
    .where('rate.targetGroup = :targetGroup AND rate.minMonths <= :months', { targetGroup, months })
    .orderBy('rate.minMonths', 'DESC')
    .getOne();
}

export function listRates(ctx: Context): Promise<SocialReturnRate[]> {
  return ctx.em.find(SocialReturnRate, { order: { targetGroup: 'ASC', minMonths: 'ASC' } });
}

/**
 * Whole calendar months (Amsterdam time) from `placedAt` to `until`: what a placement has actually been
 * placed. 15 January to 14 April is two months, to 15 April three.
 */
export function placedMonths(placedAt: Date, until: Date): number {
  const from = DateTime.fromJSDate(placedAt, { zone: TIME_ZONE });
  const to = DateTime.fromJSDate(until, { zone: TIME_ZONE });
  return Math.max(0, Math.floor(to.diff(from, 'months').months));
}

/**
 * How a rate's value counts towards an obligation of which `counted` is met already: up to what is still
 * needed, the rest recorded as surplus (a placement is worth what it is worth; the obligation is not more).
 */
export function splitCredit(
  rateValue: number,
  obligation: number,
  counted: number,
): { value: number; surplus: number } {
  const value = Math.max(0, Math.min(rateValue, obligation - counted));
  return { value, surplus: rateValue - value };
}

/**
 * When a placement was PLACED and until when it counts: its step out of PLACED (COMPLETED; ENDED and
 * DECLINED are not creditable anyway), or `now` while it is PLACED. Null when it never was PLACED.
 */
async function placedPeriod(
  tx: Context,
  placement: Placement,
  now: Date,
): Promise<{ since: Date; until: Date } | null> {
  const steps = await tx.em.find(PlacementTransition, {
    where: { placementId: placement.id },
    order: { at: 'ASC', id: 'ASC' },
  });
  const placed = steps.find((step) => step.to === PlacementStage.PLACED);
  if (!placed) return null;
  const left = steps.find((step) => step.from === PlacementStage.PLACED);
  return { since: placed.at, until: left && left.at < now ? left.at : now };
}

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/**
 * Credits a placed candidate to an award of the business that employs them. The months may not exceed the
 * months the placement has actually been PLACED up to now (EXCEEDS_PLACED_MONTHS); the value follows from the
 * rate table and counts up to what the obligation still needs, the rest is recorded as surplus; an obligation
 * that is met takes no more credits (NOT_ALLOWED). The award row is locked, so credits to one obligation take
 * turns; the placement row too, and a unique index on the placement makes a second credit ALREADY_CREDITED
 * even when two race.
 */
export function creditSocialReturn(ctx: Context, input: CreditSocialReturnInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const failure = (code: UserErrorCode, message: string, name: string) => ({
      credit: null,
      userErrors: [userError(code, message, ['input', name])],
    });
    const awardId = fromGlobalId(input.awardId, 'Award').id;
    if (!(await lockAwardForCredit(tx, awardId)))
      return failure(UserErrorCode.NOT_FOUND, 'No such award', 'awardId');
    const award = (await socialReturnOfAward(tx, awardId))!;
    const placement = await findForUpdate(tx, Placement, input.placementId);
    if (!placement) return failure(UserErrorCode.NOT_FOUND, 'No such placement', 'placementId');
    if (await tx.em.existsBy(SocialReturnCredit, { placementId: placement.id })) {
      return failure(UserErrorCode.ALREADY_CREDITED, 'This placement is already credited', 'placementId');
    }
    if (!PLACE_TAKING_STAGES.includes(placement.stage)) {
      return failure(
        UserErrorCode.NOT_ALLOWED,
        `A ${placement.stage} placement cannot be credited`,
        'placementId',
      );
    }
    const opportunity = await tx.em.findOneByOrFail(Opportunity, { id: placement.opportunityId });
    if (opportunity.businessId !== award.businessId) {
      return failure(UserErrorCode.INVALID, 'The placement is not with the awarded supplier', 'placementId');
    }
    const period = await placedPeriod(tx, placement, now);
    const placed = period ? placedMonths(period.since, period.until) : 0;
    if (input.months > placed) {
      return failure(
        UserErrorCode.EXCEEDS_PLACED_MONTHS,
        `The placement has been placed ${placed} whole month(s) so far; no more can be credited`,
        'months',
      );
    }
    const candidate = await tx.em.findOneByOrFail(Candidate, { id: placement.candidateId });
    const rate = await rateFor(tx, candidate.targetGroup, input.months);
    if (!rate) return failure(UserErrorCode.INVALID, 'No rate applies to so short a placement', 'months');
    const counted = await tx.em.sum(SocialReturnCredit, 'value', { awardId });
    if ((counted ?? 0) >= award.obligation) {
      return failure(
        UserErrorCode.NOT_ALLOWED,
        'The social-return obligation of this award is met',
        'awardId',
      );
    }
    const { value, surplus } = splitCredit(rate.value, award.obligation, Number(counted ?? 0));
    const actor = actorOf(tx.viewer);
    try {
      const { identifiers } = await tx.em.insert(SocialReturnCredit, {
        awardId,
        placementId: placement.id,
        months: input.months,
        value,
        surplus,
        creditedAt: now,
        creditedBySubject: actor.subject,
        creditedByName: actor.name,
      });
      const credit = await tx.em.findOneByOrFail(SocialReturnCredit, { id: identifiers[0].id as string });
      return { credit, userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) {
        return failure(UserErrorCode.ALREADY_CREDITED, 'This placement is already credited', 'placementId');
      }
      throw error;
    }
  });
}

/**
 * What an obligation's credits add up to, how much of it the buyer confirmed, the surplus recorded beside
 * it, and what is still owed (never below zero: a surplus is no debt).
 */
export function socialReturnBalance(
  obligation: number,
  credits: readonly (Pick<SocialReturnCredit, 'value'> &
    Partial<Pick<SocialReturnCredit, 'surplus' | 'confirmedAt'>>)[],
): {
  obligated: number;
  credited: number;
  confirmed: number;
  awaitingConfirmation: number;
  surplus: number;
  remaining: number;
} {
  const sum = (list: typeof credits, of: (c: (typeof credits)[number]) => number) =>
    list.reduce((total, credit) => total + of(credit), 0);
  const credited = sum(credits, (c) => c.value);
  const confirmed = sum(
    credits.filter((c) => c.confirmedAt != null),
    (c) => c.value,
  );
  return {
    obligated: obligation,
    credited,
    confirmed,
    awaitingConfirmation: credited - confirmed,
    surplus: sum(credits, (c) => c.surplus ?? 0),
    remaining: Math.max(0, obligation - credited),
  };
}

/**
 * A civil servant of the buying municipality confirms the credits of an award that await confirmation. The
 * buyer sees totals only (one credit's value would tell a candidate's target group), so they confirm what
 * they checked: `awaitingConfirmation` as they saw it; a different amount (a credit came or went meanwhile)
 * is INVALID and confirms nothing.
 */
export function confirmSocialReturnCredits(
  ctx: Context,
  input: ConfirmSocialReturnCreditsInput,
  now = new Date(),
) {
  return withTransaction(ctx, async (tx) => {
    const failure = (code: UserErrorCode, message: string, name: string) => ({
      status: null,
      userErrors: [userError(code, message, ['input', name])],
    });
    const awardId = fromGlobalId(input.awardId, 'Award').id;
    const found = await lockAwardForCredit(tx, awardId);
    const award = found ? await socialReturnOfAward(tx, awardId) : null;
    if (!award || award.municipalityId !== (await viewerMunicipalityId(tx))) {
      return failure(UserErrorCode.NOT_FOUND, 'No such award of your municipality', 'awardId');
    }
    const pending = await tx.em.find(SocialReturnCredit, { where: { awardId, confirmedAt: IsNull() } });
    if (pending.length === 0) {
      return failure(UserErrorCode.NOT_ALLOWED, 'No credits await confirmation', 'awardId');
    }
    const shown = pending.reduce((total, credit) => total + credit.value, 0);
    if (shown !== input.awaitingConfirmation) {
      return failure(
        UserErrorCode.INVALID,
        'The credits awaiting confirmation changed since you checked them: check them again',
        'awaitingConfirmation',
      );
    }
    const actor = actorOf(tx.viewer);
    await tx.em.update(
      SocialReturnCredit,
      { id: In(pending.map((credit) => credit.id)) },
      { confirmedAt: now, confirmedBySubject: actor.subject, confirmedByName: actor.name },
    );
    return { status: await socialReturnStatus(tx, input.awardId), userErrors: [] };
  });
}

/**
 * Obligated, credited and remaining social return of an award: for coaches, admins, civil servants of
 * the buying municipality and members of the supplier; null for everyone else (and for an unknown award).
 * The credits themselves (placement, months, value, who credited) are for coaches and admins only: the value
 * of a single credit is in the public rate table under one target group, so it would tell the buyer who
 * was placed. The totals stay, as the obligation must be checkable.
 */
export async function socialReturnStatus(
  ctx: Context,
  awardGlobalId: string,
): Promise<SocialReturnStatus | null> {
  const awardId = fromGlobalId(awardGlobalId, 'Award').id;
  const award = await socialReturnOfAward(ctx, awardId);
  if (!award) return null;
  const everything = hasRole(ctx.viewer, ...CANDIDATE_READERS);
  const allowed =
    everything ||
    (await viewerMunicipalityId(ctx)) === award.municipalityId ||
    (await viewerBusinessId(ctx)) === award.businessId;
  if (!allowed) return null;
  const credits = await ctx.em.find(SocialReturnCredit, { where: { awardId }, order: { creditedAt: 'ASC' } });
  return {
    awardId: toGlobalId('Award', awardId),
    ...socialReturnBalance(award.obligation, credits),
    credits: everything ? credits : null,
  };
}
