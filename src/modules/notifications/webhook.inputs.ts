import { ArrayMaxSize, IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MailStatus, NotificationState } from './notification.entity';
import { WebhookDeliveryStatus } from './webhook.entity';

const EVENT_TYPES =
  'Event types: `event.created`, `event.updated`, `event.cancelled`, `event.removed`, `article.published`, ' +
  '`award.published`; at least one.';

@InputType({ description: 'A new webhook endpoint of a partner organisation.' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { description: 'The organisation whose API keys decide what the endpoint receives.' })
  organisationId!: string;

  @Field(() => String, {
    description: 'Where to POST: https (http only outside production); no private addresses in production.',
  })
  @MaxLength(2000)
  url!: string;

  @Field(() => [String], { description: EVENT_TYPES })
  @ArrayMaxSize(20)
  @MaxLength(60, { each: true })
  eventTypes!: string[];

  @Field(() => String, { description: 'Who is mailed when the endpoint is disabled after repeated failure.' })
  @IsEmail({}, { message: '$property must be an e-mail address' })
  @MaxLength(254)
  ownerEmail!: string;
}

@InputType({ description: 'Changes to a webhook endpoint; fields left out stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new URL (checked like a new endpoint’s).' })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [String], { nullable: true, description: EVENT_TYPES })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(60, { each: true })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A new owner address.' })
  @IsOptional()
  @IsEmail({}, { message: '$property must be an e-mail address' })
  @MaxLength(254)
  ownerEmail?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'false: stop delivering; true: deliver again (the failure count starts over and deliveries that waited ' +
      'while it was disabled are sent).',
  })
  @IsOptional()
  enabled?: boolean | null;
}

@InputType({ description: 'A webhook endpoint.' })
export class WebhookEndpointIdInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;
}

@InputType({ description: 'Which endpoint gets a new secret, and whether the old one stops at once.' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: the previous secret stops signing at once (it leaked). Default false: for 24 hours every ' +
      'delivery carries a signature with each secret, so the receiver can switch without missing one.',
  })
  @IsOptional()
  expirePreviousNow?: boolean | null;
}

@InputType({ description: 'The delivery to send again.' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'The delivery (`WebhookDelivery.id`).' })
  deliveryId!: string;
}

@InputType({ description: 'Conditions on webhook deliveries; all given ones must hold.' })
export class WebhookDeliveryFilter {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  @IsOptional()
  status?: WebhookDeliveryStatus | null;
}

/** The time window shared by the log filters. No field takes it, so it is not in the schema by itself. */
@InputType({ description: 'When a log entry was rendered.' })
abstract class RenderedWithin {
  @Field(() => Date, { nullable: true, description: 'Only those rendered at or after this instant.' })
  @IsOptional()
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only those rendered before this instant.' })
  @IsOptional()
  until?: Date | null;
}

@InputType({ description: 'Conditions on the notification log; all given ones must hold.' })
export class NotificationLogFilter extends RenderedWithin {
  @Field(() => String, { nullable: true, description: 'Only this kind, e.g. `networking.eventCancelled`.' })
  @IsOptional()
  @Length(1, 100)
  kind?: string | null;

  @Field(() => NotificationState, { nullable: true, description: 'Only notifications in this state.' })
  @IsOptional()
  state?: NotificationState | null;
}

@InputType({ description: 'Conditions on the mail log; all given ones must hold.' })
export class MailLogFilter extends RenderedWithin {
  @Field(() => MailStatus, { nullable: true, description: 'Only mails in this state.' })
  @IsOptional()
  status?: MailStatus | null;

  @Field(() => String, { nullable: true, description: 'Only mails of this kind.' })
  @IsOptional()
  @Length(1, 100)
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Only mails to this address (any case).' })
  @IsOptional()
  @Length(3, 254)
  toAddress?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the mails of this notification.' })
  @IsOptional()
  notificationId?: string | null;
}
