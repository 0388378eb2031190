import { MoreThan } from 'typeorm';
import type { Context, UserError } from '../../kit';
import { forbidden, hasRole, lockRow, Role, withTransaction } from '../../kit';
import { inputMunicipality, viewerMunicipalityId } from '../core';
import { Award } from './award.entity';
import type { NewRequest } from './procurement-request.service';
import { insertRequest } from './procurement-request.service';

/**
 * Services for the social-enterprise module (services, never entities): it credits placements against
 * social-return obligations and turns municipal PROJECT opportunities into procurement requests.
 */

/**
 * The social return owed on an award (percentage × awarded value, in cents), with the supplier and the
 * buying municipality (database ids); null for an unknown award.
 */
export async function socialReturnOfAward(
  ctx: Context,
  awardId: string,
): Promise<{ percentage: number; obligation: number; businessId: string; municipalityId: string } | null> {
  const award = await ctx.loaders.procurement.awardById.load(awardId);
  if (!award) return null;
  const request = await ctx.loaders.procurement.requestById.load(award.requestId);
  return {
    percentage: award.socialReturnPercentage,
    obligation: award.socialReturnObligation,
    businessId: award.businessId,
    municipalityId: request!.municipalityId,
  };
}

/**
 * Locks an award's row until the transaction ends, so that credits to one obligation take turns (each sees
 * what the one before counted). False for an unknown award.
 */
export async function lockAwardForCredit(tx: Context, awardId: string): Promise<boolean> {
  return (await lockRow(tx, Award, { id: awardId })) != null;
}

/**
 * A DRAFT request from a municipal project, with `source` naming the project. A civil servant makes it for
 * their own municipality (`municipality`, when given, must be theirs); an admin must name the municipality
 * (CBS code; one no municipality has is a NOT_FOUND user error). The same checks and user errors as
 * `createProcurementRequest`.
 */
export function createRequestFromProject(
  ctx: Context,
  project: { reference: string; municipality?: string | null } & Omit<NewRequest, 'source'>,
) {
  return withTransaction(ctx, async (tx) => {
    const { reference, municipality: named, ...input } = project;
    const own = await viewerMunicipalityId(tx);
    if (own && (!named || named === tx.viewer.municipalityCode)) {
      return insertRequest(tx, own, tx.viewer.municipalityCode!, { ...input, source: reference });
    }
    if (hasRole(tx.viewer, Role.ADMIN) && named) {
      const errors: UserError[] = [];
      const municipality = await inputMunicipality(tx, named, errors);
      if (!municipality) return { procurementRequest: null, userErrors: errors };
      return insertRequest(tx, municipality.id, municipality.cbsCode, { ...input, source: reference });
    }
    throw forbidden('Only civil servants of the project’s municipality, or admins naming it, can do this');
  });
}

/** The oldest award with a social-return obligation (ids of the award and its supplier), for demo data. */
export async function awardWithSocialReturn(
  ctx: Context,
): Promise<{ awardId: string; businessId: string } | null> {
  const award = await ctx.em.findOne(Award, {
    where: { socialReturnObligation: MoreThan(0) },
    order: { awardedAt: 'ASC', id: 'ASC' },
  });
  return award ? { awardId: award.id, businessId: award.businessId } : null;
}
