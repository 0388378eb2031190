import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
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
