import 'reflect-metadata';
import type { Viewer } from './auth';
import { ANONYMOUS, ApiScope, Role, ViewerKind } from './auth';
import { suppressBreakdown, suppressCount } from './suppressed-count';

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
