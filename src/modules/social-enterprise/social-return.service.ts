import { QueryFailedError } from 'typeorm';
import type { Context } from '../../kit';
import {
  actorOf,
  findForUpdate,
  fromGlobalId,
  hasRole,
  toGlobalId,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { viewerBusinessId, viewerMunicipalityId } from '../core';
import { socialReturnOfAward } from '../procurement';
import { Candidate } from './candidate.entity';
import { CANDIDATE_READERS } from './identifying';
import { Opportunity } from './opportunity.entity';
import { Placement } from './placement.entity';
import { PLACE_TAKING_STAGES } from './placement.enum';
import { SocialReturnCredit, SocialReturnRate } from './social-return.entity';
import type { CreditSocialReturnInput } from './social-return.inputs';
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

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/**
 * Credits a placed candidate to an award of the business that employs them. The placement row is locked,
 * and a unique index on the placement makes a second credit ALREADY_CREDITED even when two race.
 */
export function creditSocialReturn(ctx: Context, input: CreditSocialReturnInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const failure = (code: UserErrorCode, message: string, name: string) => ({
      credit: null,
      userErrors: [userError(code, message, ['input', name])],
    });
    const awardId = fromGlobalId(input.awardId, 'Award').id;
    const award = await socialReturnOfAward(tx, awardId);
    if (!award) return failure(UserErrorCode.NOT_FOUND, 'No such award', 'awardId');
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
    const candidate = await tx.em.findOneByOrFail(Candidate, { id: placement.candidateId });
    const rate = await rateFor(tx, candidate.targetGroup, input.months);
    if (!rate) return failure(UserErrorCode.INVALID, 'No rate applies to so short a placement', 'months');
    const actor = actorOf(tx.viewer);
    try {
      const { identifiers } = await tx.em.insert(SocialReturnCredit, {
        awardId,
        placementId: placement.id,
        months: input.months,
        value: rate.value,
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

/** What an obligation's credits add up to and what is still owed (never below zero: a surplus is no debt). */
export function socialReturnBalance(
  obligation: number,
  credits: readonly Pick<SocialReturnCredit, 'value'>[],
): { obligated: number; credited: number; remaining: number } {
  const credited = credits.reduce((sum, credit) => sum + credit.value, 0);
  return { obligated: obligation, credited, remaining: Math.max(0, obligation - credited) };
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
