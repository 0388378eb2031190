import type { Context } from '../core';
import { forbidden, withTransaction } from '../core';
import type { NewRequest } from './procurement-request.service';
import { insertRequest, viewerMunicipalityId } from './procurement-request.service';

/**
 * Services for the social-enterprise module (services, never entities): it credits placements against
 * social-return obligations and turns municipal PROJECT opportunities into procurement requests.
 */

/** The social return owed on an award (percentage × awarded value, in cents); null for an unknown award. */
export async function socialReturnOfAward(
  ctx: Context,
  awardId: string,
): Promise<{ percentage: number; obligation: number; businessId: string } | null> {
  const award = await ctx.loaders.procurement.awardById.load(awardId);
  if (!award) return null;
  return {
    percentage: award.socialReturnPercentage,
    obligation: award.socialReturnObligation,
    businessId: award.businessId,
  };
}

/**
 * A DRAFT request from a municipal project, made by a civil servant of the project's municipality, with
 * `source` naming the project. The same checks and user errors as `createProcurementRequest`.
 */
export function createRequestFromProject(
  ctx: Context,
  project: { reference: string } & Omit<NewRequest, 'source'>,
) {
  return withTransaction(ctx, async (tx) => {
    const municipalityId = await viewerMunicipalityId(tx);
    if (!municipalityId) throw forbidden('Only civil servants of the project’s municipality can do this');
    const { reference, ...input } = project;
    return insertRequest(tx, municipalityId, tx.viewer.municipalityCode!, { ...input, source: reference });
  });
}
