import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';

@ObjectType({ description: 'A kind of notification and whether the recipient receives it.' })
export class NotificationKindPreference {
  @Field(() => String, { description: 'The kind, e.g. `networking.eventReminder`.' })
  kind!: string;

  @Field(() => String, { description: 'What it is.' })
  description!: string;

  @Field(() => Boolean, {
    description:
      'Whether the recipient can switch it off (reminders); the others stop only with the address.',
  })
  optional!: boolean;

  @Field(() => Boolean, { description: 'Whether the recipient receives it.' })
  enabled!: boolean;
}

/** The address itself is not echoed: the caller has it, and anonymous callers read no addresses. */
@ObjectType({ description: 'What an address receives.' })
export class NotificationPreferences {
  @Field(() => [NotificationKindPreference], { description: 'Every kind of notification.' })
  kinds!: NotificationKindPreference[];
}

@ObjectType({ description: 'Result of `updateNotificationPreferences`.' })
export class UpdateNotificationPreferencesPayload {
  @Field(() => NotificationPreferences, { nullable: true, description: 'Null when userErrors is not empty.' })
  preferences!: NotificationPreferences | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
