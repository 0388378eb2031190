import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../kit';
import { ApiScope, Role, ViewerKind } from '../../kit';
import { Business } from './business.entity';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';

@ObjectType('Viewer', { description: 'Who the API takes the caller to be.' })
export class ViewerType {
  @Field(() => ViewerKind, { description: 'How the caller authenticated.' })
  kind!: ViewerKind;

  @Field(() => String, { nullable: true, description: 'Token subject, or the API key’s id.' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'Display name from the token, or the API key’s name.' })
  name!: string | null;

  @Field(() => [Role], { description: 'Roles from the token; empty for anonymous callers and API keys.' })
  roles!: Role[];

  @Field(() => [ApiScope], { description: 'Scopes of the API key; empty for everyone else.' })
  scopes!: ApiScope[];

  municipalityCode!: string | null;
  kvkNumber!: string | null;
  organisationId!: string | null;
}

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

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation an API key belongs to.',
  })
  organisation(@Ctx() ctx: Context, @Root() viewer: Viewer) {
    return viewer.organisationId ? ctx.loaders.core.organisationById.load(viewer.organisationId) : null;
  }
}
