import type DataLoader from 'dataloader';
import { ApiKey } from './api-key.entity';
import { Association } from './association.entity';
import { AuditEntry } from './audit-entry.entity';
import { BoardPlan } from './board-plan.entity';
import { Business } from './business.entity';
import { BusinessMembership } from './business-membership.entity';
import type { Context } from '../../kit';
import {
  childConnections,
  definePrefetch,
  groupLoader,
  prefetchById,
  prefetchRows,
  prefetchValue,
  rowLoader,
  SortDirection,
} from '../../kit';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';
import { Person } from './person.entity';
import { RegioQ4Membership } from './regio-q4-membership.entity';

export function createCoreLoaders(ctx: Context) {
  return {
    municipalityById: rowLoader(ctx, Municipality),
    municipalityByCbsCode: rowLoader(ctx, Municipality, 'cbsCode'),
    associationById: rowLoader(ctx, Association),
    organisationById: rowLoader(ctx, Organisation),
    businessById: rowLoader(ctx, Business),
    businessByKvkNumber: rowLoader(ctx, Business, 'kvkNumber'),
    personById: rowLoader(ctx, Person),
    apiKeyById: rowLoader(ctx, ApiKey),
    membershipsByBusinessId: groupLoader(ctx, BusinessMembership, 'businessId', (query) =>
      // The id after the day: one order for two memberships of one day, also in a compiled list.
      query.orderBy('row.since', 'ASC').addOrderBy('row.id', 'ASC'),
    ),
    regioQ4MembershipsByAssociationId: groupLoader(ctx, RegioQ4Membership, 'associationId', (query) =>
      query.orderBy('row.since', 'ASC'),
    ),
    boardPlanById: rowLoader(ctx, BoardPlan),
    /** The board's agenda per year (the key is the year as text), in the board's order. */
    plansByYear: groupLoader(ctx, BoardPlan, 'year', (query) =>
      query.orderBy('row.position').addOrderBy('row.createdAt'),
    ),
    businessesByMunicipalityId: childConnections(ctx, Business, 'municipalityId', {
      column: 'row.name',
      type: 'text',
      direction: SortDirection.ASC,
      value: (business) => business.name,
    }),
    /**
     * Pages of the audit entries of many aggregates at once (a list of procurement requests, each with its
     * `auditTrail`): one ranked statement per page arguments and root type. Load with the root type as
     * conditions (`auditTrailOfRoot`).
     */
    auditEntriesByRootId: childConnections(ctx, AuditEntry, 'rootId', {
      column: 'row.at',
      type: 'timestamp',
      direction: SortDirection.DESC,
      value: (entry) => entry.at,
    }),
  } satisfies Record<string, DataLoader<string, unknown> | { clearAll(): void }>;
}

export type CoreLoaders = ReturnType<typeof createCoreLoaders>;

declare module '../../kit/context' {
  interface Loaders {
    core: CoreLoaders;
  }
}

/**
 * What a compiled list of municipalities brings in its statement (docs/module-authors.md, "Compiled lists"):
 * the number of businesses `businessesByMunicipalityId` would count. Pages of businesses load as before.
 */
definePrefetch(
  Municipality,
  prefetchValue<Municipality, number>({
    when: ['businesses.totalCount'],
    sql: (alias, municipality) =>
      `(SELECT count(*)::int FROM business ${alias} WHERE ${alias}.municipality_id = ${municipality('id')})`,
    prime: (ctx, municipality, count) =>
      ctx.loaders.core.businessesByMunicipalityId.primeCount(municipality.id, count),
  }),
);

/**
 * What a compiled list of businesses brings in its statement: the municipality, the memberships (which
 * `associations` filters to today's in the resolver, as without the compiled path) and the associations of
 * all of them, so that either field finds its rows loaded.
 */
definePrefetch(
  Business,
  prefetchById({
    when: ['municipality'],
    rows: Municipality,
    key: 'municipalityId',
    loader: (ctx) => ctx.loaders.core.municipalityById,
  }),
  prefetchRows({
    when: ['associations', 'memberships'],
    rows: BusinessMembership,
    from: (row, business) => `business_membership ${row} WHERE ${row}.business_id = ${business('id')}`,
    orderBy: (row) => `${row}.since, ${row}.id`,
    prime: (ctx, business, memberships) =>
      ctx.loaders.core.membershipsByBusinessId.prime(business.id, memberships),
  }),
  prefetchRows({
    when: ['associations'],
    rows: Association,
    from: (row, business) =>
      `association ${row} WHERE ${row}.id IN (SELECT ${row}_m.association_id FROM business_membership ${row}_m
        WHERE ${row}_m.business_id = ${business('id')})`,
    prime: (ctx, _business, associations) => {
      for (const association of associations)
        ctx.loaders.core.associationById.prime(association.id, association);
    },
  }),
);

definePrefetch(
  BusinessMembership,
  prefetchById({
    when: ['association'],
    rows: Association,
    key: 'associationId',
    loader: (ctx) => ctx.loaders.core.associationById,
  }),
);
