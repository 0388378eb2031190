import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../core';
import { Business, ConnectionArgs, connectionComplexity, Municipality, Organisation } from '../core';
import { OpportunityConnection } from './opportunity.resolver';
import { opportunitiesOf } from './opportunity.service';
import { SocialEnterpriseParticipation } from './participation.entity';
import { OpportunityStatus } from './social-enterprise.enums';

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
    description: 'Where the municipality stands on the opportunity-board model; null when never discussed.',
  })
  socialEnterpriseParticipation(@Ctx() ctx: Context, @Root() municipality: Municipality) {
    return ctx.loaders.socialEnterprise.participationByMunicipalityId.load(municipality.id);
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
