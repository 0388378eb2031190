import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Business } from './business.entity';
import type { Context } from '../../kit';
import { Municipality } from './municipality.entity';
import {
  checkCbsCode,
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  listComplexity,
  prefetchPlan,
} from '../../kit';
import { listMunicipalities } from './catalogue.service';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => [Municipality], {
    complexity: listComplexity(10),
    description: 'Municipalities by name; `inRegion: true` gives the five of Regio Q4.',
  })
  municipalities(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('inRegion', () => Boolean, {
      nullable: true,
      description: 'true: only the five of Regio Q4; false: only the others; left out: all.',
    })
    inRegion?: boolean,
  ) {
    return listMunicipalities(ctx, inRegion, prefetchPlan(ctx, info, Municipality, 'municipality', ['']));
  }

  @Query(() => Municipality, {
    nullable: true,
    description: 'A municipality by CBS code; null when unknown.',
  })
  municipality(
    @Ctx() ctx: Context,
    @Arg('cbsCode', () => String, { description: 'CBS code, `GM` and four digits, e.g. `GM0355`.' })
    cbsCode: string,
  ) {
    return ctx.loaders.core.municipalityByCbsCode.load(checkCbsCode(cbsCode, 'cbsCode'));
  }

  @FieldResolver(() => ConnectionType(Business), {
    complexity: connectionComplexity,
    description: 'Businesses in the municipality, by name.',
  })
  businesses(@Ctx() ctx: Context, @Root() municipality: Municipality, @Args() page: ConnectionArgs) {
    return ctx.loaders.core.businessesByMunicipalityId.load(municipality.id, page);
  }
}
