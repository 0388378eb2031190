import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ApiScope, Role, scope } from './auth';
import { checkFiguresYear, FIRST_FIGURES_YEAR, LAST_FIGURES_YEAR } from './figures';

/**
 * Who sees a review's restricted sections (`membership`, `networking`): the rule of `businessFigures` and
 * `networkingStats`. Everyone else gets those sections as null, not an error, so one review query serves all.
 */
export const REVIEW_FIGURES_READERS = [Role.ADMIN, scope(ApiScope.REPORTS_READ)];

/**
 * The board's yearly review of one year, region-wide or for one municipality. Core defines only the frame;
 * every module adds its section as a field resolver on this type (in its `core-extensions.resolver.ts`),
 * so a new module adds a section without touching core or another module.
 */
@ObjectType({
  description:
    'The yearly review: each module adds its section (`membership`, `news`, `networking`, `procurement`, ...), ' +
    'each with the year’s figures (`current`) and the previous year’s (`previous`) beside them. A section ' +
    'that is not selected is not computed.',
})
export class AnnualReview {
  @Field(() => Int, { description: 'The calendar year reviewed (Amsterdam time).' })
  year!: number;

  /** CBS code of the municipality reviewed; null for the whole region. */
  municipalityCode!: string | null;

  /** Database id of that municipality (null for the whole region). */
  municipalityId!: string | null;
}

/** Years a review may cover: the previous year must also lie in the figures' range (2000..2100). */
export const FIRST_REVIEW_YEAR = FIRST_FIGURES_YEAR + 1;
export const LAST_REVIEW_YEAR = LAST_FIGURES_YEAR;

export function checkReviewYear(year: number): void {
  checkFiguresYear(year, FIRST_REVIEW_YEAR);
}

/** A section's figures for the year and the year before: the one shape of every section. */
export interface ReviewSection<T> {
  current: T;
  previous: T;
}

/**
 * The GraphQL type of a section: `{ current: F!, previous: F! }` over a module's figures type `F`
 * (e.g. `reviewSection('NetworkingReview', NetworkingStats)`).
 */
export function reviewSection<T extends object>(
  name: string,
  figures: ClassType<T>,
  description: string,
): ClassType<ReviewSection<T>> {
  @ObjectType(name, { description })
  class Section implements ReviewSection<T> {
    @Field(() => figures, { description: 'Figures of the year reviewed.' })
    current!: T;

    @Field(() => figures, { description: 'The same figures of the year before, for comparison.' })
    previous!: T;
  }
  return Section;
}

/** Computes a section: the module's own stats function for the year and the year before, side by side. */
export async function reviewOf<T>(
  review: AnnualReview,
  figuresOf: (year: number) => Promise<T>,
): Promise<ReviewSection<T>> {
  const [current, previous] = await Promise.all([figuresOf(review.year), figuresOf(review.year - 1)]);
  return { current, previous };
}
