import { ArrayMinSize, Length } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ApiKey } from './api-key.entity';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service';
import { ApiScope, Role } from './auth';
import type { Context } from './context';
import { listComplexity } from './relay';
import { Organisation } from './organisation.entity';
import { UserError } from './payloads';

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, { description: 'What the key is for.' })
  @Length(1, 100)
  name!: string;

  @Field(() => [ApiScope])
  @ArrayMinSize(1, { message: 'a key needs at least one scope' })
  scopes!: ApiScope[];
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret for `X-Api-Key`. Shown this once; store it now.',
  })
  secret!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey!: ApiKey | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], {
    complexity: listComplexity(25),
    description: 'API keys, newest first (admins).',
  })
  apiKeys(@Ctx() ctx: Context, @Arg('organisationId', () => ID, { nullable: true }) organisationId?: string) {
    return listApiKeys(ctx, organisationId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Ctx() ctx: Context, @Root() apiKey: ApiKey) {
    return ctx.loaders.core.organisationById.load(apiKey.organisationId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload)
  createApiKey(@Ctx() ctx: Context, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput) {
    return createApiKey(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload)
  revokeApiKey(@Ctx() ctx: Context, @Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput) {
    return revokeApiKey(ctx, input);
  }
}
