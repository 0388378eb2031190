import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../kit';
import { Association } from './association.entity';
import { Business } from './business.entity';
import { ViewerType } from './me.payloads';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';

@Resolver(() => ViewerType)
export class MeResolver {
  @Query(() => ViewerType, { description: 'The caller: anonymous, a person with roles, or an API key.' })
  me(@Ctx() ctx: Context): Viewer {
    return ctx.viewer;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'A civil servant’s municipality.' })
  municipality(@Ctx() ctx: Context, @Root() viewer: Viewer) {
    return viewer.municipalityCode
      ? ctx.loaders.core.municipalityByCbsCode.load(viewer.municipalityCode)
      : null;
  }

  @FieldResolver(() => Business, { nullable: true, description: 'The business a member acts for.' })
  business(@Ctx() ctx: Context, @Root() viewer: Viewer) {
    return viewer.kvkNumber ? ctx.loaders.core.businessByKvkNumber.load(viewer.kvkNumber) : null;
  }

  @FieldResolver(() => Association, { nullable: true, description: 'The association a secretary acts for.' })
  association(@Ctx() ctx: Context, @Root() viewer: Viewer) {
    return viewer.associationId ? ctx.loaders.core.associationById.load(viewer.associationId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation an API key belongs to.',
  })
  organisation(@Ctx() ctx: Context, @Root() viewer: Viewer) {
    return viewer.organisationId ? ctx.loaders.core.organisationById.load(viewer.organisationId) : null;
  }
}
