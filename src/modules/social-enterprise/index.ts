import { defineModule } from '../../kit';
import dutch from './social-enterprise.nl.json';
import { Candidate, CandidateErasure, CandidateRead } from './candidate.entity';
import { CandidateResolver } from './candidate.resolver';
import { findCandidate } from './candidate.service';
import {
  AnnualReviewSocialEnterpriseResolver,
  BusinessOpportunitiesResolver,
  MunicipalityOpportunitiesResolver,
  OrganisationOpportunitiesResolver,
} from './core-extensions.resolver';
import { Opportunity } from './opportunity.entity';
import { OpportunityResolver } from './opportunity.resolver';
import { findOpportunity } from './opportunity.service';
import { ProjectInterest } from './project-interest.entity';
import { ProjectInterestResolver } from './project-interest.resolver';
import { SocialEnterpriseParticipation } from './participation.entity';
import { ParticipationResolver } from './participation.resolver';
import { Placement, PlacementTransition } from './placement.entity';
import { PlacementResolver, PlacementTransitionResolver } from './placement.resolver';
import { findPlacement } from './placement.service';
import { SocialEnterpriseStatsResolver } from './social-enterprise-stats.resolver';
import { socialEnterpriseExamples } from './social-enterprise.examples';
import { createSocialEnterpriseLoaders } from './social-enterprise.loaders';
import { socialEnterpriseNotifications } from './social-enterprise.notifications';
import { seedSocialEnterprise } from './social-enterprise.seed';
import { SocialReturnCredit, SocialReturnRate } from './social-return.entity';
import { SocialReturnResolver } from './social-return.resolver';

export const socialEnterprise = defineModule({
  name: 'socialEnterprise',
  dutch,
  entities: [
    Opportunity,
    Candidate,
    CandidateRead,
    CandidateErasure,
    Placement,
    PlacementTransition,
    SocialEnterpriseParticipation,
    SocialReturnRate,
    SocialReturnCredit,
    ProjectInterest,
  ],
  resolvers: [
    OpportunityResolver,
    ProjectInterestResolver,
    CandidateResolver,
    PlacementResolver,
    PlacementTransitionResolver,
    SocialReturnResolver,
    ParticipationResolver,
    SocialEnterpriseStatsResolver,
    BusinessOpportunitiesResolver,
    MunicipalityOpportunitiesResolver,
    OrganisationOpportunitiesResolver,
    AnnualReviewSocialEnterpriseResolver,
  ],
  nodeTypes: [
    { type: Opportunity, load: (ctx, id) => findOpportunity(ctx, id) },
    { type: Candidate, load: (ctx, id) => findCandidate(ctx, id) },
    { type: Placement, load: (ctx, id) => findPlacement(ctx, id) },
  ],
  createLoaders: createSocialEnterpriseLoaders,
  seedDemo: seedSocialEnterprise,
  notifications: socialEnterpriseNotifications,
  examples: socialEnterpriseExamples,
});

export { SocialEnterpriseStats } from './social-enterprise-stats.payloads';
export { socialEnterpriseStats } from './social-enterprise-stats.service';
