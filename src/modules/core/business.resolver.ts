import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Association } from './association.entity';
import { Role } from './auth';
import { Business } from './business.entity';
import {
  AddBusinessMembershipInput,
  BusinessFilter,
  BusinessOrder,
  CreateBusinessInput,
  DeleteBusinessInput,
  EndBusinessMembershipInput,
  UpdateBusinessInput,
} from './business.inputs';
import {
  AddBusinessMembershipPayload,
  CreateBusinessPayload,
  DeleteBusinessPayload,
  EndBusinessMembershipPayload,
  UpdateBusinessPayload,
} from './business.payloads';
import * as businesses from './business.service';
import { BusinessMembership } from './business-membership.entity';
import type { Context } from './context';
import { Municipality } from './municipality.entity';
import { ConnectionArgs, ConnectionType, connectionComplexity, fromGlobalId } from './relay';

const BusinessConnection = ConnectionType(Business);

@Resolver(() => Business)
export class BusinessResolver {
  @Query(() => BusinessConnection, {
    complexity: connectionComplexity,
    description: 'Businesses, by name unless ordered otherwise.',
  })
  businesses(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => BusinessFilter, { nullable: true }) filter?: BusinessFilter,
    @Arg('orderBy', () => BusinessOrder, { nullable: true }) orderBy?: BusinessOrder,
  ) {
    return businesses.listBusinesses(ctx, filter, page, orderBy);
  }

  @Query(() => Business, { nullable: true })
  business(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.loaders.core.businessById.load(fromGlobalId(id, 'Business').id);
  }

  @Query(() => Business, { nullable: true })
  businessByKvkNumber(@Ctx() ctx: Context, @Arg('kvkNumber', () => String) kvkNumber: string) {
    return businesses.findBusinessByKvkNumber(ctx, kvkNumber);
  }

  @FieldResolver(() => Municipality)
  async municipality(@Ctx() ctx: Context, @Root() business: Business) {
    return ctx.loaders.core.municipalityById.load(business.municipalityId);
  }

  @FieldResolver(() => [Association], { description: 'Associations the business is a member of today.' })
  async associations(@Ctx() ctx: Context, @Root() business: Business) {
    const ids = await businesses.currentAssociationIds(ctx, business.id);
    const associations = await ctx.loaders.core.associationById.loadMany(ids);
    return associations.filter((a): a is Association => a instanceof Association);
  }

  @FieldResolver(() => [BusinessMembership], {
    description: 'All memberships, past and present, oldest first.',
  })
  memberships(@Ctx() ctx: Context, @Root() business: Business) {
    return ctx.loaders.core.membershipsByBusinessId.load(business.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateBusinessPayload)
  createBusiness(@Ctx() ctx: Context, @Arg('input', () => CreateBusinessInput) input: CreateBusinessInput) {
    return businesses.createBusiness(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.MEMBER)
  @Mutation(() => UpdateBusinessPayload, { description: 'Admins, or a member for their own business.' })
  updateBusiness(@Ctx() ctx: Context, @Arg('input', () => UpdateBusinessInput) input: UpdateBusinessInput) {
    return businesses.updateBusiness(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteBusinessPayload)
  deleteBusiness(@Ctx() ctx: Context, @Arg('input', () => DeleteBusinessInput) input: DeleteBusinessInput) {
    return businesses.deleteBusiness(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AddBusinessMembershipPayload)
  addBusinessMembership(
    @Ctx() ctx: Context,
    @Arg('input', () => AddBusinessMembershipInput) input: AddBusinessMembershipInput,
  ) {
    return businesses.addBusinessMembership(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => EndBusinessMembershipPayload)
  endBusinessMembership(
    @Ctx() ctx: Context,
    @Arg('input', () => EndBusinessMembershipInput) input: EndBusinessMembershipInput,
  ) {
    return businesses.endBusinessMembership(ctx, input);
  }
}

@Resolver(() => BusinessMembership)
export class BusinessMembershipResolver {
  @FieldResolver(() => Association)
  association(@Ctx() ctx: Context, @Root() membership: BusinessMembership) {
    return ctx.loaders.core.associationById.load(membership.associationId);
  }
}
