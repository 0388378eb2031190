import 'reflect-metadata';
import type { Viewer } from './auth';
import { ANONYMOUS, ApiScope, Role, ViewerKind } from './auth';
import { suppressBreakdown, suppressCount, suppressTable } from './suppressed-count';

const coach: Viewer = { ...ANONYMOUS, kind: ViewerKind.PERSON, subject: 'c', roles: [Role.COACH] };
const admin: Viewer = { ...coach, roles: [Role.ADMIN] };
const member: Viewer = { ...coach, roles: [Role.MEMBER] };
const reportsKey: Viewer = { ...ANONYMOUS, kind: ViewerKind.API_KEY, scopes: [ApiScope.REPORTS_READ] };
const values = (result: ReturnType<typeof suppressBreakdown>) => [
  result.total.value,
  ...result.parts.map((p) => p.value),
];

test('exact for coaches and admins, whatever the size', () => {
  for (const viewer of [coach, admin]) {
    expect(values(suppressBreakdown(viewer, 6, [4, 2, 0]))).toEqual([6, 4, 2, 0]);
  }
});

test('below 5 is suppressed for everyone else, API keys included: 4 is hidden, 5 is shown', () => {
  for (const viewer of [ANONYMOUS, member, reportsKey]) {
    expect(suppressCount(viewer, 4)).toEqual({ value: null, suppressed: true });
    expect(suppressCount(viewer, 5)).toEqual({ value: 5, suppressed: false });
  }
});

test('a total minus its visible parts never gives a suppressed count', () => {
  // One small part: the smallest other part is withheld too, so 14 − 7 = 5 + 2 cannot be split.
  expect(values(suppressBreakdown(ANONYMOUS, 14, [7, 5, 2]))).toEqual([14, 7, null, null]);
  expect(values(suppressBreakdown(ANONYMOUS, 14, [5, 7, 2]))).toEqual([14, null, 7, null]);
  // Two small parts that add up to less than 5 (1 + 2): one more is withheld.
  expect(values(suppressBreakdown(ANONYMOUS, 19, [1, 2, 6, 10]))).toEqual([19, null, null, null, 10]);
  // Small parts that add up to 5 or more need nothing more: 20 − 12 = 8 = 4 + 4.
  expect(values(suppressBreakdown(ANONYMOUS, 20, [4, 4, 12]))).toEqual([20, null, null, 12]);
  // Only zeros withheld: the subtraction gives 0, which tells nothing about anyone.
  expect(values(suppressBreakdown(ANONYMOUS, 11, [5, 6, 0]))).toEqual([11, 5, 6, null]);
  // A small total is withheld with all its parts.
  expect(values(suppressBreakdown(ANONYMOUS, 3, [1, 2]))).toEqual([null, null, null]);
  for (const parts of [
    [7, 5, 0],
    [1, 2, 6, 10],
    [4, 4, 12],
    [3, 9, 9, 1],
  ]) {
    const result = suppressBreakdown(
      ANONYMOUS,
      parts.reduce((a, b) => a + b),
      parts,
    );
    const visible = result.parts.reduce((sum, p) => sum + (p.value ?? 0), 0);
    const derived = result.total.value === null ? null : result.total.value - visible;
    expect(derived === null || derived === 0 || derived >= 5).toBe(true);
  }
});

describe('suppressTable: several sums at once, as several queries show them', () => {
  const shownOf = (values: number[], sums: { total: number; parts: number[] }[], viewer = ANONYMOUS) =>
    suppressTable(viewer, values, sums).map((c) => c.value);

  test('the region minus the municipalities shown tells no small count', () => {
    // The region 12: Wijk bij Duurstede 6, Zeist 5, Utrechtse Heuvelrug 1. Zeist goes too: 12 − 6 = 5 + 1.
    expect(shownOf([12, 6, 5, 1], [{ total: 0, parts: [1, 2, 3] }])).toEqual([12, 6, null, null]);
    expect(shownOf([12, 6, 5, 1], [{ total: 0, parts: [1, 2, 3] }], coach)).toEqual([12, 6, 5, 1]);
  });

  test('a withheld count that the other sums give away covers nothing', () => {
    // Cells: whole [total, a, b], A [total, a, b], B [total, a, b]; each row total = a + b, each column of
    // the whole = A + B. B's total 2 is small; A's total 10 alone would cover it, but A's parts (5 and 5)
    // are shown, so 10 can be worked out and more has to go.
    const values = [12, 7, 5, 10, 5, 5, 2, 2, 0];
    const sums = [
      { total: 0, parts: [1, 2] },
      { total: 3, parts: [4, 5] },
      { total: 6, parts: [7, 8] },
      { total: 0, parts: [3, 6] },
      { total: 1, parts: [4, 7] },
      { total: 2, parts: [5, 8] },
    ];
    // B goes entirely, and with it A's total and A's `a`: then 7 = A.a + B.a and 12 − 5 = A.a + B.total,
    // each two unknowns; nothing else tells them apart. (The whole's 12 and its `b` can be worked out, 12 and
    // 5, which tells nothing small.)
    expect(shownOf(values, sums)).toEqual([null, 7, null, null, null, 5, null, null, null]);
  });
});
