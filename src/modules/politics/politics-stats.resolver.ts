import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { Municipality } from '../core';
import { politicsStats, PoliticsStats } from './politics-stats.service';

@Resolver()
export class PoliticsStatsResolver {
  @Query(() => PoliticsStats, { description: 'The lobbying cycle in figures for a year (public).' })
  politicsStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('municipality', () => String, { nullable: true, description: 'CBS code of one municipality.' })
    municipality?: string | null,
  ) {
    return politicsStats(ctx, { year, municipality });
  }
}

@Resolver(() => Municipality)
export class MunicipalityPoliticsStatsResolver {
  @FieldResolver(() => PoliticsStats, {
    description: 'This municipality’s lobbying figures of a year (public).',
  })
  politicsStats(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
  ) {
    return politicsStats(ctx, { year, municipality: municipality.cbsCode });
  }
}
