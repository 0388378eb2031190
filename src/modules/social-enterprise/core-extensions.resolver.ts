import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import {
  AnnualReview,
  ConnectionArgs,
  DateScalar,
  connectionComplexity,
  reviewOf,
  reviewSection,
} from '../../kit';
import { Business, Municipality, Organisation } from '../core';
import { OpportunityConnection } from './opportunity.resolver';
import { opportunitiesOf } from './opportunity.service';
import { SocialEnterpriseParticipation } from './participation.entity';
import { participationOf } from './participation.service';
import { SocialEnterpriseStats } from './social-enterprise-stats.payloads';
import { socialEnterpriseStats } from './social-enterprise-stats.service';
import { OpportunityStatus } from './opportunity.enum';

// The social-enterprise module's fields on core types, the way a federated subgraph extends an entity.

const STATUS = {
  nullable: true,
  description: 'Only this status; by default every status you may see (others than OPEN: posters, coaches).',
};

@Resolver(() => Business)
export class BusinessOpportunitiesResolver {
  @FieldResolver(() => OpportunityConnection, {
    complexity: connectionComplexity,
    description: 'Opportunities the business posted that you may see, newest first.',
  })
  opportunities(
    @Ctx() ctx: Context,
    @Root() business: Business,
    @Args() page: ConnectionArgs,
    @Arg('status', () => OpportunityStatus, STATUS) status?: OpportunityStatus | null,
  ) {
    return opportunitiesOf(ctx, 'business', business.id, page, status);
  }
}

@Resolver(() => Municipality)
export class MunicipalityOpportunitiesResolver {
  @FieldResolver(() => OpportunityConnection, {
    complexity: connectionComplexity,
    description: 'Opportunities in the municipality that you may see, newest first.',
  })
  opportunities(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Args() page: ConnectionArgs,
    @Arg('status', () => OpportunityStatus, STATUS) status?: OpportunityStatus | null,
  ) {
    return opportunitiesOf(ctx, 'municipality', municipality.id, page, status);
  }

  @FieldResolver(() => SocialEnterpriseParticipation, {
    nullable: true,
    description:
      'Where the municipality stood on the opportunity-board model on a day; null when not yet discussed then.',
  })
  socialEnterpriseParticipation(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day; today when left out.' })
    on?: string | null,
  ) {
    return participationOf(ctx, municipality.id, on ?? null);
  }
}

@Resolver(() => Organisation)
export class OrganisationOpportunitiesResolver {
  @FieldResolver(() => OpportunityConnection, {
    complexity: connectionComplexity,
    description: 'Opportunities the institution posted that you may see, newest first.',
  })
  opportunities(
    @Ctx() ctx: Context,
    @Root() organisation: Organisation,
    @Args() page: ConnectionArgs,
    @Arg('status', () => OpportunityStatus, STATUS) status?: OpportunityStatus | null,
  ) {
    return opportunitiesOf(ctx, 'organisation', organisation.id, page, status);
  }
}

export const SocialEnterpriseReview = reviewSection(
  'SocialEnterpriseReview',
  SocialEnterpriseStats,
  'Opportunity-board figures of the year and of the year before, suppressed as `socialEnterpriseStats`.',
);

@Resolver(() => AnnualReview)
export class AnnualReviewSocialEnterpriseResolver {
  @FieldResolver(() => SocialEnterpriseReview, {
    description:
      'Opportunities, placements by stage and target group, fill rate and median days to placement, as ' +
      '`socialEnterpriseStats`; with a municipality, opportunities there (public). Counts below 5, and counts ' +
      'that would tell one by subtraction, are suppressed for everyone but coaches and admins, API keys ' +
      'included.',
  })
  socialEnterprise(@Ctx() ctx: Context, @Root() review: AnnualReview) {
    return reviewOf(review, (year) =>
      socialEnterpriseStats(ctx, { year, municipalityId: review.municipalityId }),
    );
  }
}
