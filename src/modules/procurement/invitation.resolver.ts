import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { Context } from '../../kit';
import { badUserInput, listComplexity, Role, UserError } from '../../kit';
import { Invitation } from './invitation.entity';
import { invitationLog } from './invitation.service';
import { ProcurementRequest } from './procurement-request.entity';
import { findRequest, nameForBuyers } from './procurement-request.service';
import { Quote } from './quote.entity';
import type { Suggestion } from './shortlist.service';
import { CategoryFit, inviteSuppliers, suggestSuppliers } from './shortlist.service';
import { SupplierProfile } from './supplier-profile.entity';

registerEnumType(CategoryFit, {
  name: 'CategoryFit',
  description: 'How a supplier’s categories fit the requested CPV category.',
  valuesConfig: {
    EXACT: { description: 'The supplier offers the requested category or one below it.' },
    PARENT: { description: 'The supplier offers a broader category above the requested one.' },
  },
});

@ObjectType({ description: 'A supplier on the suggested shortlist of a request, with the reasons.' })
export class SupplierSuggestion {
  @Field(() => SupplierProfile, { description: 'The supplier.' })
  supplier!: SupplierProfile;

  @Field(() => Int, { description: 'Place on the shortlist, 1 first.' })
  rank!: number;

  @Field(() => CategoryFit, { description: 'How its categories fit the request.' })
  fit!: CategoryFit;

  @Field(() => Boolean, { description: 'Established in the buying municipality.' })
  local!: boolean;

  @Field(() => Boolean, { description: 'Established in one of the five Regio Q4 municipalities.' })
  regional!: boolean;

  @Field(() => [String], { description: 'Why it is suggested: category fit, locality, last invitation.' })
  reasons!: string[];
}

@InputType({ description: 'Why a suggested supplier was not invited.' })
class PassedOverNote {
  @Field(() => ID, { description: 'The suggested supplier (a SupplierProfile id).' })
  supplierId!: string;

  @Field(() => String, { description: 'The buyer’s reason, kept in the invitation log.' })
  @Length(3, 1000)
  note!: string;
}

@InputType({ description: 'Suppliers to invite for a request (DRAFT or INVITING).' })
export class InviteSuppliersInput {
  @Field(() => ID, { description: 'The request.' })
  requestId!: string;

  @Field(() => [ID], { description: 'SupplierProfile ids to invite, in any order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  supplierIds!: string[];

  @Field(() => String, { nullable: true, description: 'The buyer’s note on this round of invitations.' })
  @IsOptional()
  @Length(3, 1000)
  note?: string | null;

  @Field(() => [PassedOverNote], {
    nullable: true,
    description: 'Reasons for suggested suppliers that are not invited (others are logged without a note).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  passedOverNotes?: PassedOverNote[] | null;
}

@ObjectType({ description: 'The result of `inviteSuppliers`.' })
export class InviteSuppliersPayload {
  @Field(() => ProcurementRequest, {
    nullable: true,
    description: 'The request, now INVITING; null on errors.',
  })
  procurementRequest!: ProcurementRequest | null;

  @Field(() => [Invitation], { description: 'Every invited supplier of the request so far.' })
  invitations!: Invitation[];

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

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
  suggestSuppliers(
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
    return suggestSuppliers(
      ctx,
      requestId,
      validSize(size, 'size', 1, 20),
      validSize(localMinimum, 'localMinimum', 0, 20),
    );
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
