import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { NewsStats } from './news-stats.payloads';
import { newsStats } from './news-stats.service';

@Resolver()
export class NewsStatsResolver {
  @Query(() => NewsStats, {
    description: 'News figures of a year: published articles per month and per label (public).',
  })
  newsStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The calendar year, by `publishedAt` in Amsterdam time.' })
    year: number,
  ) {
    return newsStats(ctx, { year, municipalityId: null });
  }
}
