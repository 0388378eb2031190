import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotificationKind } from '../../kit';
import type { MailSettings } from './mailer';

/** What the notifications module needs from the configuration (src/config.ts reads and checks it). */
export interface NotificationSettings {
  /** Links people click (`FRONTEND_URL`). */
  frontendUrl: string;
  /** Signs the preference links in mails (derived from JWT_SECRET). */
  preferenceSecret: string;
  mail: MailSettings;
  webhooks: {
    timeoutMs: number;
    /** The first retry's delay; each next one is three times longer. */
    retryBaseMs: number;
    maxAttempts: number;
    /** Deliveries that fail for good in a row before the endpoint is disabled. */
    disableAfter: number;
    /** Refuse endpoints on private and loopback addresses (production), except the allow-listed hosts. */
    refusePrivate: boolean;
    allowedHosts: string[];
  };
  /** Jobs one process runs at once. */
  concurrency: number;
}

let current: NotificationSettings | null = null;
let kinds: NotificationKind<unknown>[] = [];

/**
 * Set once at start-up (server and worker): the resolvers read the preference secret and every module's kinds
 * from here.
 */
export function configureNotifications(
  settings: NotificationSettings,
  modules: { notifications?: NotificationKind<never>[] }[],
): void {
  current = settings;
  kinds = modules.flatMap((m) => (m.notifications ?? []) as NotificationKind<unknown>[]);
}

export function notificationKinds(): NotificationKind<unknown>[] {
  return kinds;
}

export function notificationSettings(): NotificationSettings {
  if (!current) throw new Error('configureNotifications() was not called');
  return current;
}

/** The signature of a preference link: only the platform can make one for an address. */
export function preferenceSignature(secret: string, email: string): string {
  return createHmac('sha256', secret)
    .update(`notification-preferences\0${email.trim().toLowerCase()}`)
    .digest('base64url');
}

export function validPreferenceSignature(secret: string, email: string, signature: string): boolean {
  const expected = Buffer.from(preferenceSignature(secret, email));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function preferencesUrl(settings: NotificationSettings, email: string): string {
  const url = new URL('/meldingen/voorkeuren', settings.frontendUrl);
  url.searchParams.set('adres', email.trim().toLowerCase());
  url.searchParams.set('handtekening', preferenceSignature(settings.preferenceSecret, email));
  return url.toString();
}
