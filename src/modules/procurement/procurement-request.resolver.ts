import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import {
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  fromGlobalId,
  listComplexity,
  Role,
} from '../../kit';
import { AuditEntryConnection, auditTrailOfRoot, Municipality } from '../core';
import { Award } from './award.entity';
import { quotesOf } from './award.service';
import { CpvCategory } from './cpv-category.entity';
import { Invitation } from './invitation.entity';
import { invitationLog } from './invitation.service';
import { ProcurementRequest } from './procurement-request.entity';
import {
  CancelProcurementRequestInput,
  CloseProcurementRequestInput,
  ConfirmQuoteOpeningInput,
  CreateProcurementRequestInput,
  OpenProcurementQuotesInput,
  ProcurementRequestFilter,
  UpdateProcurementRequestInput,
} from './procurement-request.inputs';
import {
  CancelProcurementRequestPayload,
  CloseProcurementRequestPayload,
  ConfirmProcurementQuoteOpeningPayload,
  CreateProcurementRequestPayload,
  OpenProcurementQuotesPayload,
  ProcurementLogEntry,
  UpdateProcurementRequestPayload,
} from './procurement-request.payloads';
import * as requests from './procurement-request.service';
import { ProcurementQuestion } from './question.entity';
import { questionsOf } from './question.service';
import { Quote } from './quote.entity';

export const ProcurementRequestConnection = ConnectionType(ProcurementRequest);

@Resolver(() => ProcurementRequest)
export class ProcurementRequestResolver {
  @Authorized(Role.ADMIN, Role.CIVIL_SERVANT)
  @Query(() => ProcurementRequestConnection, {
    complexity: connectionComplexity,
    description: 'Requests of your municipality (civil servants) or of all (admins), newest first.',
  })
  procurementRequests(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ProcurementRequestFilter, {
      nullable: true,
      description: 'Conditions that all must hold.',
    })
    filter?: ProcurementRequestFilter,
  ) {
    return requests.listRequests(ctx, filter ?? {}, page);
  }

  @Query(() => ProcurementRequest, {
    nullable: true,
    description:
      'A request: for admins, civil servants of its municipality and invited suppliers; null for others.',
  })
  procurementRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The request’s id.' }) id: string,
  ) {
    return requests.findRequest(ctx, fromGlobalId(id, 'ProcurementRequest').id);
  }

  @FieldResolver(() => Municipality, { description: 'The buying municipality.' })
  async municipality(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return ctx.loaders.core.municipalityById.load(request.municipalityId);
  }

  @FieldResolver(() => CpvCategory, { description: 'The CPV category of what is bought.' })
  async cpvCategory(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return ctx.loaders.procurement.cpvByCode.load(request.cpvCode);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The civil servant who made the request (name from their token): for admins and civil servants of the ' +
      'buying municipality; null for everyone else, invited suppliers included (the name is personal data).',
  })
  createdByName(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return requests.nameForBuyers(ctx, request, request.createdByName);
  }

  @FieldResolver(() => Award, { nullable: true, description: 'The award; null until awarded.' })
  award(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return ctx.loaders.procurement.awardByRequestId.load(request.id);
  }

  @FieldResolver(() => [Quote], {
    complexity: listComplexity(5),
    description:
      'Quotes: all for buyers (cheapest first once unsealed, amounts null until then), its own for an invited supplier.',
  })
  quotes(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return quotesOf(ctx, request);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the quotes’ amounts and notes are still sealed for the buyers: until they are opened after the ' +
      'deadline and, from the multiple-quote procedure up, the opening is confirmed by a second civil servant.',
  })
  quotesSealed(@Root() request: ProcurementRequest) {
    return !requests.quotesUnsealed(request);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The civil servant who closed quoting: buyers only (personal data); null for everyone else.',
  })
  closedByName(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return requests.nameForBuyers(ctx, request, request.closedByName);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The civil servant who opened the quotes: buyers only (personal data); null for everyone else.',
  })
  quotesOpenedByName(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return requests.nameForBuyers(ctx, request, request.quotesOpenedByName);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The second civil servant who confirmed the opening: buyers only (personal data); null for everyone else.',
  })
  quotesOpeningConfirmedByName(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return requests.nameForBuyers(ctx, request, request.quotesOpeningConfirmedByName);
  }

  @FieldResolver(() => [ProcurementLogEntry], {
    complexity: listComplexity(7),
    description:
      'The request’s log, oldest first: each step with when, who (buyers only) and the reason of an exception.',
  })
  log(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return requests.requestLog(ctx, request);
  }

  @FieldResolver(() => [ProcurementQuestion], {
    complexity: listComplexity(10),
    description:
      'Questions and answers (nota van inlichtingen), oldest first: all for buyers; for an invitee the answered ' +
      'ones and its own; never who asked.',
  })
  questions(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return questionsOf(ctx, request);
  }

  @FieldResolver(() => [Invitation], {
    complexity: listComplexity(10),
    description: 'The invitation log (see `invitationLog`).',
  })
  invitations(@Ctx() ctx: Context, @Root() request: ProcurementRequest) {
    return invitationLog(ctx, request.globalId);
  }

  @FieldResolver(() => AuditEntryConnection, {
    nullable: true,
    complexity: connectionComplexity,
    description:
      'Who changed what on this request, its invitations, quotes and award, newest first (field names only): ' +
      'for admins and civil servants of the buying municipality; null for everyone else.',
  })
  async auditTrail(@Ctx() ctx: Context, @Root() request: ProcurementRequest, @Args() page: ConnectionArgs) {
    if (!(await requests.isBuyer(ctx, request))) return null;
    return auditTrailOfRoot(ctx, 'ProcurementRequest', request.id, page);
  }

  @Authorized(Role.CIVIL_SERVANT)
  @Mutation(() => CreateProcurementRequestPayload, {
    description: 'A civil servant’s new request (DRAFT) for their own municipality.',
  })
  createProcurementRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateProcurementRequestInput, { description: 'The request.' })
    input: CreateProcurementRequestInput,
  ) {
    return requests.createRequest(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.CIVIL_SERVANT)
  @Mutation(() => UpdateProcurementRequestPayload, {
    description:
      'Corrects a DRAFT request; the procedure is checked again against the thresholds. Buyers of the request.',
  })
  updateProcurementRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateProcurementRequestInput, { description: 'The request and the changes.' })
    input: UpdateProcurementRequestInput,
  ) {
    return requests.updateRequest(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.CIVIL_SERVANT)
  @Mutation(() => CloseProcurementRequestPayload, {
    description:
      'Stops accepting quotes: INVITING → EVALUATING. Before the deadline only with a reason. Buyers of the request.',
  })
  closeProcurementRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseProcurementRequestInput, { description: 'The request.' })
    input: CloseProcurementRequestInput,
  ) {
    return requests.closeRequest(ctx, input);
  }

  @Authorized(Role.CIVIL_SERVANT)
  @Mutation(() => OpenProcurementQuotesPayload, {
    description:
      'Opens the sealed quotes after the deadline, recorded with who and when. A civil servant of the buying ' +
      'municipality; from the multiple-quote procedure up a second one confirms (`confirmProcurementQuoteOpening`).',
  })
  openProcurementQuotes(
    @Ctx() ctx: Context,
    @Arg('input', () => OpenProcurementQuotesInput, { description: 'The request.' })
    input: OpenProcurementQuotesInput,
  ) {
    return requests.openQuotes(ctx, input);
  }

  @Authorized(Role.CIVIL_SERVANT)
  @Mutation(() => ConfirmProcurementQuoteOpeningPayload, {
    description:
      'Four eyes: a second civil servant of the buying municipality, not the one who opened, confirms the ' +
      'opening; then the buyers read the amounts.',
  })
  confirmProcurementQuoteOpening(
    @Ctx() ctx: Context,
    @Arg('input', () => ConfirmQuoteOpeningInput, { description: 'The request.' })
    input: ConfirmQuoteOpeningInput,
  ) {
    return requests.confirmQuoteOpening(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.CIVIL_SERVANT)
  @Mutation(() => CancelProcurementRequestPayload, {
    description: 'Cancels a request before the award. Buyers of the request.',
  })
  cancelProcurementRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelProcurementRequestInput, { description: 'The request and the reason.' })
    input: CancelProcurementRequestInput,
  ) {
    return requests.cancelRequest(ctx, input);
  }
}
