import { Field, Int, ObjectType } from 'type-graphql';
import type { Viewer } from './auth';
import { hasRole, Role } from './auth';

/** Counts below this are hidden from everyone but coaches and admins: in a small town, 2 is a person. */
export const SUPPRESSION_THRESHOLD = 5;

@ObjectType({
  description:
    'A count that may be suppressed: exact for coaches and admins; for everyone else (API keys included) a ' +
    'count below 5, or one from which such a count could be derived by subtraction, is null with ' +
    '`suppressed: true`.',
})
export class SuppressedCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'Whether the count is withheld to protect the people behind it.' })
  suppressed!: boolean;
}

/** Whether the viewer sees small counts exactly (coaches and admins, who see the people anyway). */
export const seesExactCounts = (viewer: Viewer) => hasRole(viewer, Role.COACH, Role.ADMIN);

const shown = (value: number): SuppressedCount => ({ value, suppressed: false });
const SUPPRESSED: SuppressedCount = Object.freeze({ value: null, suppressed: true }) as SuppressedCount;

/** Counts tied by a sum: the count at `total` is the sum of the counts at `parts` (indexes into a table). */
export interface CountSum {
  total: number;
  parts: number[];
}

const EPSILON = 1e-9;

/**
 * The withheld counts that an outsider can still work out exactly from the shown ones and the sums (the
 * linear algebra of all the sums together, not one at a time). Zeros count as known: withholding a 0 covers
 * nothing, and an outsider may learn it otherwise (a count is never below 0).
 */
function derivable(values: number[], sums: CountSum[], hidden: Set<number>): number[] {
  const unknown = [...hidden].filter((i) => values[i] !== 0).sort((a, b) => a - b);
  const column = new Map(unknown.map((cell, i) => [cell, i]));
  // Reduced row echelon form of the sums over the unknown counts.
  const echelon: { pivot: number; row: number[] }[] = [];
  for (const { total, parts } of sums) {
    const row = new Array<number>(unknown.length).fill(0);
    for (const [cell, sign] of [[total, 1] as const, ...parts.map((p) => [p, -1] as const)]) {
      const i = column.get(cell);
      if (i !== undefined) row[i] += sign;
    }
    for (const e of echelon) {
      const f = row[e.pivot];
      if (Math.abs(f) > EPSILON) e.row.forEach((x, i) => (row[i] -= f * x));
    }
    const pivot = row.findIndex((x) => Math.abs(x) > EPSILON);
    if (pivot < 0) continue;
    const p = row[pivot];
    row.forEach((x, i) => (row[i] = x / p));
    for (const e of echelon) {
      const f = e.row[pivot];
      if (Math.abs(f) > EPSILON) e.row.forEach((x, i) => (e.row[i] = x - f * row[i]));
    }
    echelon.push({ pivot, row });
  }
  // An unknown is determined when its pivot row names no other unknown.
  return echelon
    .filter(({ pivot, row }) => row.every((x, i) => i === pivot || Math.abs(x) < EPSILON))
    .map(({ pivot }) => unknown[pivot]);
}

/**
 * A table of counts tied by sums (a total and its breakdowns; the region and its municipalities, figure by
 * figure), suppressed for the viewer as one: every count below the threshold is withheld; then, until
 * nothing changes,
 * - a withheld count of 1 to 4 that the shown counts and the sums still determine (however combined) makes
 *   the smallest shown count beside it in a sum withheld too;
 * - in every sum, the withheld parts that cannot be worked out must add up to 0 or at least the threshold
 *   (so `total − shown parts` tells no small number): the smallest shown parts are withheld until they do,
 *   and the total too when no part is left. A withheld count that can be worked out covers nothing.
 * The same table gives the same result for every query that shows a piece of it, so what several queries
 * show together is as safe as what one shows.
 */
export function suppressTable(viewer: Viewer, values: number[], sums: CountSum[]): SuppressedCount[] {
  if (seesExactCounts(viewer)) return values.map(shown);
  const hidden = new Set(values.flatMap((value, i) => (value < SUPPRESSION_THRESHOLD ? [i] : [])));
  // Smallest first; of equal counts the earlier (a stable order, so every query withholds the same).
  const smallestShown = (cells: number[]) =>
    cells.filter((i) => !hidden.has(i)).sort((a, b) => values[a] - values[b] || a - b)[0];
  const small = (i: number) => values[i] > 0 && values[i] < SUPPRESSION_THRESHOLD;
  for (;;) {
    const known = new Set(derivable(values, sums, hidden));
    const leak = [...known].find(small);
    if (leak !== undefined) {
      const beside = sums
        .filter((s) => s.total === leak || s.parts.includes(leak))
        .flatMap((s) => [s.total, ...s.parts]);
      // Beside it first; when everything beside it is withheld already, the smallest shown count anywhere.
      const next = smallestShown(beside) ?? smallestShown([...values.keys()]);
      // (With every count withheld nothing can be worked out; this only guards the loop.)
      if (next === undefined) break;
      hidden.add(next);
      continue;
    }
    let changed = false;
    for (const { total, parts } of sums) {
      let cover = parts.reduce((sum, i) => sum + (hidden.has(i) && !known.has(i) ? values[i] : 0), 0);
      // A withheld sum of 0 tells nobody anything (every withheld part is 0); 1 to 4 would tell a person.
      while (cover > 0 && cover < SUPPRESSION_THRESHOLD) {
        const next = smallestShown(parts) ?? (hidden.has(total) ? undefined : total);
        if (next === undefined) break;
        hidden.add(next);
        changed = true;
        if (next === total) break;
        cover += values[next];
      }
    }
    if (!changed) break;
  }
  return values.map((value, i) => (hidden.has(i) ? SUPPRESSED : shown(value)));
}

/**
 * A total and the parts it is split into (one breakdown), suppressed for the viewer: `suppressTable` with one
 * sum. Every part below the threshold is withheld; while the withheld parts together are below the threshold
 * (so `total − visible parts` would tell a small number, or one withheld part exactly), the smallest visible
 * part is withheld too, until they add up to at least the threshold (or to 0); the total is withheld when it
 * is itself below the threshold. Parts keep their order.
 */
export function suppressBreakdown(
  viewer: Viewer,
  total: number,
  parts: number[],
): { total: SuppressedCount; parts: SuppressedCount[] } {
  const [suppressedTotal, ...suppressedParts] = suppressTable(
    viewer,
    [total, ...parts],
    [{ total: 0, parts: parts.map((_, i) => i + 1) }],
  );
  return { total: suppressedTotal, parts: suppressedParts };
}

/** One count on its own, suppressed for the viewer. */
export function suppressCount(viewer: Viewer, value: number): SuppressedCount {
  return suppressBreakdown(viewer, value, []).total;
}
