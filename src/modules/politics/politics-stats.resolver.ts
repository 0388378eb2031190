import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { checkFiguresYear } from '../../kit';
import { municipalityArgument } from '../core';
import { PoliticsStats } from './politics-stats.payloads';
import { politicsStats } from './politics-stats.service';

@Resolver()
export class PoliticsStatsResolver {
  @Query(() => PoliticsStats, { description: 'The lobbying cycle in figures for a year (public).' })
  async politicsStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('municipality', () => String, { nullable: true, description: 'CBS code of one municipality.' })
    municipality?: string | null,
  ) {
    checkFiguresYear(year); // a bad year is refused before the municipality is looked up
    const found = await municipalityArgument(ctx, municipality);
    return politicsStats(ctx, { year, municipalityId: found?.id ?? null });
  }
}
