import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { badUserInput, listComplexity, Role, translate } from '../../kit';
import { Invitation } from './invitation.entity';
import { InviteSuppliersInput } from './invitation.inputs';
import { InviteSuppliersPayload, SupplierSuggestion } from './invitation.payloads';
import { invitationLog } from './invitation.service';
import { ProcurementRequest } from './procurement-request.entity';
import { findRequest, nameForBuyers } from './procurement-request.service';
import { Quote } from './quote.entity';
import type { Suggestion } from './shortlist.service';
import { inviteSuppliers, suggestSuppliers } from './shortlist.service';
import { SupplierProfile } from './supplier-profile.entity';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized(Role.ADMIN, Role.CIVIL_SERVANT)
  @Query(() => [SupplierSuggestion], {
    complexity: listComplexity(10),
    description:
      'A fair shortlist for a request, with reasons: best category fit first, regional suppliers before ' +
      'others, the least recently invited first among equals; local suppliers are included where they ' +
      'exist. Buyers of the request only.',
  })
  async suggestSuppliers(
    @Ctx() ctx: Context,
    @Arg('requestId', () => ID, { description: 'The request.' }) requestId: string,
    @Arg('size', () => Int, {
      nullable: true,
      description: 'Length of the list, 1 to 20; by default 3 (single quote), 5 (3–5 quotes) or 10.',
    })
    size?: number | null,
    @Arg('localMinimum', () => Int, {
      nullable: true,
      description: 'Local suppliers to include where they exist; by default 1 for a single quote, else 2.',
    })
    localMinimum?: number | null,
  ): Promise<Suggestion[]> {
    const suggestions = await suggestSuppliers(
      ctx,
      requestId,
      validSize(size, 'size', 1, 20),
      validSize(localMinimum, 'localMinimum', 0, 20),
    );
    return suggestions.map((s) => ({ ...s, reasons: s.reasons.map((r) => translate(ctx.locale, r)) }));
  }

  @FieldResolver(() => [String], {
    description:
      'Why the supplier was suggested (category fit, locality, rotation), in the caller’s language.',
  })
  reasons(@Ctx() ctx: Context, @Root() invitation: Invitation): string[] {
    // Kept in English in the log; shown in the caller's language.
    return invitation.reasons.map((reason) => translate(ctx.locale, reason));
  }

  @Query(() => [Invitation], {
    complexity: listComplexity(20),
    description:
      'Who was invited for a request, when, by whom and why, and which suggested suppliers were passed over. ' +
      'Buyers see every entry; a member sees the entries of their own business (why it was or was not invited).',
  })
  invitationLog(
    @Ctx() ctx: Context,
    @Arg('requestId', () => ID, { description: 'The request.' }) requestId: string,
  ) {
    return invitationLog(ctx, requestId);
  }

  @Authorized(Role.ADMIN, Role.CIVIL_SERVANT)
  @Mutation(() => InviteSuppliersPayload, {
    description: 'Invites suppliers to quote and logs who was passed over. Buyers of the request.',
  })
  inviteSuppliers(
    @Ctx() ctx: Context,
    @Arg('input', () => InviteSuppliersInput, { description: 'The request and the suppliers.' })
    input: InviteSuppliersInput,
  ) {
    return inviteSuppliers(ctx, input);
  }

  @FieldResolver(() => SupplierProfile, { description: 'The supplier.' })
  supplier(@Ctx() ctx: Context, @Root() invitation: Invitation) {
    return ctx.loaders.procurement.profileById.load(invitation.profileId);
  }

  @FieldResolver(() => ProcurementRequest, {
    nullable: true,
    description: 'The request; null when hidden from you.',
  })
  request(@Ctx() ctx: Context, @Root() invitation: Invitation) {
    return findRequest(ctx, invitation.requestId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The civil servant who decided (name from their token): for admins and civil servants of the buying ' +
      'municipality; null for everyone else, the invited supplier included (the name is personal data).',
  })
  decidedByName(@Ctx() ctx: Context, @Root() invitation: Invitation) {
    return nameForBuyers(ctx, invitation.requestId, invitation.decidedByName);
  }

  @FieldResolver(() => Quote, {
    nullable: true,
    description: 'The supplier’s quote; for the request’s buyers and the supplier. Null if none (yet).',
  })
  quote(@Ctx() ctx: Context, @Root() invitation: Invitation) {
    return ctx.loaders.procurement.quoteByInvitationId.load(invitation.id);
  }
}

function validSize(value: number | null | undefined, argument: string, min: number, max: number) {
  if (value == null) return value;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${argument} must be between ${min} and ${max}`, [
      { path: [argument], message: 'out of range' },
    ]);
  }
  return value;
}
