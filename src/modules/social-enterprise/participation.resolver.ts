import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { DateScalar, listComplexity, Role } from '../../kit';
import { Municipality } from '../core';
import { SocialEnterpriseParticipation } from './participation.entity';
import { SetSocialEnterpriseParticipationInput } from './participation.inputs';
import { SetSocialEnterpriseParticipationPayload } from './participation.payloads';
import { listParticipation, setParticipation } from './participation.service';

@Resolver(() => SocialEnterpriseParticipation)
export class ParticipationResolver {
  @Query(() => [SocialEnterpriseParticipation], {
    complexity: listComplexity(10),
    description:
      'Which municipalities ran the opportunity-board model, were in talks or had declined on a day (public): ' +
      'adopted first, then in talks, then declined.',
  })
  socialEnterpriseParticipation(
    @Ctx() ctx: Context,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day; today when left out.' })
    on?: string | null,
  ) {
    return listParticipation(ctx, on ?? null);
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
