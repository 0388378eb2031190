import { badUserInput } from './errors';

/** Years the yearly figures (`newsStats`, `networkingStats`, ...) cover; anything else is BAD_USER_INPUT. */
export const FIRST_FIGURES_YEAR = 2000;
export const LAST_FIGURES_YEAR = 2100;

/** Refuses a year outside `first`..`LAST_FIGURES_YEAR` (a review also needs the year before: it starts later). */
export function checkFiguresYear(year: number, first = FIRST_FIGURES_YEAR): void {
  if (!Number.isInteger(year) || year < first || year > LAST_FIGURES_YEAR) {
    throw badUserInput(`year must be between ${first} and ${LAST_FIGURES_YEAR}`, [
      { path: ['year'], message: 'out of range' },
    ]);
  }
}

/** Decimals of every share (0..1) in the figures: 3, i.e. a tenth of a percentage point. */
export const SHARE_DECIMALS = 3;

/** `part / whole` rounded to `SHARE_DECIMALS`; null when `whole` is 0 (no base to share). */
export function roundedShare(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const factor = 10 ** SHARE_DECIMALS;
  return Math.round((part / whole) * factor) / factor;
}

/**
 * What every stats service behind the annual review takes (`xStats(ctx, { year, municipalityId })`): the
 * calendar year (Amsterdam time) and the municipality by database id, null for the whole region. Resolvers
 * turn a `municipality` argument (a CBS code) into the id with core's `municipalityArgument`.
 */
export interface FiguresScope {
  year: number;
  municipalityId: string | null;
}
