import { socialReturnBalance } from './social-return.service';

describe('socialReturnBalance', () => {
  test('nothing credited: the whole obligation remains', () => {
    expect(socialReturnBalance(95_000, [])).toEqual({ obligated: 95_000, credited: 0, remaining: 95_000 });
  });

  test('credits add up and lower what remains', () => {
    expect(socialReturnBalance(95_000, [{ value: 40_000 }, { value: 25_000 }])).toEqual({
      obligated: 95_000,
      credited: 65_000,
      remaining: 30_000,
    });
  });

  test('more credited than owed: nothing remains, never a negative debt', () => {
    expect(socialReturnBalance(50_000, [{ value: 40_000 }, { value: 40_000 }])).toEqual({
      obligated: 50_000,
      credited: 80_000,
      remaining: 0,
    });
  });

  test('no obligation: anything credited is surplus', () => {
    expect(socialReturnBalance(0, [{ value: 1 }])).toEqual({ obligated: 0, credited: 1, remaining: 0 });
  });
});
