import type { Opportunity } from './opportunity.entity';
import { PosterKind } from './opportunity.enum';
import { employerOf, employerPseudonym, newPseudonym, newPseudonymKey } from './candidate.service';

const PSEUDONYM = /^K-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{7}$/;

describe('pseudonyms', () => {
  test('a new pseudonym is K- and 7 characters that cannot be misread (no 0/O, 1/I/L)', () => {
    const made = Array.from({ length: 200 }, () => newPseudonym());
    for (const pseudonym of made) expect(pseudonym).toMatch(PSEUDONYM);
    expect(new Set(made).size).toBe(made.length);
  });

  test('an employer always sees the same pseudonym of a candidate, another employer an unrelated one', () => {
    const candidate = { pseudonymKey: Buffer.alloc(32, 7) };
    const bakery = employerPseudonym(candidate, 'business:1');
    expect(bakery).toMatch(PSEUDONYM);
    expect(employerPseudonym(candidate, 'business:1')).toBe(bakery);
    expect(employerPseudonym(candidate, 'business:2')).not.toBe(bakery);
    expect(employerPseudonym(candidate, 'municipality:1')).not.toBe(bakery);
  });

  test('a new key (erasure) unlinks every employer pseudonym', () => {
    const before = { pseudonymKey: newPseudonymKey() };
    const after = { pseudonymKey: newPseudonymKey() };
    expect(before.pseudonymKey).toHaveLength(32);
    expect(after.pseudonymKey.equals(before.pseudonymKey)).toBe(false);
    expect(employerPseudonym(after, 'business:1')).not.toBe(employerPseudonym(before, 'business:1'));
  });
});

describe('employerOf', () => {
  const opportunity = (posterKind: PosterKind, ids: Partial<Opportunity> = {}) =>
    ({ posterKind, businessId: null, organisationId: null, municipalityId: 'm1', ...ids }) as Opportunity;

  test('the posting business, institution or municipality, each in its own namespace', () => {
    expect(employerOf(opportunity(PosterKind.BUSINESS, { businessId: 'b1' }))).toBe('business:b1');
    expect(employerOf(opportunity(PosterKind.ORGANISATION, { organisationId: 'o1' }))).toBe(
      'organisation:o1',
    );
    expect(employerOf(opportunity(PosterKind.MUNICIPALITY))).toBe('municipality:m1');
    // A business's opportunity in a municipality is the business's, not the municipality's.
    expect(employerOf(opportunity(PosterKind.BUSINESS, { businessId: 'm1' }))).not.toBe('municipality:m1');
  });
});
