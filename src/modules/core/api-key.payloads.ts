import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';
import { USER_ERRORS, UserError } from './payloads';

@ObjectType({ description: 'Result of `createApiKey`.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key; null when userErrors is not empty.' })
  apiKey!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret for `X-Api-Key`. Shown this once; store it now.',
  })
  secret!: string | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `revokeApiKey`.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The revoked key; null when userErrors is not empty.' })
  apiKey!: ApiKey | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
