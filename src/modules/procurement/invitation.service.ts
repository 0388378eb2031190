import type { Context } from '../../kit';
import { fromGlobalId } from '../../kit';
import { viewerBusinessId } from '../core';
import type { Invitation } from './invitation.entity';
import { isBuyer } from './procurement-request.service';

/**
 * The invitation log of a request: every decision for the buyers; for a member, the decisions about their
 * own business (also when it was passed over and cannot see the request). Empty for anyone else.
 */
export async function invitationLog(ctx: Context, requestGlobalId: string): Promise<Invitation[]> {
  const { id } = fromGlobalId(requestGlobalId, 'ProcurementRequest');
  const request = await ctx.loaders.procurement.requestById.load(id);
  if (!request) return [];
  const entries = await ctx.loaders.procurement.invitationsByRequestId.load(id);
  if (await isBuyer(ctx, request)) return entries;
  const businessId = await viewerBusinessId(ctx);
  if (!businessId) return [];
  const profile = await ctx.loaders.procurement.profileByBusinessId.load(businessId);
  return entries.filter((entry) => entry.profileId === profile?.id);
}
