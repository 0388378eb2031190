import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import {
  AnnualReview,
  checkReviewYear,
  REVIEW_FIGURES_READERS,
  reviewOf,
  reviewSection,
  satisfies,
} from '../../kit';
import type { Context } from '../../kit';
import { PlansFigures } from './board-plan.payloads';
import { plansFigures } from './board-plan.service';
import { municipalityArgument } from './catalogue.service';
import { MembershipFigures } from './figures.payloads';
import { membershipFigures } from './figures.service';
import { Municipality } from './municipality.entity';

export const MembershipReview = reviewSection(
  'MembershipReview',
  MembershipFigures,
  'Membership on 31 December of the year and of the year before.',
);

export const PlansReview = reviewSection(
  'PlansReview',
  PlansFigures,
  'The board’s agenda as the review of the year and of the year before had it.',
);

@Resolver(() => AnnualReview)
export class AnnualReviewResolver {
  @Query(() => AnnualReview, {
    description:
      'The yearly review of a year, region-wide or for one municipality (public; restricted sections are ' +
      'null for callers who may not see them). Select only the sections you need: the others cost nothing.',
  })
  async annualReview(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The calendar year, 2001 to 2100 (Amsterdam time).' })
    year: number,
    @Arg('municipality', () => String, {
      nullable: true,
      description: 'CBS code of one municipality (e.g. `GM0355`); left out: the whole region.',
    })
    municipality?: string | null,
  ): Promise<AnnualReview> {
    checkReviewYear(year);
    // A typo must not read as a municipality without figures (NOT_FOUND); the sections load it by id for free.
    const found = await municipalityArgument(ctx, municipality);
    return { year, municipalityCode: found?.cbsCode ?? null, municipalityId: found?.id ?? null };
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The municipality reviewed; null for the whole region.',
  })
  municipality(@Ctx() ctx: Context, @Root() review: AnnualReview) {
    return review.municipalityId ? ctx.loaders.core.municipalityById.load(review.municipalityId) : null;
  }

  @FieldResolver(() => MembershipReview, {
    nullable: true,
    description:
      'The associations that were members of Regio Q4 on 31 December, and `businessFigures` on that day ' +
      '(admins and `reports:read` keys; null for everyone else).',
  })
  membership(@Ctx() ctx: Context, @Root() review: AnnualReview) {
    if (!satisfies(ctx.viewer, REVIEW_FIGURES_READERS)) return null;
    return reviewOf(review, (year) =>
      membershipFigures(ctx, { year, municipalityId: review.municipalityId }),
    );
  }

  @FieldResolver(() => PlansReview, {
    description:
      'The board’s agenda for the year after the one reviewed, and whether the agenda for the year itself was ' +
      'carried out (public; always region-wide: the board sets one agenda).',
  })
  plans(@Ctx() ctx: Context, @Root() review: AnnualReview) {
    return reviewOf(review, (year) => plansFigures(ctx, year));
  }
}
