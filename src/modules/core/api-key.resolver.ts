import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ApiKey } from './api-key.entity';
import { createApiKey, listApiKeys, revokeApiKey, rotateApiKeyFeedToken } from './api-key.service';
import { CreateApiKeyInput, RevokeApiKeyInput, RotateApiKeyFeedTokenInput } from './api-key.inputs';
import { CreateApiKeyPayload, RevokeApiKeyPayload, RotateApiKeyFeedTokenPayload } from './api-key.payloads';
import { listComplexity, Role } from '../../kit';
import type { Context } from '../../kit';
import { Organisation } from './organisation.entity';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], {
    complexity: listComplexity(25),
    description: 'API keys, newest first (admins).',
  })
  apiKeys(
    @Ctx() ctx: Context,
    @Arg('organisationId', () => ID, { nullable: true, description: 'Only the keys of this organisation.' })
    organisationId?: string,
  ) {
    return listApiKeys(ctx, organisationId);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the key acts for.' })
  organisation(@Ctx() ctx: Context, @Root() apiKey: ApiKey) {
    return ctx.loaders.core.organisationById.load(apiKey.organisationId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, {
    description: 'Creates an API key and returns its secret once (admins).',
  })
  createApiKey(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateApiKeyInput, { description: 'The organisation, name and scopes of the key.' })
    input: CreateApiKeyInput,
  ) {
    return createApiKey(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload, {
    description: 'Revokes an API key at once; requests with it then fail with UNAUTHENTICATED (admins).',
  })
  revokeApiKey(
    @Ctx() ctx: Context,
    @Arg('input', () => RevokeApiKeyInput, { description: 'The key to revoke.' }) input: RevokeApiKeyInput,
  ) {
    return revokeApiKey(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RotateApiKeyFeedTokenPayload, {
    description: 'A new calendar subscription URL for a key; the previous URL stops working at once.',
  })
  rotateApiKeyFeedToken(
    @Ctx() ctx: Context,
    @Arg('input', () => RotateApiKeyFeedTokenInput, { description: 'The key whose feed URL to replace.' })
    input: RotateApiKeyFeedTokenInput,
  ) {
    return rotateApiKeyFeedToken(ctx, input);
  }
}
