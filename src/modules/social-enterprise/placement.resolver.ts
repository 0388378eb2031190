import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { listComplexity, Role, shownActor } from '../../kit';
import { Candidate } from './candidate.entity';
import { employerOf, employerPseudonym } from './candidate.service';
import { CANDIDATE_READERS, Identifying } from './identifying';
import { Opportunity } from './opportunity.entity';
import { Placement, PlacementTransition } from './placement.entity';
import { AnswerPlacementInput, MovePlacementInput, ProposePlacementInput } from './placement.inputs';
import * as placements from './placement.service';
import { CandidateProfile, MovePlacementPayload, ProposePlacementPayload } from './placement.payloads';

@Resolver(() => Placement)
export class PlacementResolver {
  @Authorized(...CANDIDATE_READERS)
  @Mutation(() => ProposePlacementPayload, { description: 'Proposes a candidate for an OPEN opportunity.' })
  proposePlacement(
    @Ctx() ctx: Context,
    @Arg('input', () => ProposePlacementInput, { description: 'The candidate and the opportunity.' })
    input: ProposePlacementInput,
  ) {
    return placements.proposePlacement(ctx, input);
  }

  @Authorized(...CANDIDATE_READERS)
  @Mutation(() => MovePlacementPayload, {
    description:
      'Moves a placement to its next stage; anything but the next stage, ENDED or DECLINED is ' +
      'INVALID_TRANSITION. PLACED takes a place; the last place fills the opportunity.',
  })
  movePlacement(
    @Ctx() ctx: Context,
    @Arg('input', () => MovePlacementInput, { description: 'The placement and the stage.' })
    input: MovePlacementInput,
  ) {
    return placements.movePlacement(ctx, input);
  }

  @Authorized(Role.MEMBER, Role.CIVIL_SERVANT)
  @Mutation(() => MovePlacementPayload, {
    description:
      'The poster of the opportunity accepts (PROPOSED → INTRODUCED, INTRODUCED → TRIAL) or declines ' +
      '(→ DECLINED) a candidate, with an optional note to the coach; other stages are INVALID_TRANSITION.',
  })
  answerPlacement(
    @Ctx() ctx: Context,
    @Arg('input', () => AnswerPlacementInput, { description: 'The placement and the answer.' })
    input: AnswerPlacementInput,
  ) {
    return placements.answerPlacement(ctx, input);
  }

  @FieldResolver(() => Opportunity, { description: 'The opportunity.' })
  async opportunity(@Ctx() ctx: Context, @Root() placement: Placement) {
    return ctx.loaders.socialEnterprise.opportunityById.load(placement.opportunityId);
  }

  @FieldResolver(() => Candidate, { description: 'The candidate: coaches and admins only.' })
  @Identifying()
  candidate(@Ctx() ctx: Context, @Root() placement: Placement) {
    return ctx.loaders.socialEnterprise.candidateById.load(placement.candidateId);
  }

  @FieldResolver(() => CandidateProfile, { description: 'The candidate without name or contact details.' })
  async candidateProfile(@Ctx() ctx: Context, @Root() placement: Placement): Promise<CandidateProfile> {
    const [candidate, opportunity] = await Promise.all([
      ctx.loaders.socialEnterprise.candidateById.load(placement.candidateId),
      ctx.loaders.socialEnterprise.opportunityById.load(placement.opportunityId),
    ]);
    return {
      candidateId: candidate!.id,
      pseudonym: employerPseudonym(candidate!, employerOf(opportunity!)),
      targetGroup: candidate!.targetGroup,
      skills: candidate!.skills,
      availability: candidate!.availability,
    };
  }

  @FieldResolver(() => [PlacementTransition], {
    complexity: listComplexity(6),
    description: 'Every step with time, actor and note, oldest first: coaches and admins only.',
  })
  @Identifying()
  transitions(@Ctx() ctx: Context, @Root() placement: Placement) {
    return ctx.loaders.socialEnterprise.transitionsByPlacementId.load(placement.id);
  }
}

@Resolver(() => PlacementTransition)
export class PlacementTransitionResolver {
  @FieldResolver(() => String, { description: 'Who made the step (name from their token).' })
  @Identifying()
  actorName(@Root() transition: PlacementTransition) {
    return shownActor(transition.actorName);
  }
}
