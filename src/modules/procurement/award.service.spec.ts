import { socialReturnObligation } from './award.service';

describe('socialReturnObligation', () => {
  test('the percentage of the awarded value, rounded down to the cent', () => {
    expect(socialReturnObligation(1_000_000, 5)).toBe(50_000);
    expect(socialReturnObligation(999, 5)).toBe(49); // 49.95 cents
    expect(socialReturnObligation(123_457, 0)).toBe(0);
    expect(socialReturnObligation(123_457, 100)).toBe(123_457);
  });
});
