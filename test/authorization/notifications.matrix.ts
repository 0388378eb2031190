import { DEFAULT_JWT_SECRET } from '../../src/config';
import { preferenceSignature } from '../../src/modules/notifications';
import { preferenceSecretOf } from '../../src/notification-worker';
import { defineMatrix, everyone, INHERIT } from '../support/authorization-matrix';

const email = 'matrix@example.nl';
const signature = preferenceSignature(preferenceSecretOf(DEFAULT_JWT_SECRET), email);

/** Notifications: a recipient's preferences open with the signed link in a mail, for anyone who holds it. */
export const notificationsMatrix = defineMatrix({
  samples: {},
  query: {
    notificationPreferences: { args: { email, signature }, cells: everyone },
  },
  types: {
    NotificationPreferences: { fields: { kinds: INHERIT } },
    NotificationKindPreference: {
      fields: { kind: INHERIT, description: INHERIT, optional: INHERIT, enabled: INHERIT },
    },
    UpdateNotificationPreferencesPayload: { fields: { preferences: INHERIT, userErrors: INHERIT } },
  },
  mutation: {
    updateNotificationPreferences: {
      args: { input: { email, signature, mutedKinds: ['networking.eventReminder'] } },
      cells: everyone,
    },
  },
});
