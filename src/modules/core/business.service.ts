import {
  badUserInput,
  escapeLike,
  findForUpdate,
  forbidden,
  fromGlobalId,
  hasRole,
  KVK_NUMBER,
  lockRow,
  normalizePostcode,
  paginate,
  periodIncludes,
  Role,
  SortDirection,
  todayInAmsterdam,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { Brackets } from 'typeorm';
import { Business } from './business.entity';
import type {
  AddBusinessMembershipInput,
  BusinessFilter,
  BusinessOrder,
  CreateBusinessInput,
  DeleteBusinessInput,
  EndBusinessMembershipInput,
  UpdateBusinessInput,
} from './business.inputs';
import { BusinessOrderField } from './business.enum';
import { BusinessMembership } from './business-membership.entity';
import { inputMunicipality } from './catalogue.service';
import type { Connection, ConnectionArgs, Context, KeysetOrder, PrefetchPlan, UserError } from '../../kit';

const ORDER_COLUMNS: Record<BusinessOrderField, Omit<KeysetOrder<Business>, 'direction'>> = {
  NAME: { column: 'business.name', type: 'text', value: (b) => b.name },
  KVK_NUMBER: { column: 'business.kvkNumber', type: 'text', value: (b) => b.kvkNumber },
  CREATED_AT: { column: 'business.createdAt', type: 'timestamp', value: (b) => b.createdAt },
};

export async function listBusinesses(
  ctx: Context,
  filter: BusinessFilter = {},
  args: ConnectionArgs,
  order: BusinessOrder = { field: BusinessOrderField.NAME, direction: SortDirection.ASC },
  /** The compiled path: the page brings what the selection needs, and the count where it is selected. */
  plan?: PrefetchPlan,
): Promise<Connection<Business>> {
  const query = ctx.em.createQueryBuilder(Business, 'business');
  if (filter.municipality) {
    // Looked up in the list's own statement (no statement before it); an unknown code matches nothing.
    query.andWhere(
      'business.municipalityId = (SELECT m.id FROM municipality m WHERE m.cbs_code = :municipality)',
      { municipality: filter.municipality },
    );
  }
  if (filter.association) {
    const { id } = fromGlobalId(filter.association, 'Association');
    query.andWhere(
      `EXISTS (SELECT 1 FROM business_membership m WHERE m.business_id = business.id
        AND m.association_id = :associationId AND m.since <= :today AND (m.until IS NULL OR m.until >= :today))`,
      { associationId: id, today: todayInAmsterdam() },
    );
  }
  if (filter.search) {
    const search = filter.search.trim();
    query.andWhere(
      new Brackets((where) => {
        where.where('business.name ILIKE :pattern', { pattern: `%${escapeLike(search)}%` });
        if (/^\d{8}$/.test(search)) where.orWhere('business.kvkNumber = :kvk', { kvk: search });
      }),
    );
  }
  const sort = ORDER_COLUMNS[order.field];
  const keyset: KeysetOrder<Business> = { ...sort, direction: order.direction };
  return paginate(query, args, keyset, args.after, plan && { ctx, plan });
}

export function findBusinessByKvkNumber(ctx: Context, kvkNumber: string): Promise<Business | null> {
  if (!KVK_NUMBER.test(kvkNumber)) {
    throw badUserInput('kvkNumber must be a KvK number of 8 digits', [
      { path: ['kvkNumber'], message: 'not 8 digits' },
    ]);
  }
  return ctx.loaders.core.businessByKvkNumber.load(kvkNumber);
}

/** The associations a business is a member of today. */
export async function currentAssociationIds(ctx: Context, businessId: string): Promise<string[]> {
  const today = todayInAmsterdam();
  const memberships = await ctx.loaders.core.membershipsByBusinessId.load(businessId);
  return memberships.filter((m) => periodIncludes(m, today)).map((m) => m.associationId);
}

/** Admins edit any business; a member edits only the business of the KvK number in their token. */
function canEdit(ctx: Context, business: Business): boolean {
  return (
    hasRole(ctx.viewer, Role.ADMIN) ||
    (hasRole(ctx.viewer, Role.MEMBER) && ctx.viewer.kvkNumber === business.kvkNumber)
  );
}

async function checkKvkNumberFree(ctx: Context, kvkNumber: string, errors: UserError[], exceptId?: string) {
  const holder = await ctx.em.findOneBy(Business, { kvkNumber });
  if (holder && holder.id !== exceptId) {
    errors.push(
      userError(UserErrorCode.TAKEN, `KvK number ${kvkNumber} is already registered`, ['input', 'kvkNumber']),
    );
  }
}

export function createBusiness(ctx: Context, input: CreateBusinessInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    await checkKvkNumberFree(tx, input.kvkNumber, errors);
    const municipality = await inputMunicipality(tx, input.municipality, errors);
    if (errors.length > 0 || !municipality) return { business: null, userErrors: errors };
    const business = await tx.em.save(
      tx.em.create(Business, {
        kvkNumber: input.kvkNumber,
        name: input.name.trim(),
        street: input.street.trim(),
        houseNumber: input.houseNumber.trim(),
        postcode: normalizePostcode(input.postcode),
        city: input.city.trim(),
        municipalityId: municipality.id,
        sbiCodes: [...new Set(input.sbiCodes)],
        website: input.website ?? null,
        registeredOn: input.registeredOn ?? todayInAmsterdam(),
      }),
    );
    return { business, userErrors: [] };
  });
}

/** A business as an approved application brings it in (see `admitBusiness`). */
export interface AdmittedBusiness {
  kvkNumber: string;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  municipalityId: string;
  registeredOn: string;
}

/**
 * The business of a KvK number, made from `data` when the register has none yet: never a second business
 * for one number. Admissions of one number take turns on a transaction-scoped advisory lock (there is no row
 * to lock before the first exists); the unique index on `kvk_number` stays the last word.
 */
export async function admitBusiness(
  tx: Context,
  data: AdmittedBusiness,
): Promise<{ business: Business; created: boolean }> {
  await tx.em.query(`SELECT pg_advisory_xact_lock(hashtext('business-kvk:' || $1))`, [data.kvkNumber]);
  const existing = await tx.em.findOneBy(Business, { kvkNumber: data.kvkNumber });
  if (existing) return { business: existing, created: false };
  const business = await tx.em.save(
    tx.em.create(Business, {
      ...data,
      name: data.name.trim(),
      street: data.street.trim(),
      houseNumber: data.houseNumber.trim(),
      postcode: normalizePostcode(data.postcode),
      city: data.city.trim(),
      sbiCodes: [],
      website: null,
    }),
  );
  return { business, created: true };
}

export function updateBusiness(ctx: Context, input: UpdateBusinessInput) {
  return withTransaction(ctx, async (tx) => {
    const business = await findForUpdate(tx, Business, input.id);
    if (!business || !canEdit(tx, business)) {
      // A member probing other businesses learns nothing from the difference.
      if (!business && hasRole(tx.viewer, Role.ADMIN)) {
        return {
          business: null,
          userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such business', ['input', 'id'])],
        };
      }
      throw forbidden('You may only edit your own business');
    }
    const errors: UserError[] = [];
    if (input.kvkNumber !== undefined && input.kvkNumber !== business.kvkNumber) {
      if (!hasRole(tx.viewer, Role.ADMIN)) {
        errors.push(
          userError(UserErrorCode.NOT_ALLOWED, 'Only an admin can change a KvK number', [
            'input',
            'kvkNumber',
          ]),
        );
      } else {
        await checkKvkNumberFree(tx, input.kvkNumber, errors, business.id);
        business.kvkNumber = input.kvkNumber;
      }
    }
    if (input.municipality !== undefined) {
      const municipality = await inputMunicipality(tx, input.municipality, errors);
      if (municipality) business.municipalityId = municipality.id;
    }
    if (errors.length > 0) return { business: null, userErrors: errors };
    if (input.name !== undefined) business.name = input.name.trim();
    if (input.street !== undefined) business.street = input.street.trim();
    if (input.houseNumber !== undefined) business.houseNumber = input.houseNumber.trim();
    if (input.postcode !== undefined) business.postcode = normalizePostcode(input.postcode);
    if (input.city !== undefined) business.city = input.city.trim();
    if (input.sbiCodes !== undefined) business.sbiCodes = [...new Set(input.sbiCodes)];
    if (input.website !== undefined) business.website = input.website;
    return { business: await tx.em.save(business), userErrors: [] };
  });
}

export function deleteBusiness(ctx: Context, input: DeleteBusinessInput) {
  return withTransaction(ctx, async (tx) => {
    const { id } = fromGlobalId(input.id, 'Business');
    const result = await tx.em.delete(Business, { id });
    if (!result.affected) {
      return {
        deletedId: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such business', ['input', 'id'])],
      };
    }
    return { deletedId: input.id, userErrors: [] };
  });
}

/**
 * Admins manage every association's memberships; a secretary only those of the association in their token
 * (FORBIDDEN for another, so a secretary cannot tell other associations' members by probing).
 */
export function assertManagesAssociation(ctx: Context, associationId: string): void {
  if (hasRole(ctx.viewer, Role.ADMIN)) return;
  if (hasRole(ctx.viewer, Role.SECRETARY) && ctx.viewer.associationId === associationId) return;
  throw forbidden('Only admins and the association’s own secretary manage its memberships');
}

/**
 * Starts a membership on `since` unless the business is a member of the association then: the one rule of
 * `addBusinessMembership` and of an approved application. Null with the refusal as a user error.
 */
export async function startMembership(
  tx: Context,
  businessId: string,
  associationId: string,
  since: string,
): Promise<{ membership: BusinessMembership | null; userErrors: UserError[] }> {
  const open = await latestMembership(tx, businessId, associationId);
  if (open && (open.until === null || open.until >= since)) {
    return {
      membership: null,
      userErrors: [
        userError(UserErrorCode.NOT_ALLOWED, 'The business is already a member then', ['input', 'since']),
      ],
    };
  }
  const membership = await tx.em.save(
    tx.em.create(BusinessMembership, { businessId, associationId, since, until: null }),
  );
  return { membership, userErrors: [] };
}

/**
 * The business's latest membership of the association, read after locking the business's row: every
 * membership change of a business takes that lock first, so two changes take turns (two joins never both
 * find no membership and both start one).
 */
async function latestMembership(tx: Context, businessId: string, associationId: string) {
  await lockRow(tx, Business, { id: businessId });
  return tx.em.findOne(BusinessMembership, {
    where: { businessId, associationId },
    order: { since: 'DESC' },
  });
}

export function addBusinessMembership(ctx: Context, input: AddBusinessMembershipInput) {
  return withTransaction(ctx, async (tx) => {
    const businessId = fromGlobalId(input.businessId, 'Business').id;
    const associationId = fromGlobalId(input.associationId, 'Association').id;
    assertManagesAssociation(tx, associationId);
    const [business, association] = await Promise.all([
      tx.loaders.core.businessById.load(businessId),
      tx.loaders.core.associationById.load(associationId),
    ]);
    const errors: UserError[] = [];
    if (!business)
      errors.push(userError(UserErrorCode.NOT_FOUND, 'No such business', ['input', 'businessId']));
    if (!association)
      errors.push(userError(UserErrorCode.NOT_FOUND, 'No such association', ['input', 'associationId']));
    if (errors.length > 0) return { membership: null, userErrors: errors };
    return startMembership(tx, businessId, associationId, input.since);
  });
}

export function endBusinessMembership(ctx: Context, input: EndBusinessMembershipInput) {
  return withTransaction(ctx, async (tx) => {
    const businessId = fromGlobalId(input.businessId, 'Business').id;
    const associationId = fromGlobalId(input.associationId, 'Association').id;
    assertManagesAssociation(tx, associationId);
    const open = await latestMembership(tx, businessId, associationId);
    if (!open || open.until !== null) {
      return {
        membership: null,
        userErrors: [
          userError(UserErrorCode.NOT_FOUND, 'The business is not a member of this association', ['input']),
        ],
      };
    }
    if (input.until < open.since) {
      return {
        membership: null,
        userErrors: [
          userError(UserErrorCode.INVALID, `Membership started on ${open.since}; it cannot end before`, [
            'input',
            'until',
          ]),
        ],
      };
    }
    open.until = input.until;
    return { membership: await tx.em.save(open), userErrors: [] };
  });
}
