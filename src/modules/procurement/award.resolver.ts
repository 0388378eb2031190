import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
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
  Role,
  shownActor,
} from '../../kit';
import { Business, Municipality } from '../core';
import { Award } from './award.entity';
import { AwardProcurementRequestInput, SubmitQuoteInput } from './award.inputs';
import { AwardProcurementRequestPayload, SubmitQuotePayload } from './award.payloads';
import { awardRequest, listAwards, sealedContent, submitQuote } from './award.service';
import { CpvCategory } from './cpv-category.entity';
import { ProcurementRequest } from './procurement-request.entity';
import { findRequest, nameForBuyers } from './procurement-request.service';
import { Quote } from './quote.entity';
import { SupplierProfile } from './supplier-profile.entity';

export const AwardConnection = ConnectionType(Award);

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

  @FieldResolver(() => EuroCentsScalar, {
    nullable: true,
    description:
      'The price quoted, excluding VAT: for its supplier; for the buyers once the quotes are opened ' +
      '(`ProcurementRequest.quotesSealed` false); null before.',
  })
  amount(@Ctx() ctx: Context, @Root() quote: Quote) {
    return sealedContent(ctx, quote, quote.amount);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The supplier’s explanation: sealed like `amount`.',
  })
  note(@Ctx() ctx: Context, @Root() quote: Quote) {
    return sealedContent(ctx, quote, quote.note);
  }

  @FieldResolver(() => String, { description: 'Who submitted it for the supplier (name from their token).' })
  submittedByName(@Root() quote: Quote): string {
    // The field is non-null in the schema; a quote whose token named nobody reads as it always did.
    return shownActor(quote.submittedByName);
  }
}
