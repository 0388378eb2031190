import type { Opportunity } from './opportunity.entity';
import { PosterKind } from './opportunity.enum';
import { isPoster } from './opportunity.service';

describe('isPoster', () => {
  const viewer = (ids: { businessId?: string; municipalityId?: string } = {}) => ({
    everything: false,
    businessId: ids.businessId ?? null,
    municipalityId: ids.municipalityId ?? null,
  });
  const opportunity = (posterKind: PosterKind, ids: Partial<Opportunity> = {}) =>
    ({ posterKind, businessId: null, organisationId: null, municipalityId: 'm1', ...ids }) as Opportunity;

  test('a member of the posting business', () => {
    const own = opportunity(PosterKind.BUSINESS, { businessId: 'b1' });
    expect(isPoster(viewer({ businessId: 'b1' }), own)).toBe(true);
    expect(isPoster(viewer({ businessId: 'b2' }), own)).toBe(false);
  });

  test('a civil servant of the municipality, for what the municipality posted only', () => {
    const servant = viewer({ municipalityId: 'm1' });
    expect(isPoster(servant, opportunity(PosterKind.MUNICIPALITY))).toBe(true);
    expect(isPoster(viewer({ municipalityId: 'm2' }), opportunity(PosterKind.MUNICIPALITY))).toBe(false);
    // A business's or an institution's opportunity in that municipality is not theirs.
    expect(isPoster(servant, opportunity(PosterKind.BUSINESS, { businessId: 'b1' }))).toBe(false);
    expect(isPoster(servant, opportunity(PosterKind.ORGANISATION, { organisationId: 'o1' }))).toBe(false);
  });

  test('nobody without a business or municipality', () => {
    expect(isPoster(viewer(), opportunity(PosterKind.ORGANISATION, { organisationId: 'o1' }))).toBe(false);
    expect(isPoster(viewer(), opportunity(PosterKind.MUNICIPALITY))).toBe(false);
    expect(isPoster(viewer(), opportunity(PosterKind.BUSINESS, { businessId: 'b1' }))).toBe(false);
  });
});
