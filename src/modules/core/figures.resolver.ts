import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ApiScope, DateScalar, listComplexity, Role, scope, todayInAmsterdam } from '../../kit';
import type { Context } from '../../kit';
import { MunicipalityBusinessFigures } from './figures.payloads';
import { businessFigures } from './figures.service';
import { Municipality } from './municipality.entity';

@Resolver(() => MunicipalityBusinessFigures)
export class FiguresResolver {
  @Authorized(Role.ADMIN, scope(ApiScope.REPORTS_READ))
  @Query(() => [MunicipalityBusinessFigures], {
    complexity: listComplexity(10),
    description:
      'Per municipality with businesses registered by the day, by municipality name: how many, and how many ' +
      'were association members that day (admins, `reports:read`).',
  })
  businessFigures(
    @Ctx() ctx: Context,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day (Amsterdam); default today.' })
    on?: string,
  ): Promise<MunicipalityBusinessFigures[]> {
    return businessFigures(ctx, on ?? todayInAmsterdam());
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Ctx() ctx: Context, @Root() figures: MunicipalityBusinessFigures) {
    return ctx.loaders.core.municipalityById.load(figures.municipalityId);
  }
}
