import type { DataSource } from 'typeorm';
import { Association } from './association.entity';
import type { Context, PrefetchPlan, UserError } from '../../kit';
import { Municipality } from './municipality.entity';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { Organisation, OrganisationKind } from './organisation.entity';
import {
  AppError,
  checkCbsCode,
  ErrorCode,
  findForUpdate,
  getPrefetched,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';

/** Municipalities by name; on the compiled path with what the selection needs (`businesses { totalCount }`). */
export function listMunicipalities(
  ctx: Context,
  inRegion: boolean | null | undefined,
  plan?: PrefetchPlan,
): Promise<Municipality[]> {
  const where = inRegion === undefined || inRegion === null ? {} : { inRegion };
  if (!plan) return ctx.em.find(Municipality, { where, order: { name: 'ASC' } });
  const query = ctx.em.createQueryBuilder(Municipality, 'municipality').orderBy('municipality.name', 'ASC');
  if (inRegion !== undefined && inRegion !== null)
    query.where('municipality.inRegion = :inRegion', { inRegion });
  return getPrefetched(ctx, query, plan);
}

export function listAssociations(ctx: Context, memberOn?: string): Promise<Association[]> {
  const query = ctx.em.createQueryBuilder(Association, 'association').orderBy('association.name', 'ASC');
  if (memberOn) {
    query.where(
      `EXISTS (SELECT 1 FROM regio_q4_membership m WHERE m.association_id = association.id
        AND m.since <= :day AND (m.until IS NULL OR m.until >= :day))`,
      { day: memberOn },
    );
  }
  return query.getMany();
}

export function listOrganisations(ctx: Context, kind?: OrganisationKind): Promise<Organisation[]> {
  return ctx.em.find(Organisation, { where: kind ? { kind } : {}, order: { name: 'ASC' } });
}

/** What every unknown CBS code is told, as a user error or as a thrown NOT_FOUND. */
const noMunicipality = (cbsCode: string) => `No municipality has CBS code ${cbsCode}`;

/**
 * The municipality of a CBS code in a mutation's input: a `NOT_FOUND` user error on `field` when there is none.
 * Queries use `municipalityArgument`; both say the same.
 */
export async function inputMunicipality(
  ctx: Context,
  cbsCode: string,
  errors: UserError[],
  field: string[] = ['input', 'municipality'],
): Promise<Municipality | null> {
  const municipality = await ctx.loaders.core.municipalityByCbsCode.load(cbsCode);
  if (!municipality) errors.push(userError(UserErrorCode.NOT_FOUND, noMunicipality(cbsCode), field));
  return municipality;
}

/**
 * The municipality a query's argument names (figures, reviews, trackers): null when the argument is absent,
 * BAD_USER_INPUT when it is no CBS code, NOT_FOUND when no municipality has it, so a typo never reads as a
 * municipality without data.
 */
export async function municipalityArgument(
  ctx: Context,
  cbsCode: string | null | undefined,
  argument = 'municipality',
): Promise<Municipality | null> {
  if (!checkCbsCode(cbsCode, argument)) return null;
  const municipality = await ctx.loaders.core.municipalityByCbsCode.load(cbsCode!);
  if (!municipality) throw new AppError(ErrorCode.NOT_FOUND, noMunicipality(cbsCode!));
  // Figures and sections ask for it by id (their `FiguresScope`): no second statement for the same row.
  ctx.loaders.core.municipalityById.prime(municipality.id, municipality);
  return municipality;
}

/**
 * CBS code -> municipality id, per database, of every code a filter has named that a municipality has (see
 * `municipalityIdsOf`): no larger than the list of municipalities, whatever codes callers send.
 */
const idsByCbsCode = new WeakMap<DataSource, Map<string, string>>();

/**
 * The ids of the municipalities a list's filter names by CBS code, in their order; unknown codes are left
 * out (they match nothing). Municipalities are reference data: no operation changes a municipality's code
 * or id or removes one, so the process remembers each id it has found, and a filter whose codes it has seen
 * sends no statement of its own (the supplier search is then one statement). Codes not found are asked for
 * again on their next use, through the request's loader.
 */
export async function municipalityIdsOf(ctx: Context, cbsCodes: readonly string[]): Promise<string[]> {
  const dataSource = ctx.em.connection;
  let known = idsByCbsCode.get(dataSource);
  if (!known) idsByCbsCode.set(dataSource, (known = new Map()));
  const missing = cbsCodes.filter((code) => !known.has(code));
  if (missing.length > 0) {
    for (const municipality of await ctx.loaders.core.municipalityByCbsCode.loadMany(missing)) {
      if (municipality && !(municipality instanceof Error)) known.set(municipality.cbsCode, municipality.id);
    }
  }
  return cbsCodes.flatMap((code) => known.get(code) ?? []);
}

async function checkNameFree(ctx: Context, name: string, errors: UserError[], exceptId?: string) {
  const holder = await ctx.em.findOneBy(Organisation, { name });
  if (holder && holder.id !== exceptId) {
    errors.push(userError(UserErrorCode.TAKEN, `An organisation named ${name} exists`, ['input', 'name']));
  }
}

export function createOrganisation(ctx: Context, input: CreateOrganisationInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const name = input.name.trim();
    await checkNameFree(tx, name, errors);
    const inMunicipality = input.municipality
      ? ((await inputMunicipality(tx, input.municipality, errors))?.id ?? null)
      : null;
    if (errors.length > 0) return { organisation: null, userErrors: errors };
    const organisation = await tx.em.save(
      tx.em.create(Organisation, {
        name,
        kind: input.kind,
        website: input.website ?? null,
        municipalityId: inMunicipality,
      }),
    );
    return { organisation, userErrors: [] };
  });
}

export function updateOrganisation(ctx: Context, input: UpdateOrganisationInput) {
  return withTransaction(ctx, async (tx) => {
    const organisation = await findForUpdate(tx, Organisation, input.id);
    if (!organisation) {
      return {
        organisation: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such organisation', ['input', 'id'])],
      };
    }
    const errors: UserError[] = [];
    if (input.name !== undefined) {
      organisation.name = input.name.trim();
      await checkNameFree(tx, organisation.name, errors, organisation.id);
    }
    if (input.municipality !== undefined) {
      organisation.municipalityId = input.municipality
        ? ((await inputMunicipality(tx, input.municipality, errors))?.id ?? null)
        : null;
    }
    if (errors.length > 0) return { organisation: null, userErrors: errors };
    if (input.kind !== undefined) organisation.kind = input.kind;
    if (input.website !== undefined) organisation.website = input.website;
    return { organisation: await tx.em.save(organisation), userErrors: [] };
  });
}
