import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { AnnualReview, ConnectionArgs, connectionComplexity, reviewOf, reviewSection } from '../../kit';
import { Association, Organisation } from '../core';
import { ArticleConnection } from './article.resolver';
import { articlesSignedFor } from './article.service';
import { NewsStats } from './news-stats.payloads';
import { newsStats } from './news-stats.service';

// The news module's fields on core types, the way a federated subgraph extends an entity.

@Resolver(() => Association)
export class AssociationArticlesResolver {
  @FieldResolver(() => ArticleConnection, {
    complexity: connectionComplexity,
    description: 'Articles signed for this association that you may see, newest first.',
  })
  articles(@Ctx() ctx: Context, @Root() association: Association, @Args() page: ConnectionArgs) {
    return articlesSignedFor(ctx, { associationId: association.id }, page);
  }
}

@Resolver(() => Organisation)
export class OrganisationArticlesResolver {
  @FieldResolver(() => ArticleConnection, {
    complexity: connectionComplexity,
    description: 'Articles signed for this organisation that you may see, newest first.',
  })
  articles(@Ctx() ctx: Context, @Root() organisation: Organisation, @Args() page: ConnectionArgs) {
    return articlesSignedFor(ctx, { organisationId: organisation.id }, page);
  }
}

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
    return reviewOf(review, (year) => newsStats(ctx, { year, municipalityId: review.municipalityId }));
  }
}
