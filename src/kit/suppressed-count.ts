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
const hidden: SuppressedCount = Object.freeze({ value: null, suppressed: true }) as SuppressedCount;

/**
 * A total and the parts it is split into (one breakdown), suppressed for the viewer. Every part below the
 * threshold is withheld; while the withheld parts together are below the threshold (so `total − visible
 * parts` would tell a small number, or one withheld part exactly), the smallest visible part is withheld
 * too, until they add up to at least the threshold (or to 0); the total is withheld when it is itself below
 * the threshold. Parts keep their order.
 */
export function suppressBreakdown(
  viewer: Viewer,
  total: number,
  parts: number[],
): { total: SuppressedCount; parts: SuppressedCount[] } {
  if (seesExactCounts(viewer)) return { total: shown(total), parts: parts.map(shown) };
  const withheld = new Set(parts.flatMap((value, i) => (value < SUPPRESSION_THRESHOLD ? [i] : [])));
  let sumWithheld = [...withheld].reduce((sum, i) => sum + parts[i], 0);
  // The visible parts, smallest first (a stable sort: the earlier of equal parts goes first).
  const visible = parts
    .map((value, i) => ({ value, i }))
    .filter(({ i }) => !withheld.has(i))
    .sort((a, b) => a.value - b.value);
  for (const { value, i } of visible) {
    // A withheld sum of 0 tells nobody anything (every withheld part is 0); 1 to 4 would tell a person.
    if (sumWithheld === 0 || sumWithheld >= SUPPRESSION_THRESHOLD) break;
    withheld.add(i);
    sumWithheld += value;
  }
  return {
    total: total < SUPPRESSION_THRESHOLD ? hidden : shown(total),
    parts: parts.map((value, i) => (withheld.has(i) ? hidden : shown(value))),
  };
}

/** One count on its own, suppressed for the viewer. */
export function suppressCount(viewer: Viewer, value: number): SuppressedCount {
  return suppressBreakdown(viewer, value, []).total;
}
