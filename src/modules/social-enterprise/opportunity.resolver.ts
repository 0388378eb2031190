import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context, NodeType } from '../../kit';
import {
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  fromGlobalId,
  listComplexity,
  prefetchPlan,
  Role,
  toGlobalId,
} from '../../kit';
import { Business, Municipality, Organisation } from '../core';
import { procurement } from '../procurement';
import { Opportunity } from './opportunity.entity';
import {
  CloseOpportunityInput,
  ConvertProjectToProcurementRequestInput,
  ExpressProjectInterestInput,
  OpportunityFilter,
  TakeInterestedFirmsIntoRequestInput,
  PostOpportunityInput,
  UpdateOpportunityInput,
} from './opportunity.inputs';
import * as opportunities from './opportunity.service';
import { Placement } from './placement.entity';
import { placementsOfOpportunity } from './placement.service';
import { ProjectInterest } from './project-interest.entity';
import {
  expressProjectInterest,
  interestsOf,
  takeInterestedFirmsIntoRequest,
} from './project-interest.service';
import {
  CloseOpportunityPayload,
  ConvertProjectToProcurementRequestPayload,
  ExpressProjectInterestPayload,
  PostOpportunityPayload,
  TakeInterestedFirmsIntoRequestPayload,
  UpdateOpportunityPayload,
} from './opportunity.payloads';

export const OpportunityConnection = ConnectionType(Opportunity);

/**
 * Procurement's own way to refetch a request (`node(id:)`): its GraphQL type and a load that applies the same
 * visibility as `procurementRequest(id:)`. Procurement exports no service for it, and its descriptor is what
 * it exports; looked up when first used, as the descriptor is complete only once its module has loaded.
 */
function procurementRequestNode(): NodeType {
  const node = procurement.nodeTypes.find((entry) => entry.type.name === 'ProcurementRequest');
  if (!node) throw new Error('procurement has no ProcurementRequest node type');
  return node;
}

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Query(() => OpportunityConnection, {
    complexity: connectionComplexity,
    description: 'The opportunity board (public): OPEN opportunities, newest first, with search and filters.',
  })
  opportunities(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Conditions that all must hold.' })
    filter?: OpportunityFilter,
  ) {
    const plan = prefetchPlan(ctx, info, Opportunity, 'row');
    return opportunities.listOpportunities(ctx, filter ?? {}, page, plan);
  }

  @Query(() => Opportunity, {
    nullable: true,
    description: 'An opportunity: open ones for everyone, others for their poster, coaches and admins.',
  })
  opportunity(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The opportunity’s id.' }) id: string,
  ) {
    return opportunities.findOpportunity(ctx, fromGlobalId(id, 'Opportunity').id);
  }

  @Authorized(Role.MEMBER, Role.CIVIL_SERVANT, Role.COACH, Role.ADMIN)
  @Mutation(() => PostOpportunityPayload, {
    description: 'Posts an opportunity for your business, municipality or institution (OPEN at once).',
  })
  postOpportunity(
    @Ctx() ctx: Context,
    @Arg('input', () => PostOpportunityInput, { description: 'The opportunity.' })
    input: PostOpportunityInput,
  ) {
    return opportunities.postOpportunity(ctx, input);
  }

  @Authorized(Role.MEMBER, Role.CIVIL_SERVANT, Role.COACH, Role.ADMIN)
  @Mutation(() => UpdateOpportunityPayload, {
    description:
      'Corrects an OPEN or FILLED opportunity (hours, places, dates, text). Its poster: a member of its ' +
      'business, a civil servant of its municipality, a coach for an institution; or an admin.',
  })
  updateOpportunity(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateOpportunityInput, { description: 'What changes.' })
    input: UpdateOpportunityInput,
  ) {
    return opportunities.updateOpportunity(ctx, input);
  }

  @Authorized(Role.MEMBER, Role.CIVIL_SERVANT, Role.COACH, Role.ADMIN)
  @Mutation(() => CloseOpportunityPayload, {
    description: 'Withdraws an opportunity. Its poster, coaches, admins.',
  })
  closeOpportunity(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseOpportunityInput, { description: 'The opportunity.' })
    input: CloseOpportunityInput,
  ) {
    return opportunities.closeOpportunity(ctx, input);
  }

  @Authorized(Role.CIVIL_SERVANT, Role.ADMIN)
  @Mutation(() => ConvertProjectToProcurementRequestPayload, {
    description:
      'Turns a municipal PROJECT into a DRAFT procurement request: civil servants of its municipality, admins.',
  })
  convertProjectToProcurementRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => ConvertProjectToProcurementRequestInput, {
      description: 'The project and the request.',
    })
    input: ConvertProjectToProcurementRequestInput,
  ) {
    return opportunities.convertProjectToProcurementRequest(ctx, input);
  }

  @FieldResolver(() => Municipality, { description: 'Where the work is.' })
  municipality(@Ctx() ctx: Context, @Root() opportunity: Opportunity) {
    return ctx.loaders.core.municipalityById.load(opportunity.municipalityId);
  }

  @FieldResolver(() => Business, { nullable: true, description: 'The posting business; null for others.' })
  business(@Ctx() ctx: Context, @Root() opportunity: Opportunity) {
    return opportunity.businessId ? ctx.loaders.core.businessById.load(opportunity.businessId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The posting institution; null for others.',
  })
  organisation(@Ctx() ctx: Context, @Root() opportunity: Opportunity) {
    return opportunity.organisationId
      ? ctx.loaders.core.organisationById.load(opportunity.organisationId)
      : null;
  }

  @FieldResolver(() => procurementRequestNode().type, {
    nullable: true,
    description:
      'The procurement request this PROJECT became: for those who may see it (as `procurementRequest(id:)`: ' +
      'admins, civil servants of its municipality, invited suppliers); null for others and when it did not.',
  })
  procurementRequest(@Ctx() ctx: Context, @Root() opportunity: Opportunity) {
    return opportunity.procurementRequestId
      ? procurementRequestNode().load(ctx, opportunity.procurementRequestId)
      : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The procurement request this PROJECT became; null when it did not.',
    deprecationReason: 'Use procurementRequest { id }. Removal after 2027-06-30.',
  })
  procurementRequestId(@Root() opportunity: Opportunity) {
    return opportunity.procurementRequestId
      ? toGlobalId('ProcurementRequest', opportunity.procurementRequestId)
      : null;
  }

  @FieldResolver(() => [ProjectInterest], {
    nullable: true,
    complexity: listComplexity(10),
    description:
      'The firms that answered this municipal PROJECT, oldest first: all of them for its poster (civil ' +
      'servants of its municipality) and admins, its own answer for a member firm; null for everyone else ' +
      'and for other opportunities.',
  })
  interests(@Ctx() ctx: Context, @Root() opportunity: Opportunity) {
    return interestsOf(ctx, opportunity);
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => ExpressProjectInterestPayload, {
    description:
      'A member firm answers an OPEN municipal PROJECT with a note (firms of the region with an active ' +
      'supplier profile).',
  })
  expressProjectInterest(
    @Ctx() ctx: Context,
    @Arg('input', () => ExpressProjectInterestInput, { description: 'The project and the note.' })
    input: ExpressProjectInterestInput,
  ) {
    return expressProjectInterest(ctx, input);
  }

  @Authorized(Role.CIVIL_SERVANT, Role.ADMIN)
  @Mutation(() => TakeInterestedFirmsIntoRequestPayload, {
    description:
      'Puts firms that answered a municipal PROJECT on the suggested shortlist of the procurement request ' +
      'it became, with a reason. Civil servants of its municipality, admins.',
  })
  takeInterestedFirmsIntoRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => TakeInterestedFirmsIntoRequestInput, {
      description: 'The project, the firms and the reason.',
    })
    input: TakeInterestedFirmsIntoRequestInput,
  ) {
    return takeInterestedFirmsIntoRequest(ctx, input);
  }

  @FieldResolver(() => [Placement], {
    nullable: true,
    complexity: listComplexity(10),
    description: 'Its placements, oldest first: for its poster, coaches and admins; null for everyone else.',
  })
  placements(@Ctx() ctx: Context, @Root() opportunity: Opportunity) {
    return placementsOfOpportunity(ctx, opportunity);
  }
}
