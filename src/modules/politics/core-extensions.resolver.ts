import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import {
  AnnualReview,
  DateScalar,
  listComplexity,
  periodIncludes,
  reviewOf,
  reviewSection,
  todayInAmsterdam,
} from '../../kit';
import { Municipality } from '../core';
import { AldermanTerm } from './alderman-term.entity';
import { CoalitionAgreement } from './coalition-agreement.entity';
import { coalitionAgreementOn } from './coalition-agreement.service';
import { Party } from './party.entity';
import { PoliticsStats } from './politics-stats.payloads';
import { politicsStats } from './politics-stats.service';
import { PoliticalTracker } from './tracker.payloads';
import { politicalTracker } from './tracker.service';

// The politics module's fields on core's Municipality, the way a federated subgraph extends an entity.

@Resolver(() => Municipality)
export class MunicipalityPoliticsResolver {
  @FieldResolver(() => [Party], { complexity: listComplexity(15), description: 'Its parties, by name.' })
  parties(@Ctx() ctx: Context, @Root() municipality: Municipality) {
    return ctx.loaders.politics.partiesByMunicipalityId.load(municipality.id);
  }

  @FieldResolver(() => [AldermanTerm], {
    complexity: listComplexity(10),
    description: 'Its aldermen in office on a day, by start of term.',
  })
  async aldermen(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day; today when left out.' })
    on?: string | null,
  ) {
    const day = on ?? todayInAmsterdam();
    const terms = await ctx.loaders.politics.aldermanTermsByMunicipalityId.load(municipality.id);
    return terms.filter((term) => periodIncludes(term, day));
  }

  @FieldResolver(() => CoalitionAgreement, {
    nullable: true,
    description: 'The coalition agreement in force on a day; null when there is none.',
  })
  coalitionAgreement(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day; today when left out.' })
    on?: string | null,
  ) {
    return coalitionAgreementOn(ctx, municipality.id, on ?? todayInAmsterdam());
  }

  @FieldResolver(() => PoliticalTracker, {
    nullable: true,
    description:
      'Which of the association’s points its parties took how far (public); null without an election.',
  })
  politicalTracker(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Arg('election', () => ID, { nullable: true, description: 'The election; the latest one when left out.' })
    election?: string | null,
  ) {
    return politicalTracker(ctx, municipality, election);
  }

  @FieldResolver(() => PoliticsStats, {
    description: 'This municipality’s lobbying figures of a year (public).',
  })
  politicsStats(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
  ) {
    return politicsStats(ctx, { year, municipalityId: municipality.id });
  }
}

export const PoliticsReview = reviewSection(
  'PoliticsReview',
  PoliticsStats,
  'Lobbying figures of the year and of the year before.',
);

@Resolver(() => AnnualReview)
export class AnnualReviewPoliticsResolver {
  @FieldResolver(() => PoliticsReview, {
    description:
      'Outreach, responses per sentiment, commitments made and the stages they reached, coalition agreements, ' +
      'as `politicsStats`; with a municipality, its parties and agreements (public).',
  })
  politics(@Ctx() ctx: Context, @Root() review: AnnualReview) {
    return reviewOf(review, (year) => politicsStats(ctx, { year, municipalityId: review.municipalityId }));
  }
}
