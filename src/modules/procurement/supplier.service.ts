import type { SelectQueryBuilder } from 'typeorm';
import type { CappedConnection, ConnectionArgs, Context, PrefetchPlan, UserError } from '../../kit';
import {
  ApiScope,
  cpvDigits,
  escapeLike,
  findForUpdate,
  forbidden,
  hasRole,
  hasScope,
  lockRow,
  groupedPage,
  Role,
  SortDirection,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { Business, inputMunicipality, municipalityIdsOf, viewerBusinessId } from '../core';
import { cpvPrefix } from './cpv-category.entity';
import { procurementSettings } from './procurement.settings';
import type { SaveSupplierProfileInput, SupplierFilter, SupplierOrder } from './supplier.inputs';
import { SupplierOrderField } from './supplier.enum';
import { SupplierCategory, SupplierMunicipality, SupplierProfile } from './supplier-profile.entity';

/**
 * A supplier's contact person, e-mail and phone are for buyers and the supplier itself: admins, civil
 * servants, API keys with `suppliers:read`, and members of the business. Everyone else reads null.
 */
export async function canSeeSupplierContacts(ctx: Context, profile: SupplierProfile): Promise<boolean> {
  if (hasRole(ctx.viewer, Role.ADMIN, Role.CIVIL_SERVANT)) return true;
  if (hasScope(ctx.viewer, ApiScope.SUPPLIERS_READ)) return true;
  return profile.businessId === (await viewerBusinessId(ctx));
}

/** The contact field of a profile, or null for a caller who may not see it. */
export async function supplierContact(
  ctx: Context,
  profile: SupplierProfile,
  field: 'contactName' | 'contactEmail' | 'contactPhone',
): Promise<string | null> {
  return (await canSeeSupplierContacts(ctx, profile)) ? profile[field] : null;
}

/** Creates or changes a business's supplier profile: admins, or a member of that business. */
export function saveSupplierProfile(ctx: Context, input: SaveSupplierProfileInput) {
  return withTransaction(ctx, async (tx) => {
    // Saves of one business take turns: the business row is the lock, also when no profile exists yet.
    const business = await findForUpdate(tx, Business, input.businessId);
    if (!business) {
      return {
        supplierProfile: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such business', ['input', 'businessId'])],
      };
    }
    if (!hasRole(tx.viewer, Role.ADMIN) && (await viewerBusinessId(tx)) !== business.id) {
      throw forbidden('Only admins and members of the business can change its supplier profile');
    }
    const errors: UserError[] = [];
    const cpvCodes = input.cpvCodes ? [...new Set(input.cpvCodes.map(cpvDigits))] : undefined;
    if (cpvCodes) {
      const known = await tx.loaders.procurement.cpvByCode.loadMany(cpvCodes);
      cpvCodes.forEach((code, index) => {
        if (!known[index] || known[index] instanceof Error) {
          errors.push(
            userError(UserErrorCode.NOT_FOUND, `No CPV category has code ${code}`, [
              'input',
              'cpvCodes',
              String(index),
            ]),
          );
        }
      });
    }
    const served: string[] = [];
    for (const [index, cbsCode] of (input.municipalitiesServed ?? []).entries()) {
      const municipality = await inputMunicipality(tx, cbsCode, errors, [
        'input',
        'municipalitiesServed',
        String(index),
      ]);
      if (municipality && municipality.id !== business.municipalityId) served.push(municipality.id);
    }
    if (errors.length > 0) return { supplierProfile: null, userErrors: errors };

    const existing = await lockRow(tx, SupplierProfile, { businessId: business.id });
    const profile = existing ?? tx.em.create(SupplierProfile, { businessId: business.id });
    if (input.description != null) profile.description = input.description.trim();
    if (input.certifications != null) profile.certifications = [...new Set(input.certifications)];
    if (input.socialEnterprise != null) profile.socialEnterprise = input.socialEnterprise;
    if (input.active != null) profile.active = input.active;
    if (input.contactName !== undefined) profile.contactName = input.contactName?.trim() ?? null;
    if (input.contactEmail !== undefined)
      profile.contactEmail = input.contactEmail?.trim().toLowerCase() ?? null;
    if (input.contactPhone !== undefined) profile.contactPhone = input.contactPhone?.trim() ?? null;
    const saved = await tx.em.save(profile);
    if (cpvCodes) {
      await tx.em.delete(SupplierCategory, { profileId: saved.id });
      await tx.em.insert(
        SupplierCategory,
        cpvCodes.map((cpvCode) => ({ profileId: saved.id, cpvCode })),
      );
    }
    if (input.municipalitiesServed) {
      await tx.em.delete(SupplierMunicipality, { profileId: saved.id });
      if (served.length > 0) {
        await tx.em.insert(
          SupplierMunicipality,
          [...new Set(served)].map((municipalityId) => ({ profileId: saved.id, municipalityId })),
        );
      }
    }
    return {
      supplierProfile: await tx.em.findOneByOrFail(SupplierProfile, { id: saved.id }),
      userErrors: [],
    };
  });
}

/** The codes of `cpvCodes` that no CPV category has, with their index (for user errors). */
export async function unknownCpvCodes(
  ctx: Context,
  cpvCodes: string[],
): Promise<{ code: string; index: number }[]> {
  const known = await ctx.loaders.procurement.cpvByCode.loadMany(cpvCodes.map(cpvDigits));
  return cpvCodes
    .map((code, index) => ({ code, index }))
    .filter(({ index }) => !known[index] || known[index] instanceof Error);
}

/**
 * The supplier profile an approved application brings in: made for a business that has none (a business
 * that already has one keeps it; its members change it themselves). Null when it had one.
 */
export async function addProfileOfApprovedBusiness(
  tx: Context,
  businessId: string,
  data: {
    description: string;
    cpvCodes: string[];
    municipalityIdsServed: string[];
    contactName: string | null;
    contactEmail: string | null;
  },
): Promise<SupplierProfile | null> {
  if (await lockRow(tx, SupplierProfile, { businessId })) return null;
  const profile = await tx.em.save(
    tx.em.create(SupplierProfile, {
      businessId,
      description: data.description.trim(),
      contactName: data.contactName,
      contactEmail: data.contactEmail,
    }),
  );
  const codes = [...new Set(data.cpvCodes.map(cpvDigits))];
  if (codes.length > 0) {
    await tx.em.insert(
      SupplierCategory,
      codes.map((cpvCode) => ({ profileId: profile.id, cpvCode })),
    );
  }
  const served = [...new Set(data.municipalityIdsServed)];
  if (served.length > 0) {
    await tx.em.insert(
      SupplierMunicipality,
      served.map((municipalityId) => ({ profileId: profile.id, municipalityId })),
    );
  }
  return profile;
}

/**
 * The key within the search's groups (and the whole key without a search): one SQL expression that an index
 * gives in order, so a page's statement can stop after the page (`supplier_profile_last_invited` for
 * RELEVANCE and LAST_INVITED_AT, `business`'s name index for NAME).
 */
function sortKey(field: SupplierOrderField): { sql: string; type: 'text' | 'timestamp' } {
  switch (field) {
    case SupplierOrderField.RELEVANCE:
    case SupplierOrderField.LAST_INVITED_AT:
      // Cursors cannot hold NULL: never-invited suppliers sort as invited at the epoch, i.e. first.
      return { sql: `COALESCE(profile.lastInvitedAt, 'epoch'::timestamptz)`, type: 'timestamp' };
    case SupplierOrderField.NAME:
      return { sql: 'business.name', type: 'text' };
  }
}

const FULL_TEXT = "profile.searchVector @@ plainto_tsquery('dutch', :search)";

/**
 * The words as two indexed lookups that do not overlap: the description's full text (GIN on search_vector),
 * and the business name's trigrams (GIN on the profile's copy of the name) for the rest. Written as one OR,
 * neither index could drive the statement.
 */
function searchGroups(search: string) {
  const parameters = { search, pattern: `%${escapeLike(search)}%` };
  return [
    { where: FULL_TEXT, parameters },
    { where: `profile.businessName ILIKE :pattern AND NOT (${FULL_TEXT})`, parameters },
  ];
}

/** A CPV code's subtree: the profiles with a category whose code starts with its prefix. */
function cpvSubtree(filter: SupplierFilter) {
  if (!filter.cpv?.length) return null;
  return {
    where: 'profile.cpvPrefixes && :cpvPrefixes::text[]',
    parameters: { cpvPrefixes: filter.cpv.map((code) => cpvPrefix(cpvDigits(code))) },
  };
}

/**
 * The filters on the profile's own columns (the name, CPV prefixes and municipalities are copies kept by
 * triggers), so that PostgreSQL can AND their GIN indexes into one bitmap; only `regionOnly` needs the
 * business's municipality.
 */
function applyFilter(
  query: SelectQueryBuilder<SupplierProfile>,
  filter: SupplierFilter,
  municipalityIds: string[] | null,
  subtree: ReturnType<typeof cpvSubtree>,
) {
  query.andWhere('profile.active');
  if (subtree) query.andWhere(subtree.where, subtree.parameters);
  if (municipalityIds) {
    // Established in or serving one of them. The ids are values of the statement, not a subquery of it: the
    // planner then estimates the condition from the column's statistics. Behind a subquery it guessed 65
    // matches where 44,415 of 2,000,000 suppliers had them, sorted them all for the page instead of walking
    // its index, and one client waited 4.4–4.8 s instead of 0.28–0.31 s (bench/README.md).
    query.andWhere('profile.municipalityIds && :municipalityIds::uuid[]', { municipalityIds });
  }
  if (filter.regionOnly) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM municipality m WHERE m.id = business.municipality_id AND m.in_region)',
    );
  }
  if (filter.certifications?.length) {
    query.andWhere('profile.certifications @> :certifications::supplier_certification[]', {
      certifications: filter.certifications,
    });
  }
  if (filter.socialEnterprise != null) {
    query.andWhere('profile.socialEnterprise = :socialEnterprise', {
      socialEnterprise: filter.socialEnterprise,
    });
  }
  return query;
}

/** Active supplier profiles matching the filter, keyset-paginated on one sort key and the id. */
export async function listSuppliers(
  ctx: Context,
  filter: SupplierFilter = {},
  args: ConnectionArgs,
  orderBy?: SupplierOrder,
  /** The compiled path: the page brings what the selection needs. */
  plan?: PrefetchPlan,
): Promise<CappedConnection<SupplierProfile>> {
  const order = orderBy ?? {
    field: filter.search?.trim() ? SupplierOrderField.RELEVANCE : SupplierOrderField.NAME,
    direction: SortDirection.ASC,
  };
  const municipalityIds = filter.municipalities ? await municipalityIdsOf(ctx, filter.municipalities) : null;
  const search = filter.search?.trim();
  // Without words there is no relevance: RELEVANCE is by name then, as NAME.
  const field =
    order.field === SupplierOrderField.RELEVANCE && !search ? SupplierOrderField.NAME : order.field;
  const key = sortKey(field);
  const query = ctx.em.createQueryBuilder(SupplierProfile, 'profile');
  // The business only for what the profile does not hold: the name's order (its index) and the region.
  if (field === SupplierOrderField.NAME || filter.regionOnly) query.innerJoin('profile.business', 'business');
  const subtree = cpvSubtree(filter);
  applyFilter(query, filter, municipalityIds, subtree);
  // One statement for page and count. With words, the full-text hits and the name hits are two branches
  // that each walk the key's index and stop after the page (RELEVANCE: full-text hits first); the count
  // stops at the cap. Without words, one branch. A CPV subtree with words or municipalities is the count's
  // probe: a trade's words and its categories go together, which the planner cannot know (bench/README.md).
  return groupedPage(
    query,
    search ? searchGroups(search) : [{ where: 'true' }],
    {
      column: key.sql,
      // The ordering's name in its cursors (RELEVANCE and LAST_INVITED_AT share a key, not an order).
      name: field === SupplierOrderField.RELEVANCE ? 'relevance' : key.sql.replace(/^[^.]+\./, ''),
      type: key.type,
      direction: order.direction,
      ranked: field === SupplierOrderField.RELEVANCE,
    },
    args,
    procurementSettings().supplierCountCap,
    plan && { ctx, plan },
    subtree && (search || municipalityIds)
      ? { where: `profile.active AND ${subtree.where}`, parameters: subtree.parameters }
      : undefined,
  );
}
