import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { listComplexity, Role } from '../../kit';
import { Municipality } from '../core';
import { SocialEnterpriseParticipation } from './participation.entity';
import { SetSocialEnterpriseParticipationInput } from './participation.inputs';
import { SetSocialEnterpriseParticipationPayload } from './participation.payloads';
import { listParticipation, setParticipation } from './participation.service';

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
