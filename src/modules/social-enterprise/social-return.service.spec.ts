import { placedMonths, socialReturnBalance, splitCredit } from './social-return.service';

describe('socialReturnBalance', () => {
  test('nothing credited: the whole obligation remains', () => {
    expect(socialReturnBalance(95_000, [])).toMatchObject({
      obligated: 95_000,
      credited: 0,
      remaining: 95_000,
    });
  });

  test('credits add up and lower what remains', () => {
    expect(socialReturnBalance(95_000, [{ value: 40_000 }, { value: 25_000 }])).toMatchObject({
      obligated: 95_000,
      credited: 65_000,
      remaining: 30_000,
    });
  });

  test('more credited than owed: nothing remains, never a negative debt', () => {
    expect(socialReturnBalance(50_000, [{ value: 40_000 }, { value: 40_000 }])).toMatchObject({
      obligated: 50_000,
      credited: 80_000,
      remaining: 0,
    });
  });

  test('no obligation: anything credited is surplus', () => {
    expect(socialReturnBalance(0, [{ value: 1 }])).toMatchObject({ obligated: 0, credited: 1, remaining: 0 });
  });
});

describe('placedMonths', () => {
  const at = (iso: string) => new Date(iso);
  test('whole calendar months in Amsterdam time', () => {
    expect(placedMonths(at('2026-01-15T09:00:00Z'), at('2026-04-14T20:00:00Z'))).toBe(2);
    expect(placedMonths(at('2026-01-15T09:00:00Z'), at('2026-04-15T09:00:00Z'))).toBe(3);
  });
  test('minutes after the placement: nothing yet', () => {
    expect(placedMonths(at('2026-01-15T09:00:00Z'), at('2026-01-15T09:05:00Z'))).toBe(0);
  });
  test('never negative', () => {
    expect(placedMonths(at('2026-02-01T00:00:00Z'), at('2026-01-01T00:00:00Z'))).toBe(0);
  });
});

describe('splitCredit', () => {
  test('within the obligation: all of it counts', () => {
    expect(splitCredit(2_000_000, 10_000_000, 0)).toEqual({ value: 2_000_000, surplus: 0 });
  });
  test('beyond it: counted up to the obligation, the rest surplus (€35,000 against €8,000)', () => {
    expect(splitCredit(3_500_000, 800_000, 0)).toEqual({ value: 800_000, surplus: 2_700_000 });
    expect(splitCredit(500_000, 800_000, 600_000)).toEqual({ value: 200_000, surplus: 300_000 });
  });
});

describe('socialReturnBalance with confirmations and surplus', () => {
  test('confirmed and awaiting add up to credited; surplus beside it', () => {
    expect(
      socialReturnBalance(800_000, [
        { value: 500_000, surplus: 0, confirmedAt: new Date() },
        { value: 300_000, surplus: 200_000, confirmedAt: null },
      ]),
    ).toEqual({
      obligated: 800_000,
      credited: 800_000,
      confirmed: 500_000,
      awaitingConfirmation: 300_000,
      surplus: 200_000,
      remaining: 0,
    });
  });
});
