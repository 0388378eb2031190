import { hasRole, Role } from '../../kit';
import type { Context } from '../../kit';

/**
 * The database id of the caller's own business: a MEMBER acts for the business of the KvK number in
 * their token. Null for everyone else, and when no business has that number.
 */
export async function viewerBusinessId(ctx: Context): Promise<string | null> {
  const { kvkNumber } = ctx.viewer;
  if (!hasRole(ctx.viewer, Role.MEMBER) || !kvkNumber) return null;
  return (await ctx.loaders.core.businessByKvkNumber.load(kvkNumber))?.id ?? null;
}

/**
 * The database id of a civil servant's municipality (the CBS code in their token). Null for everyone else,
 * and when no municipality has that code.
 */
export async function viewerMunicipalityId(ctx: Context): Promise<string | null> {
  const { municipalityCode } = ctx.viewer;
  if (!hasRole(ctx.viewer, Role.CIVIL_SERVANT) || !municipalityCode) return null;
  return (await ctx.loaders.core.municipalityByCbsCode.load(municipalityCode))?.id ?? null;
}
