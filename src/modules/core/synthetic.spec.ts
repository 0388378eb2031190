import { PLACES, syntheticBusiness, syntheticKvkNumber, syntheticMembership } from './synthetic';
import { KVK_NUMBER, POSTCODE } from '../../kit';

describe('synthetic KvK numbers', () => {
  test('are valid and unique for the two million businesses of the large benchmark', () => {
    // One bit per 8-digit number: a Set of two million strings would take seconds.
    const seen = new Uint8Array(90_000_000 / 8);
    let repeated = 0;
    for (let index = 0; index < 2_000_300; index += 1) {
      const kvk = syntheticKvkNumber(index);
      if (index % 10_007 === 0) expect(kvk).toMatch(KVK_NUMBER);
      const bit = Number(kvk) - 10_000_000;
      if (seen[bit >> 3] & (1 << (bit & 7))) repeated += 1;
      seen[bit >> 3] |= 1 << (bit & 7);
    }
    expect(repeated).toBe(0);
  });

  test('reach the ends of the 8-digit range, and no index past it has one', () => {
    const numbers = Array.from({ length: 100_000 }, (_, i) => Number(syntheticKvkNumber(i)));
    expect(Math.min(...numbers)).toBeLessThan(11_000_000);
    expect(Math.max(...numbers)).toBeGreaterThan(98_000_000);
    expect(() => syntheticKvkNumber(90_000_000)).toThrow(RangeError);
    expect(() => syntheticKvkNumber(-1)).toThrow(RangeError);
  });
});

describe('synthetic businesses', () => {
  test('are the same for the same index and seed, and differ for another seed', () => {
    expect(syntheticBusiness(1234)).toEqual(syntheticBusiness(1234));
    expect(syntheticMembership(1234)).toEqual(syntheticMembership(1234));
    expect(syntheticBusiness(1234, 7).name).not.toBe(syntheticBusiness(1234).name);
  });

  test('lie in a place of their municipality with a valid postcode from its range', () => {
    for (let index = 0; index < 2_000; index += 1) {
      const business = syntheticBusiness(index);
      const place = PLACES[business.cbsCode].find((p) => p.city === business.city);
      expect(place).toBeDefined();
      expect(business.postcode).toMatch(POSTCODE);
      const digits = Number(business.postcode.slice(0, 4));
      expect(digits).toBeGreaterThanOrEqual(place!.postcodes[0]);
      expect(digits).toBeLessThanOrEqual(place!.postcodes[1]);
    }
  });

  test('are spread over the municipalities by population', () => {
    const count = 50_000;
    const perMunicipality = new Map<string, number>();
    for (let index = 0; index < count; index += 1) {
      const { cbsCode } = syntheticBusiness(index);
      perMunicipality.set(cbsCode, (perMunicipality.get(cbsCode) ?? 0) + 1);
    }
    const population = (cbsCode: string) => PLACES[cbsCode].reduce((sum, place) => sum + place.population, 0);
    const total = Object.keys(PLACES).reduce((sum, cbsCode) => sum + population(cbsCode), 0);
    for (const cbsCode of Object.keys(PLACES)) {
      expect(perMunicipality.get(cbsCode)! / count).toBeCloseTo(population(cbsCode) / total, 1);
    }
    // Zeist (GM0355) has about four times as many businesses as Bunnik (GM0312).
    expect(perMunicipality.get('GM0355')! / perMunicipality.get('GM0312')!).toBeGreaterThan(3.5);
  });
});
