import { Field, ID, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity';

const SECRET =
  'The signing secret (`whsec_…`, Standard Webhooks). Shown this once: it cannot be read again; ' +
  '`rotateWebhookSecret` makes a new one.';

@ObjectType()
abstract class WebhookEndpointResult {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'Null when userErrors is not empty.' })
  endpoint!: WebhookEndpoint | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType()
abstract class WebhookSecretResult extends WebhookEndpointResult {
  @Field(() => String, { nullable: true, description: SECRET })
  secret!: string | null;
}

@ObjectType({ description: 'Result of `createWebhookEndpoint`.' })
export class CreateWebhookEndpointPayload extends WebhookSecretResult {}

@ObjectType({ description: 'Result of `updateWebhookEndpoint`.' })
export class UpdateWebhookEndpointPayload extends WebhookEndpointResult {}

@ObjectType({ description: 'Result of `rotateWebhookSecret`.' })
export class RotateWebhookSecretPayload extends WebhookSecretResult {}

@ObjectType({ description: 'Result of `redeliverWebhook`.' })
export class RedeliverWebhookPayload {
  @Field(() => WebhookDelivery, {
    nullable: true,
    description: 'The delivery, queued again (PENDING); null when userErrors is not empty.',
  })
  delivery!: WebhookDelivery | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `deleteWebhookEndpoint`.' })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the deleted endpoint; null when userErrors is not empty.',
  })
  deletedId!: string | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
