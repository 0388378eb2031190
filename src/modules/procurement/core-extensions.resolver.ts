import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import {
  AnnualReview,
  checkFiguresYear,
  hasRole,
  listComplexity,
  reviewOf,
  reviewSection,
  Role,
} from '../../kit';
import { Business, Municipality, viewerBusinessId } from '../core';
import { Invitation, InvitationOutcome } from './invitation.entity';
import { procurementStats, ProcurementStats } from './procurement-stats.service';
import { SupplierProfile } from './supplier-profile.entity';

// The procurement module's fields on core types, the way a federated subgraph extends an entity.

@Resolver(() => Business)
export class BusinessProcurementResolver {
  @FieldResolver(() => SupplierProfile, {
    nullable: true,
    description: 'The business’s entry in the regional supplier database; null when it has none.',
  })
  supplierProfile(@Ctx() ctx: Context, @Root() business: Business) {
    return ctx.loaders.procurement.profileByBusinessId.load(business.id);
  }

  @FieldResolver(() => [Invitation], {
    nullable: true,
    complexity: listComplexity(20),
    description:
      'Requests this business was invited to quote for, newest first: its members and admins; null for others.',
  })
  async procurementInvitations(@Ctx() ctx: Context, @Root() business: Business) {
    if (!hasRole(ctx.viewer, Role.ADMIN) && (await viewerBusinessId(ctx)) !== business.id) return null;
    const profile = await ctx.loaders.procurement.profileByBusinessId.load(business.id);
    if (!profile) return [];
    const entries = await ctx.loaders.procurement.invitationsByProfileId.load(profile.id);
    return entries.filter((entry) => entry.outcome === InvitationOutcome.INVITED);
  }
}

@Resolver(() => Municipality)
export class MunicipalityProcurementResolver {
  @FieldResolver(() => ProcurementStats, {
    description: 'This municipality’s procurement figures of a year (public).',
  })
  procurementStats(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Arg('year', () => Int, { description: 'The year, in Amsterdam time.' }) year: number,
  ) {
    checkFiguresYear(year);
    // Batched: the municipalities of one request share one statement per year.
    return ctx.loaders.procurement.statsByYearAndMunicipality.load({
      year,
      municipalityId: municipality.id,
    });
  }
}

export const ProcurementReview = reviewSection(
  'ProcurementReview',
  ProcurementStats,
  'Procurement figures of the year and of the year before.',
);

@Resolver(() => AnnualReview)
export class AnnualReviewProcurementResolver {
  @FieldResolver(() => ProcurementReview, {
    description:
      'Requests, awards, awarded value and its regional and local shares, invitations, as ' +
      '`procurementStats`; with a municipality, that municipality’s requests (public).',
  })
  procurement(@Ctx() ctx: Context, @Root() review: AnnualReview) {
    return reviewOf(review, (year) => procurementStats(ctx, { year, municipalityId: review.municipalityId }));
  }
}
