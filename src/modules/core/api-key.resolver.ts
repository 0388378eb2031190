import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ApiKey } from './api-key.entity';
import { createApiKey, listApiKeys, revokeApiKey, rotateApiKeyFeedToken } from './api-key.service';
import { CreateApiKeyInput, RevokeApiKeyInput, RotateApiKeyFeedTokenInput } from './api-key.inputs';
import { CreateApiKeyPayload, RevokeApiKeyPayload, RotateApiKeyFeedTokenPayload } from './api-key.payloads';
import { Role } from './auth';
import type { Context } from './context';
import { listComplexity } from './relay';
import { Organisation } from './organisation.entity';

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

  @Authorized(Role.ADMIN)
  @Mutation(() => RotateApiKeyFeedTokenPayload, {
    description: 'A new calendar subscription URL for a key; the previous URL stops working at once.',
  })
  rotateApiKeyFeedToken(
    @Ctx() ctx: Context,
    @Arg('input', () => RotateApiKeyFeedTokenInput) input: RotateApiKeyFeedTokenInput,
  ) {
    return rotateApiKeyFeedToken(ctx, input);
  }
}
