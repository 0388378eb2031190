import DataLoader from 'dataloader';
import type { Context } from '../../kit';
import {
  definePrefetch,
  groupLoader,
  groupRows,
  prefetchById,
  prefetchRows,
  prefetchValue,
  rowLoader,
} from '../../kit';
import { Business, Municipality } from '../core';
import { Award } from './award.entity';
import { CpvCategory } from './cpv-category.entity';
import { Invitation } from './invitation.entity';
import type { ProcurementStats } from './procurement-stats.service';
import { procurementStatsOf } from './procurement-stats.service';
import { ProcurementRequest } from './procurement-request.entity';
import { ProcurementQuestion } from './question.entity';
import { Quote } from './quote.entity';
import { SupplierProfile } from './supplier-profile.entity';

type CpvRow = Pick<CpvCategory, 'id' | 'code' | 'label' | 'parentCode' | 'level' | 'kind'>;
const CPV_COLUMNS = 'c.id, c.code, c.label, c.parent_code AS "parentCode", c.level, c.kind';
const cpvOf = (row: CpvRow) => Object.assign(new CpvCategory(), row);

export function createProcurementLoaders(ctx: Context) {
  return {
    cpvById: rowLoader(ctx, CpvCategory),
    cpvByCode: rowLoader(ctx, CpvCategory, 'code'),
    cpvChildrenByCode: groupLoader(ctx, CpvCategory, 'parentCode', (query) => query.orderBy('row.code')),
    /** Every ancestor of each code, the division first: one recursive query for all codes. */
    cpvAncestorsByCode: new DataLoader<string, CpvCategory[]>(async (codes) => {
      const rows: (CpvRow & { start: string; depth: number })[] = await ctx.em.query(
        `WITH RECURSIVE up(start, code, depth) AS (
           SELECT c.code, c.parent_code, 1 FROM cpv_category c WHERE c.code = ANY($1)
           UNION ALL
           SELECT up.start, c.parent_code, up.depth + 1 FROM up JOIN cpv_category c ON c.code = up.code
            WHERE c.parent_code IS NOT NULL
         )
         SELECT up.start, up.depth, ${CPV_COLUMNS}
           FROM up JOIN cpv_category c ON c.code = up.code
          ORDER BY up.start, up.depth DESC`,
        [codes],
      );
      return groupRows(codes, rows, (row) => row.start).map((group) => group.map(cpvOf));
    }),
    profileById: rowLoader(ctx, SupplierProfile),
    profileByBusinessId: rowLoader(ctx, SupplierProfile, 'businessId'),
    /** The CPV categories of each profile, by code, in one statement. */
    categoriesByProfileId: new DataLoader<string, CpvCategory[]>(async (profileIds) => {
      const rows: (CpvRow & { profileId: string })[] = await ctx.em.query(
        `SELECT sc.profile_id AS "profileId", ${CPV_COLUMNS}
           FROM supplier_category sc JOIN cpv_category c ON c.code = sc.cpv_code
          WHERE sc.profile_id = ANY($1)
          ORDER BY c.code`,
        [profileIds],
      );
      return groupRows(profileIds, rows, (row) => row.profileId).map((group) =>
        group.map(({ profileId: _, ...row }) => cpvOf(row)),
      );
    }),
    /** Ids of the municipalities each profile serves besides its own. */
    servedMunicipalityIdsByProfileId: new DataLoader<string, string[]>(async (profileIds) => {
      const rows: { profile_id: string; municipality_id: string }[] = await ctx.em.query(
        `SELECT sm.profile_id, sm.municipality_id
           FROM supplier_municipality sm JOIN municipality m ON m.id = sm.municipality_id
          WHERE sm.profile_id = ANY($1)
          ORDER BY m.name`,
        [profileIds],
      );
      return groupRows(profileIds, rows, (row) => row.profile_id).map((group) =>
        group.map((row) => row.municipality_id),
      );
    }),
    requestById: rowLoader(ctx, ProcurementRequest),
    invitationById: rowLoader(ctx, Invitation),
    invitationsByRequestId: groupLoader(ctx, Invitation, 'requestId', (query) =>
      query.orderBy('row.outcome').addOrderBy('row.suggestedRank', 'ASC', 'NULLS LAST').addOrderBy('row.id'),
    ),
    invitationsByProfileId: groupLoader(ctx, Invitation, 'profileId', (query) =>
      query.orderBy('row.decidedAt', 'DESC').addOrderBy('row.id'),
    ),
    quoteById: rowLoader(ctx, Quote),
    quoteByInvitationId: rowLoader(ctx, Quote, 'invitationId'),
    quotesByRequestId: groupLoader(ctx, Quote, 'requestId', (query) =>
      query.orderBy('row.amount').addOrderBy('row.id'),
    ),
    questionById: rowLoader(ctx, ProcurementQuestion),
    questionsByRequestId: groupLoader(ctx, ProcurementQuestion, 'requestId', (query) =>
      query.orderBy('row.askedAt').addOrderBy('row.id'),
    ),
    awardById: rowLoader(ctx, Award),
    awardByRequestId: rowLoader(ctx, Award, 'requestId'),
    /** `Municipality.procurementStats(year:)`: one grouped statement per year for all municipalities asked. */
    statsByYearAndMunicipality: new DataLoader<
      { year: number; municipalityId: string },
      ProcurementStats,
      string
    >(
      async (keys) => {
        const byYear = new Map<number, string[]>();
        for (const { year, municipalityId } of keys)
          byYear.set(year, [...(byYear.get(year) ?? []), municipalityId]);
        const results = new Map<string, ProcurementStats>();
        for (const [year, ids] of byYear) {
          const unique = [...new Set(ids)];
          (await procurementStatsOf(ctx, year, unique)).forEach((stats, i) =>
            results.set(`${year}:${unique[i]}`, stats),
          );
        }
        return keys.map(({ year, municipalityId }) => results.get(`${year}:${municipalityId}`)!);
      },
      { cacheKeyFn: ({ year, municipalityId }) => `${year}:${municipalityId}` },
    ),
  };
}

export type ProcurementLoaders = ReturnType<typeof createProcurementLoaders>;

declare module '../../kit/context' {
  interface Loaders {
    procurement: ProcurementLoaders;
  }
}

/**
 * What a compiled supplier list brings in its page statement (docs/module-authors.md, "Compiled lists"):
 * the rows the loaders of `business`, `categories` and `municipalitiesServed` would load, and a business's
 * profile wherever a compiled list reaches a business. The contact fields stay behind their guard (they read
 * the profile's own columns); invitations load as before.
 */
definePrefetch(
  SupplierProfile,
  prefetchById({
    when: ['business'],
    rows: Business,
    key: 'businessId',
    loader: (ctx) => ctx.loaders.core.businessById,
  }),
  // As `categoriesByProfileId` loads them: its columns only, by code.
  prefetchValue<SupplierProfile, [string, string, string, string | null, number, CpvRow['kind']][]>({
    when: ['categories'],
    sql: (alias, profile) =>
      `(SELECT coalesce(json_agg(json_build_array(c.id, c.code, c.label, c.parent_code, c.level, c.kind)
          ORDER BY c.code), '[]')
         FROM supplier_category ${alias} JOIN cpv_category c ON c.code = ${alias}.cpv_code
        WHERE ${alias}.profile_id = ${profile('id')})`,
    prime: (ctx, profile, rows) =>
      ctx.loaders.procurement.categoriesByProfileId.prime(
        profile.id,
        rows.map(([id, code, label, parentCode, level, kind]) =>
          cpvOf({ id, code, label, parentCode, level, kind }),
        ),
      ),
  }),
  prefetchRows({
    when: ['municipalitiesServed'],
    rows: Municipality,
    from: (row, profile) =>
      `supplier_municipality ${row}_sm JOIN municipality ${row} ON ${row}.id = ${row}_sm.municipality_id
        WHERE ${row}_sm.profile_id = ${profile('id')}`,
    orderBy: (row) => `${row}.name`,
    prime: (ctx, profile, municipalities) => {
      ctx.loaders.procurement.servedMunicipalityIdsByProfileId.prime(
        profile.id,
        municipalities.map((municipality) => municipality.id),
      );
      for (const municipality of municipalities)
        ctx.loaders.core.municipalityById.prime(municipality.id, municipality);
    },
  }),
);

definePrefetch(
  Business,
  prefetchRows({
    when: ['supplierProfile'],
    rows: SupplierProfile,
    one: true,
    from: (row, business) => `supplier_profile ${row} WHERE ${row}.business_id = ${business('id')}`,
    prime: (ctx, business, profile) =>
      ctx.loaders.procurement.profileByBusinessId.prime(business.id, profile),
  }),
);
