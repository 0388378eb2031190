import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { listComplexity, Role, shownActor } from '../../kit';
import { CANDIDATE_READERS } from './identifying';
import { Placement } from './placement.entity';
import { findPlacement } from './placement.service';
import { SocialReturnCredit, SocialReturnRate } from './social-return.entity';
import { ConfirmSocialReturnCreditsInput, CreditSocialReturnInput } from './social-return.inputs';
import {
  ConfirmSocialReturnCreditsPayload,
  CreditSocialReturnPayload,
  SocialReturnStatus,
} from './social-return.payloads';
import {
  confirmSocialReturnCredits,
  creditSocialReturn,
  listRates,
  socialReturnStatus,
} from './social-return.service';

@Resolver(() => SocialReturnCredit)
export class SocialReturnResolver {
  @Query(() => [SocialReturnRate], {
    complexity: listComplexity(12),
    description: 'What a placement is worth towards social return, by target group and duration (public).',
  })
  socialReturnRates(@Ctx() ctx: Context) {
    return listRates(ctx);
  }

  @Query(() => SocialReturnStatus, {
    nullable: true,
    description:
      'Obligated, credited and remaining social return of an award: coaches, admins, civil servants of the ' +
      'buying municipality and members of the supplier; null for others.',
  })
  socialReturnStatus(
    @Ctx() ctx: Context,
    @Arg('awardId', () => ID, { description: 'The award.' }) awardId: string,
  ) {
    return socialReturnStatus(ctx, awardId);
  }

  @Authorized(...CANDIDATE_READERS)
  @Mutation(() => CreditSocialReturnPayload, {
    description: 'Credits a placement to an award’s obligation; a placement counts once (ALREADY_CREDITED).',
  })
  creditSocialReturn(
    @Ctx() ctx: Context,
    @Arg('input', () => CreditSocialReturnInput, { description: 'The award, placement and duration.' })
    input: CreditSocialReturnInput,
  ) {
    return creditSocialReturn(ctx, input);
  }

  @Authorized(Role.CIVIL_SERVANT)
  @Mutation(() => ConfirmSocialReturnCreditsPayload, {
    description:
      'A civil servant of the buying municipality confirms the credits of an award that await confirmation.',
  })
  confirmSocialReturnCredits(
    @Ctx() ctx: Context,
    @Arg('input', () => ConfirmSocialReturnCreditsInput, {
      description: 'The award and the amount checked.',
    })
    input: ConfirmSocialReturnCreditsInput,
  ) {
    return confirmSocialReturnCredits(ctx, input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who confirmed it for the buyer (name from their token); null until confirmed.',
  })
  confirmedByName(@Root() credit: SocialReturnCredit) {
    return credit.confirmedAt ? shownActor(credit.confirmedByName) : null;
  }

  @FieldResolver(() => String, { description: 'Who credited it (name from their token).' })
  creditedByName(@Root() credit: SocialReturnCredit) {
    return shownActor(credit.creditedByName);
  }

  @FieldResolver(() => Placement, {
    nullable: true,
    description: 'The placement; null when hidden from you.',
  })
  placement(@Ctx() ctx: Context, @Root() credit: SocialReturnCredit) {
    return findPlacement(ctx, credit.placementId);
  }
}
