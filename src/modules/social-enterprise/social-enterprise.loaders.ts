import DataLoader from 'dataloader';
import type { Context } from '../../kit';
import {
  actorOf,
  childConnections,
  definePrefetch,
  groupLoader,
  prefetchById,
  rowLoader,
  SortDirection,
} from '../../kit';
import { Business, Municipality, Organisation } from '../core';
import { Candidate } from './candidate.entity';
import { Opportunity } from './opportunity.entity';
import { ProjectInterest } from './project-interest.entity';
import { SocialEnterpriseParticipation } from './participation.entity';
import { Placement, PlacementTransition } from './placement.entity';

/** The order of every list of opportunities (the board and a parent's): newest first. */
export const newestFirst = {
  column: 'row.createdAt',
  type: 'timestamp' as const,
  direction: SortDirection.DESC,
  value: (opportunity: Opportunity) => opportunity.createdAt,
};

export function createSocialEnterpriseLoaders(ctx: Context) {
  return {
    opportunityById: rowLoader(ctx, Opportunity),
    interestsByOpportunityId: groupLoader(ctx, ProjectInterest, 'opportunityId', (query) =>
      query.orderBy('row.createdAt').addOrderBy('row.id'),
    ),
    candidateById: rowLoader(ctx, Candidate),
    placementById: rowLoader(ctx, Placement),
    placementsByOpportunityId: groupLoader(ctx, Placement, 'opportunityId', (query) =>
      query.orderBy('row.createdAt').addOrderBy('row.id'),
    ),
    placementsByCandidateId: groupLoader(ctx, Placement, 'candidateId', (query) =>
      query.orderBy('row.createdAt').addOrderBy('row.id'),
    ),
    transitionsByPlacementId: groupLoader(ctx, PlacementTransition, 'placementId', (query) =>
      query.orderBy('row.at').addOrderBy('row.id'),
    ),
    /** A municipality's participation history, oldest first. */
    participationHistoryByMunicipalityId: groupLoader(
      ctx,
      SocialEnterpriseParticipation,
      'municipalityId',
      (query) => query.orderBy('row.since'),
    ),
    opportunitiesByBusinessId: childConnections(ctx, Opportunity, 'businessId', newestFirst),
    opportunitiesByMunicipalityId: childConnections(ctx, Opportunity, 'municipalityId', newestFirst),
    opportunitiesByOrganisationId: childConnections(ctx, Opportunity, 'organisationId', newestFirst),
    /**
     * Records a coach's read of a candidate: one row per candidate per request, all of a request's reads
     * in one statement. Resolves when written, so a read is never answered unlogged.
     */
    recordCandidateRead: new DataLoader<string, true>(async (candidateIds) => {
      await ctx.em.query(`INSERT INTO candidate_read (candidate_id, subject) SELECT unnest($1::uuid[]), $2`, [
        candidateIds,
        actorOf(ctx.viewer).subject,
      ]);
      return candidateIds.map(() => true as const);
    }),
  };
}

export type SocialEnterpriseLoaders = ReturnType<typeof createSocialEnterpriseLoaders>;

declare module '../../kit/context' {
  interface Loaders {
    socialEnterprise: SocialEnterpriseLoaders;
  }
}

/**
 * What a compiled opportunity board brings in its page statement (docs/module-authors.md, "Compiled lists"):
 * the rows core's row loaders would load for `municipality`, `business` and `organisation`. Interests,
 * placements and the procurement request are guarded per caller and load as before.
 */
definePrefetch(
  Opportunity,
  prefetchById({
    when: ['municipality'],
    rows: Municipality,
    key: 'municipalityId',
    loader: (ctx) => ctx.loaders.core.municipalityById,
  }),
  prefetchById({
    when: ['business'],
    rows: Business,
    key: 'businessId',
    loader: (ctx) => ctx.loaders.core.businessById,
  }),
  prefetchById({
    when: ['organisation'],
    rows: Organisation,
    key: 'organisationId',
    loader: (ctx) => ctx.loaders.core.organisationById,
  }),
);
