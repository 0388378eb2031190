import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { AnnualReview, reviewOf, reviewSection } from '../../kit';
import { NewsStats, newsStats } from './news-stats.service';

// The news module's fields on core types, the way a federated subgraph extends an entity.

export const NewsReview = reviewSection(
  'NewsReview',
  NewsStats,
  'Published articles of the year and of the year before (region-wide, also when a municipality is asked).',
);

@Resolver(() => AnnualReview)
export class AnnualReviewNewsResolver {
  @FieldResolver(() => NewsReview, {
    description:
      'Articles published per month and per label, this year and the year before (public; `newsStats`). ' +
      'Articles belong to the whole region, so a review of one municipality shows the region’s news.',
  })
  news(@Ctx() ctx: Context, @Root() review: AnnualReview) {
    return reviewOf(review, (year) => newsStats(ctx, year));
  }
}
