import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { checkCbsCode, listComplexity, Role } from '../../kit';
import { Municipality } from '../core';
import { SocialEnterpriseParticipation } from './participation.entity';
import {
  listParticipation,
  setParticipation,
  SetSocialEnterpriseParticipationInput,
  SetSocialEnterpriseParticipationPayload,
} from './participation.service';
import { socialEnterpriseStats, SocialEnterpriseStats } from './social-enterprise-stats.service';

@Resolver(() => SocialEnterpriseParticipation)
export class ParticipationResolver {
  @Query(() => [SocialEnterpriseParticipation], {
    complexity: listComplexity(10),
    description: 'Which municipalities run the opportunity-board model, in talks or declined (public).',
  })
  socialEnterpriseParticipation(@Ctx() ctx: Context) {
    return listParticipation(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SetSocialEnterpriseParticipationPayload, {
    description: 'Records where a municipality stands on the model (admins).',
  })
  setSocialEnterpriseParticipation(
    @Ctx() ctx: Context,
    @Arg('input', () => SetSocialEnterpriseParticipationInput, {
      description: 'The municipality and status.',
    })
    input: SetSocialEnterpriseParticipationInput,
  ) {
    return setParticipation(ctx, input);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Ctx() ctx: Context, @Root() participation: SocialEnterpriseParticipation) {
    return ctx.loaders.core.municipalityById.load(participation.municipalityId);
  }
}

@Resolver()
export class SocialEnterpriseStatsResolver {
  @Query(() => SocialEnterpriseStats, {
    description: 'Figures of the opportunity board for a year (public; small counts suppressed).',
  })
  socialEnterpriseStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year, in Amsterdam time.' }) year: number,
    @Arg('municipality', () => String, { nullable: true, description: 'CBS code of the municipality.' })
    municipality?: string | null,
  ) {
    checkCbsCode(municipality);
    return socialEnterpriseStats(ctx, { year, municipality: municipality ?? null });
  }
}
