import { DEFAULT_JWT_SECRET } from '../../src/config';
import { preferenceSignature } from '../../src/modules/notifications';
import { preferenceSecretOf } from '../../src/notification-worker';
import { defineMatrix, everyone, gate, INHERIT } from '../support/authorization-matrix';

const email = 'matrix@example.nl';
/** Every caller with a token (a person), as against anonymous callers and API keys. */
const PEOPLE = ['ADMIN', 'EDITOR', 'CIVIL_SERVANT', 'COACH', 'MEMBER', 'SECRETARY'] as const;
const signature = preferenceSignature(preferenceSecretOf(DEFAULT_JWT_SECRET), email);

/**
 * Notifications: a recipient's preferences open with the signed link in a mail, for anyone who holds it; a
 * signed-in person's address for mails is their own (`me`), set by themselves or an admin.
 */
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
    // The address the caller has just given.
    SetNotificationAddressPayload: { fields: { address: INHERIT, userErrors: INHERIT } },
    // The caller's own address: `me` is always the caller, so nobody reads another's.
    Viewer: { fields: { notificationAddress: INHERIT } },
  },
  mutation: {
    updateNotificationPreferences: {
      args: { input: { email, signature, mutedKinds: ['networking.eventReminder'] } },
      cells: everyone,
    },
    setNotificationAddress: {
      args: { input: { email: 'matrix@example.nl' } },
      cells: gate(...PEOPLE),
    },
  },
});
