import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { CappedConnection, Context } from '../../kit';
import {
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  listComplexity,
  prefetchPlan,
  Role,
} from '../../kit';
import { Business, Municipality } from '../core';
import { CpvCategory } from './cpv-category.entity';
import { SaveSupplierProfileInput, SupplierFilter, SupplierOrder } from './supplier.inputs';
import { SaveSupplierProfilePayload } from './supplier.payloads';
import { listSuppliers, saveSupplierProfile, supplierContact } from './supplier.service';
import { SupplierProfile } from './supplier-profile.entity';

export const SupplierProfileConnection = ConnectionType(SupplierProfile);

/** The supplier list's count stops at a cap: this field says whether it did. */
@Resolver(() => SupplierProfileConnection)
export class SupplierProfileConnectionResolver {
  @FieldResolver(() => Boolean, {
    description:
      'True when `totalCount` stopped counting at the cap (1,000 unless the operator set ' +
      '`SUPPLIER_COUNT_CAP`): at least that many suppliers match, show e.g. “1.000+”. False: `totalCount` is exact.',
  })
  totalCountIsCapped(@Root() connection: CappedConnection<SupplierProfile>) {
    return connection.totalCountIsCapped;
  }
}

const CONTACT =
  'Admins, civil servants, API keys with `suppliers:read` and the business’s members; null for others.';

@Resolver(() => SupplierProfile)
export class SupplierProfileResolver {
  @Query(() => SupplierProfileConnection, {
    complexity: connectionComplexity,
    description:
      'The regional supplier database: active supplier profiles, by relevance when searching, else by name. ' +
      '`totalCount` counts up to a cap (see `totalCountIsCapped`).',
  })
  suppliers(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => SupplierFilter, { nullable: true, description: 'Conditions that all must hold.' })
    filter?: SupplierFilter,
    @Arg('orderBy', () => SupplierOrder, {
      nullable: true,
      description: 'The order; see `SupplierOrderField`.',
    })
    orderBy?: SupplierOrder,
  ) {
    return listSuppliers(
      ctx,
      filter ?? {},
      page,
      orderBy,
      prefetchPlan(ctx, info, SupplierProfile, 'profile'),
    );
  }

  @FieldResolver(() => Business, { description: 'The business this profile belongs to.' })
  async business(@Ctx() ctx: Context, @Root() profile: SupplierProfile) {
    return ctx.loaders.core.businessById.load(profile.businessId);
  }

  @FieldResolver(() => [CpvCategory], {
    complexity: listComplexity(10),
    description: 'The CPV categories the supplier offers, by code.',
  })
  categories(@Ctx() ctx: Context, @Root() profile: SupplierProfile) {
    return ctx.loaders.procurement.categoriesByProfileId.load(profile.id);
  }

  @FieldResolver(() => [Municipality], {
    complexity: listComplexity(5),
    description: 'Municipalities the supplier works in besides its own, by name.',
  })
  async municipalitiesServed(@Ctx() ctx: Context, @Root() profile: SupplierProfile) {
    const ids = await ctx.loaders.procurement.servedMunicipalityIdsByProfileId.load(profile.id);
    return (await ctx.loaders.core.municipalityById.loadMany(ids)).filter((m) => m && !(m instanceof Error));
  }

  @FieldResolver(() => String, { nullable: true, description: `Contact person. ${CONTACT}` })
  contactName(@Ctx() ctx: Context, @Root() profile: SupplierProfile) {
    return supplierContact(ctx, profile, 'contactName');
  }

  @FieldResolver(() => String, { nullable: true, description: `Contact e-mail address. ${CONTACT}` })
  contactEmail(@Ctx() ctx: Context, @Root() profile: SupplierProfile) {
    return supplierContact(ctx, profile, 'contactEmail');
  }

  @FieldResolver(() => String, { nullable: true, description: `Contact telephone number. ${CONTACT}` })
  contactPhone(@Ctx() ctx: Context, @Root() profile: SupplierProfile) {
    return supplierContact(ctx, profile, 'contactPhone');
  }

  @Authorized(Role.ADMIN, Role.MEMBER)
  @Mutation(() => SaveSupplierProfilePayload, {
    description: 'Creates or changes a business’s supplier profile: admins, or a member of that business.',
  })
  saveSupplierProfile(
    @Ctx() ctx: Context,
    @Arg('input', () => SaveSupplierProfileInput, { description: 'The business and the fields to set.' })
    input: SaveSupplierProfileInput,
  ) {
    return saveSupplierProfile(ctx, input);
  }
}
