import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../core';
import { Business } from '../core';
import { SupplierProfile } from './supplier-profile.entity';

// The procurement module's fields on core types, the way a federated subgraph extends an entity.

@Resolver(() => Business)
export class BusinessSupplierProfileResolver {
  @FieldResolver(() => SupplierProfile, {
    nullable: true,
    description: 'The business’s entry in the regional supplier database; null when it has none.',
  })
  supplierProfile(@Ctx() ctx: Context, @Root() business: Business) {
    return ctx.loaders.procurement.profileByBusinessId.load(business.id);
  }
}
