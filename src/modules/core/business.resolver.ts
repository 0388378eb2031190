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
import { Association } from './association.entity';
import {
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  fromGlobalId,
  prefetchPlan,
  Role,
} from '../../kit';
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
import type { Context } from '../../kit';
import { Municipality } from './municipality.entity';

const BusinessConnection = ConnectionType(Business);

@Resolver(() => Business)
export class BusinessResolver {
  @Query(() => BusinessConnection, {
    complexity: connectionComplexity,
    description: 'Businesses, by name unless ordered otherwise.',
  })
  businesses(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => BusinessFilter, { nullable: true, description: 'Conditions that must all hold.' })
    filter?: BusinessFilter,
    @Arg('orderBy', () => BusinessOrder, { nullable: true, description: 'Sort order; default by name.' })
    orderBy?: BusinessOrder,
  ) {
    const plan = prefetchPlan(ctx, info, Business, 'business');
    return businesses.listBusinesses(ctx, filter, page, orderBy, plan);
  }

  @Query(() => Business, { nullable: true, description: 'A business by id; null when unknown.' })
  business(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Id of the business.' }) id: string) {
    return ctx.loaders.core.businessById.load(fromGlobalId(id, 'Business').id);
  }

  @Query(() => Business, { nullable: true, description: 'A business by KvK number; null when unknown.' })
  businessByKvkNumber(
    @Ctx() ctx: Context,
    @Arg('kvkNumber', () => String, { description: 'KvK number, 8 digits.' }) kvkNumber: string,
  ) {
    return businesses.findBusinessByKvkNumber(ctx, kvkNumber);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality the business is in.' })
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
  @Mutation(() => CreateBusinessPayload, {
    description: 'Registers a business (admins); a KvK number in use is a TAKEN user error.',
  })
  createBusiness(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateBusinessInput, { description: 'The new business.' }) input: CreateBusinessInput,
  ) {
    return businesses.createBusiness(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.MEMBER)
  @Mutation(() => UpdateBusinessPayload, { description: 'Admins, or a member for their own business.' })
  updateBusiness(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateBusinessInput, { description: 'The business and the fields to change.' })
    input: UpdateBusinessInput,
  ) {
    return businesses.updateBusiness(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteBusinessPayload, { description: 'Deletes a business and its memberships (admins).' })
  deleteBusiness(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteBusinessInput, { description: 'The business to delete.' })
    input: DeleteBusinessInput,
  ) {
    return businesses.deleteBusiness(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.SECRETARY)
  @Mutation(() => AddBusinessMembershipPayload, {
    description:
      'Records that a business joined (or, after an ended membership, renewed) an association: admins, or ' +
      'the association’s own secretary.',
  })
  addBusinessMembership(
    @Ctx() ctx: Context,
    @Arg('input', () => AddBusinessMembershipInput, {
      description: 'The business, the association and the first day.',
    })
    input: AddBusinessMembershipInput,
  ) {
    return businesses.addBusinessMembership(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.SECRETARY)
  @Mutation(() => EndBusinessMembershipPayload, {
    description:
      'Records the last day of a business’s membership of an association: admins, or the association’s own ' +
      'secretary.',
  })
  endBusinessMembership(
    @Ctx() ctx: Context,
    @Arg('input', () => EndBusinessMembershipInput, {
      description: 'The business, the association and the last day.',
    })
    input: EndBusinessMembershipInput,
  ) {
    return businesses.endBusinessMembership(ctx, input);
  }
}

@Resolver(() => BusinessMembership)
export class BusinessMembershipResolver {
  @FieldResolver(() => Association, { description: 'The association.' })
  association(@Ctx() ctx: Context, @Root() membership: BusinessMembership) {
    return ctx.loaders.core.associationById.load(membership.associationId);
  }
}
