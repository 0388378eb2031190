import { MaxLength } from 'class-validator';
import {
  Arg,
  Args,
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
} from 'type-graphql';
import type { Context } from '../../kit';
import {
  checkCbsCode,
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  EuroCentsScalar,
  listComplexity,
  Role,
  UserError,
} from '../../kit';
import { Business, Municipality } from '../core';
import { Award } from './award.entity';
import { awardRequest, listAwards, quotesOf, submitQuote } from './award.service';
import { CpvCategory } from './cpv-category.entity';
import { Invitation } from './invitation.entity';
import { invitationLog } from './invitation.service';
import { ProcurementRequest } from './procurement-request.entity';
import { findRequest, nameForBuyers } from './procurement-request.service';
import { Quote } from './quote.entity';
import { SupplierProfile } from './supplier-profile.entity';

export const AwardConnection = ConnectionType(Award);

@InputType({ description: 'A quote for a request the caller’s business was invited to.' })
export class SubmitQuoteInput {
  @Field(() => ID, { description: 'The invitation (from `Business.procurementInvitations`).' })
  invitationId!: string;

  @Field(() => EuroCentsScalar, { description: 'The price, excluding VAT, in cents.' })
  amount!: number;

  @Field(() => String, {
    defaultValue: '',
    description: 'Explanation for the buyer, at most 5,000 characters.',
  })
  @MaxLength(5000)
  note!: string;
}

@ObjectType({ description: 'The result of `submitQuote`.' })
export class SubmitQuotePayload {
  @Field(() => Quote, { nullable: true, description: 'The quote as submitted; null on errors.' })
  quote!: Quote | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Awards an EVALUATING request to one of its quotes.' })
export class AwardProcurementRequestInput {
  @Field(() => ID, { description: 'The request.' })
  requestId!: string;

  @Field(() => ID, { description: 'The winning quote of that request.' })
  quoteId!: string;
}

@ObjectType({ description: 'The result of `awardProcurementRequest`.' })
export class AwardProcurementRequestPayload {
  @Field(() => Award, { nullable: true, description: 'The award; null on errors.' })
  award!: Award | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => AwardConnection, {
    complexity: connectionComplexity,
    description: 'Awards (public), newest first; of one municipality and year when given.',
  })
  awards(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('municipality', () => String, {
      nullable: true,
      description: 'CBS code of the buying municipality.',
    })
    municipality?: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'Year of the award, in Amsterdam time.' })
    year?: number | null,
  ) {
    checkCbsCode(municipality);
    return listAwards(ctx, page, { municipality, year });
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => SubmitQuotePayload, {
    description:
      'A member of an invited business quotes until the deadline; a second quote replaces the first.',
  })
  submitQuote(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitQuoteInput, { description: 'The quote.' }) input: SubmitQuoteInput,
  ) {
    return submitQuote(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.CIVIL_SERVANT)
  @Mutation(() => AwardProcurementRequestPayload, {
    description: 'Awards a request to a quote: EVALUATING → AWARDED. Buyers of the request.',
  })
  awardProcurementRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => AwardProcurementRequestInput, { description: 'The request and the winning quote.' })
    input: AwardProcurementRequestInput,
  ) {
    return awardRequest(ctx, input);
  }

  @FieldResolver(() => String, { description: 'Title of the awarded request.' })
  async title(@Ctx() ctx: Context, @Root() award: Award) {
    return (await ctx.loaders.procurement.requestById.load(award.requestId))!.title;
  }

  @FieldResolver(() => Municipality, { description: 'The buying municipality.' })
  async municipality(@Ctx() ctx: Context, @Root() award: Award) {
    const request = await ctx.loaders.procurement.requestById.load(award.requestId);
    return ctx.loaders.core.municipalityById.load(request!.municipalityId);
  }

  @FieldResolver(() => CpvCategory, { description: 'What was bought.' })
  async cpvCategory(@Ctx() ctx: Context, @Root() award: Award) {
    const request = await ctx.loaders.procurement.requestById.load(award.requestId);
    return ctx.loaders.procurement.cpvByCode.load(request!.cpvCode);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The civil servant who awarded (name from their token): for admins and civil servants of the buying ' +
      'municipality; null for everyone else (the award itself is public, the name is personal data).',
  })
  awardedByName(@Ctx() ctx: Context, @Root() award: Award) {
    return nameForBuyers(ctx, award.requestId, award.awardedByName);
  }

  @FieldResolver(() => Business, { description: 'The winning supplier.' })
  supplier(@Ctx() ctx: Context, @Root() award: Award) {
    return ctx.loaders.core.businessById.load(award.businessId);
  }

  @FieldResolver(() => ProcurementRequest, {
    nullable: true,
    description: 'The request; null when hidden from you.',
  })
  request(@Ctx() ctx: Context, @Root() award: Award) {
    return findRequest(ctx, award.requestId);
  }
}

@Resolver(() => Quote)
export class QuoteResolver {
  @FieldResolver(() => SupplierProfile, { description: 'The supplier that quoted.' })
  supplier(@Ctx() ctx: Context, @Root() quote: Quote) {
    return ctx.loaders.procurement.profileById.load(quote.profileId);
  }
}

@Resolver(() => ProcurementRequest)
export class ProcurementRequestOutcomeResolver {
  @FieldResolver(() => Award, { nullable: true, description: 'The award; null until awarded.' })
  award(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return ctx.loaders.procurement.awardByRequestId.load(request.id);
  }

  @FieldResolver(() => [Quote], {
    complexity: listComplexity(5),
    description: 'Quotes, cheapest first: all for buyers, its own for an invited supplier.',
  })
  quotes(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return quotesOf(ctx, request);
  }

  @FieldResolver(() => [Invitation], {
    complexity: listComplexity(10),
    description: 'The invitation log (see `invitationLog`).',
  })
  invitations(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return invitationLog(ctx, request.globalId);
  }
}
