import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';
import { USER_ERRORS, UserError } from '../../kit';

@ObjectType({ description: 'Result of `createApiKey`.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key; null when userErrors is not empty.' })
  apiKey!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret for `X-Api-Key`. Shown this once; store it now.',
  })
  secret!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The key’s calendar subscription URL (iCalendar, with the events its scopes allow; add `&municipality=` ' +
      'or `&organisation=` to filter, or use `/events/<id>.ics?token=...` for one event). Shown this once; ' +
      '`rotateApiKeyFeedToken` makes a new one, `revokeApiKey` ends it.',
  })
  icsUrl!: string | null;

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

@ObjectType({ description: 'The result of `rotateApiKeyFeedToken`.' })
export class RotateApiKeyFeedTokenPayload {
  @Field(() => ApiKey, {
    nullable: true,
    description: 'The key, with its new feed token; null on user errors.',
  })
  apiKey!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The new calendar subscription URL. Shown this once; the previous one no longer works.',
  })
  icsUrl!: string | null;

  @Field(() => [UserError], {
    description: 'Why nothing changed: `NOT_FOUND`, or `NOT_ALLOWED` for a revoked key.',
  })
  userErrors!: UserError[];
}
