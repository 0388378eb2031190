import type { Context, UserError } from '../../kit';
import {
  actorOf,
  findForUpdate,
  fromGlobalId,
  hasRole,
  lockRow,
  notify,
  userError,
  UserErrorCode,
  userText,
  withTransaction,
} from '../../kit';
import { Candidate } from './candidate.entity';
import { CANDIDATE_READERS } from './identifying';
import { Opportunity } from './opportunity.entity';
import { boardViewer, isPoster, placesTaken } from './opportunity.service';
import { Placement, PlacementTransition } from './placement.entity';
import { candidateProposed, placementMoved } from './social-enterprise.notifications';
import type { AnswerPlacementInput, MovePlacementInput, ProposePlacementInput } from './placement.inputs';
import { OpportunityStatus } from './opportunity.enum';
import { PLACE_TAKING_STAGES, PlacementAnswer, PlacementStage } from './placement.enum';

const { PROPOSED, INTRODUCED, TRIAL, PLACED, COMPLETED, ENDED, DECLINED } = PlacementStage;

/** The steps a placement may take; anything else is INVALID_TRANSITION. */
export const NEXT_STAGES: Record<PlacementStage, PlacementStage[]> = {
  PROPOSED: [INTRODUCED, ENDED, DECLINED],
  INTRODUCED: [TRIAL, ENDED, DECLINED],
  TRIAL: [PLACED, ENDED, DECLINED],
  PLACED: [COMPLETED, ENDED, DECLINED],
  COMPLETED: [],
  ENDED: [],
  DECLINED: [],
};

/** Why a placement cannot step from `from` to `to` (INVALID_TRANSITION on the stage); null when it may. */
export function transitionError(from: PlacementStage, to: PlacementStage): UserError | null {
  if (NEXT_STAGES[from].includes(to)) return null;
  return userError(UserErrorCode.INVALID_TRANSITION, `A placement that is ${from} cannot become ${to}`, [
    'input',
    'stage',
  ]);
}

const takesPlace = (stage: PlacementStage) => PLACE_TAKING_STAGES.includes(stage);

/**
 * What an allowed step does to its opportunity, given the places `taken` before it (counted only for a step
 * to PLACED): why it is refused, or the opportunity's status after it. PLACED needs an opportunity that is not
 * CLOSED and a free place, and the last place fills it; a placed candidate who leaves (ENDED, DECLINED) frees
 * a place of a FILLED opportunity, which opens again.
 */
export function opportunityAfterStep(
  opportunity: Pick<Opportunity, 'status' | 'places'>,
  taken: number,
  from: PlacementStage,
  to: PlacementStage,
): { refusal: string } | { status: OpportunityStatus } {
  if (to === PLACED) {
    if (opportunity.status === OpportunityStatus.CLOSED)
      return { refusal: userText('The opportunity is CLOSED') };
    if (taken >= opportunity.places)
      return { refusal: userText('Every place of the opportunity is taken (FILLED)') };
    return { status: taken + 1 >= opportunity.places ? OpportunityStatus.FILLED : opportunity.status };
  }
  if (takesPlace(from) && !takesPlace(to) && opportunity.status === OpportunityStatus.FILLED) {
    return { status: OpportunityStatus.OPEN };
  }
  return { status: opportunity.status };
}

/** Placements are seen by coaches, admins and the poster of their opportunity. */
export async function canSeePlacement(ctx: Context, placement: Placement): Promise<boolean> {
  if (hasRole(ctx.viewer, ...CANDIDATE_READERS)) return true;
  const opportunity = await ctx.loaders.socialEnterprise.opportunityById.load(placement.opportunityId);
  return !!opportunity && isPoster(await boardViewer(ctx), opportunity);
}

export async function findPlacement(ctx: Context, id: string): Promise<Placement | null> {
  const placement = await ctx.loaders.socialEnterprise.placementById.load(id);
  return placement && (await canSeePlacement(ctx, placement)) ? placement : null;
}

/** The placements of an opportunity: all for coaches, admins and its poster; null for everyone else. */
export async function placementsOfOpportunity(
  ctx: Context,
  opportunity: Opportunity,
): Promise<Placement[] | null> {
  if (!hasRole(ctx.viewer, ...CANDIDATE_READERS) && !isPoster(await boardViewer(ctx), opportunity))
    return null;
  return ctx.loaders.socialEnterprise.placementsByOpportunityId.load(opportunity.id);
}

function record(
  tx: Context,
  placement: Placement,
  from: PlacementStage | null,
  note: string | null | undefined,
  at: Date,
) {
  const actor = actorOf(tx.viewer);
  return tx.em.insert(PlacementTransition, {
    placementId: placement.id,
    candidateId: placement.candidateId,
    from,
    to: placement.stage,
    at,
    actorSubject: actor.subject,
    actorName: actor.name,
    note: note?.trim() || null,
  });
}

/** A coach proposes a candidate for an OPEN opportunity; the opportunity is locked while it is checked. */
export function proposePlacement(ctx: Context, input: ProposePlacementInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const failure = (code: UserErrorCode, message: string, name: string) => ({
      placement: null,
      userErrors: [userError(code, message, ['input', name])],
    });
    const candidate = await tx.em.findOneBy(Candidate, {
      id: fromGlobalId(input.candidateId, 'Candidate').id,
    });
    if (!candidate) return failure(UserErrorCode.NOT_FOUND, 'No such candidate', 'candidateId');
    if (candidate.erasedAt)
      return failure(UserErrorCode.NOT_ALLOWED, 'The candidate is erased', 'candidateId');
    const opportunity = await findForUpdate(tx, Opportunity, input.opportunityId);
    if (!opportunity) return failure(UserErrorCode.NOT_FOUND, 'No such opportunity', 'opportunityId');
    if (opportunity.status !== OpportunityStatus.OPEN) {
      return failure(
        UserErrorCode.INVALID_TRANSITION,
        `The opportunity is ${opportunity.status}`,
        'opportunityId',
      );
    }
    if (await tx.em.existsBy(Placement, { candidateId: candidate.id, opportunityId: opportunity.id })) {
      return failure(UserErrorCode.TAKEN, 'The candidate is already on this opportunity', 'candidateId');
    }
    const { identifiers } = await tx.em.insert(Placement, {
      candidateId: candidate.id,
      opportunityId: opportunity.id,
      stage: PROPOSED,
      stageSince: now,
    });
    const placement = await tx.em.findOneByOrFail(Placement, { id: identifiers[0].id as string });
    await record(tx, placement, null, input.note, now);
    await notify(tx, candidateProposed, placement.id, { placementId: placement.id });
    return { placement, userErrors: [] };
  });
}

/**
 * Moves a placement one step. The placement is locked, then its opportunity: moving to PLACED counts the
 * places taken under that lock, so of two placements racing for the last place exactly one gets it and the
 * opportunity becomes FILLED; a placed candidate who leaves (ENDED, DECLINED) frees the place again.
 */
export function movePlacement(ctx: Context, input: MovePlacementInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const failure = (code: UserErrorCode, message: string, name = 'stage') => ({
      placement: null,
      userErrors: [userError(code, message, ['input', name])],
    });
    const placement = await findForUpdate(tx, Placement, input.id);
    if (!placement) return failure(UserErrorCode.NOT_FOUND, 'No such placement', 'id');
    const from = placement.stage;
    const to = input.stage;
    const refused = transitionError(from, to);
    if (refused) return { placement: null, userErrors: [refused] };
    const opportunity = (await lockRow(tx, Opportunity, { id: placement.opportunityId }))!;
    // Places are counted under the opportunity's lock, and only when a step can take one.
    const taken =
      to === PLACED && opportunity.status !== OpportunityStatus.CLOSED
        ? await placesTaken(tx, opportunity.id)
        : 0;
    const after = opportunityAfterStep(opportunity, taken, from, to);
    if ('refusal' in after) return failure(UserErrorCode.INVALID_TRANSITION, after.refusal);
    opportunity.status = after.status;
    placement.stage = to;
    placement.stageSince = now;
    await tx.em.save(placement);
    await tx.em.save(opportunity);
    await record(tx, placement, from, input.note, now);
    await notify(tx, placementMoved, `${placement.id}:${now.toISOString()}:${to}`, {
      placementId: placement.id,
      from,
      to,
      actorSubject: actorOf(tx.viewer).subject,
    });
    return { placement, userErrors: [] };
  });
}

/** The stage an employer's answer moves a placement to, by its stage; anything else is refused. */
export const ANSWERS: Record<PlacementAnswer, Partial<Record<PlacementStage, PlacementStage>>> = {
  ACCEPT: { PROPOSED: INTRODUCED, INTRODUCED: TRIAL },
  DECLINE: { PROPOSED: DECLINED, INTRODUCED: DECLINED },
};

/**
 * The poster of the opportunity (a member of its business, a civil servant of its municipality) accepts or
 * declines a PROPOSED or INTRODUCED candidate, pseudonymous as everywhere for them. Another caller's
 * placement is NOT_FOUND; any other stage is INVALID_TRANSITION. The note is for the coach.
 */
export function answerPlacement(ctx: Context, input: AnswerPlacementInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const placement = await findForUpdate(tx, Placement, input.id);
    const opportunity =
      placement && (await tx.loaders.socialEnterprise.opportunityById.load(placement.opportunityId));
    if (!placement || !opportunity || !isPoster(await boardViewer(tx), opportunity)) {
      return {
        placement: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such placement', ['input', 'id'])],
      };
    }
    const to = ANSWERS[input.answer][placement.stage];
    if (!to) {
      return {
        placement: null,
        userErrors: [
          userError(
            UserErrorCode.INVALID_TRANSITION,
            `A placement that is ${placement.stage} cannot be answered with ${input.answer}`,
            ['input', 'answer'],
          ),
        ],
      };
    }
    return movePlacement(tx, { id: input.id, stage: to, note: input.note }, now);
  });
}
