import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { UpdateNotificationPreferencesInput } from './preference.inputs';
import { NotificationPreferences, UpdateNotificationPreferencesPayload } from './preference.payloads';
import { notificationPreferences, updateNotificationPreferences } from './preference.service';

/** The recipient's own preferences, opened by the signed link in a mail: no account needed. */
@Resolver(() => NotificationPreferences)
export class NotificationPreferencesResolver {
  @Query(() => NotificationPreferences, {
    description:
      'What an address receives, for the signed link in every mail (`adres`, `handtekening`). A wrong signature ' +
      'is FORBIDDEN.',
  })
  notificationPreferences(
    @Ctx() ctx: Context,
    @Arg('email', () => String, { description: 'The address (`adres` in the link).' }) email: string,
    @Arg('signature', () => String, { description: 'The signature (`handtekening` in the link).' })
    signature: string,
  ) {
    return notificationPreferences(ctx, email, signature);
  }

  @Mutation(() => UpdateNotificationPreferencesPayload, {
    description:
      'Switches optional notifications (reminders) off or on again for an address, with the signature of the ' +
      'link in a mail. Transactional ones (invitations, outcomes, promotions) cannot be switched off (INVALID).',
  })
  updateNotificationPreferences(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateNotificationPreferencesInput, { description: 'Address, signature and choice.' })
    input: UpdateNotificationPreferencesInput,
  ) {
    return updateNotificationPreferences(ctx, input);
  }
}
