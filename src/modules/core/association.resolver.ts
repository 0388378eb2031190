import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Association } from './association.entity';
import { listAssociations } from './catalogue.service';
import type { Context } from '../../kit';
import { DateScalar, listComplexity, periodIncludes, todayInAmsterdam } from '../../kit';
import { Municipality } from './municipality.entity';
import { RegioQ4Membership } from './regio-q4-membership.entity';

@Resolver(() => Association)
export class AssociationResolver {
  @Query(() => [Association], {
    complexity: listComplexity(10),
    description:
      'Business associations by name; with `memberOn`, only those that were members of Regio Q4 that day.',
  })
  associations(
    @Ctx() ctx: Context,
    @Arg('memberOn', () => DateScalar, {
      nullable: true,
      description: 'A day (`YYYY-MM-DD`): only associations that were members of Regio Q4 then.',
    })
    memberOn?: string,
  ) {
    return listAssociations(ctx, memberOn);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality the association works in.' })
  municipality(@Ctx() ctx: Context, @Root() association: Association) {
    return ctx.loaders.core.municipalityById.load(association.municipalityId);
  }

  @FieldResolver(() => [RegioQ4Membership], {
    description: 'Periods of membership of Regio Q4, oldest first.',
  })
  regioQ4Memberships(@Ctx() ctx: Context, @Root() association: Association) {
    return ctx.loaders.core.regioQ4MembershipsByAssociationId.load(association.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the association is a member of Regio Q4 on a day (default today).',
  })
  async isRegioQ4Member(
    @Ctx() ctx: Context,
    @Root() association: Association,
    @Arg('on', () => DateScalar, {
      nullable: true,
      description: 'The day (`YYYY-MM-DD`, Amsterdam); default today.',
    })
    on?: string,
  ) {
    const day = on ?? todayInAmsterdam();
    const periods = await ctx.loaders.core.regioQ4MembershipsByAssociationId.load(association.id);
    return periods.some((period) => periodIncludes(period, day));
  }
}
