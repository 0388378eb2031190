import type { Context, NotificationKind, UserError } from '../../kit';
import { forbidden, userError, UserErrorCode, withTransaction } from '../../kit';
import { NotificationPreference } from './notification.entity';
import type { UpdateNotificationPreferencesInput } from './preference.inputs';
import type { NotificationPreferences } from './preference.payloads';
import { notificationKinds, notificationSettings, validPreferenceSignature } from './settings';

function assertSigned(email: string, signature: string): string {
  const address = email.trim().toLowerCase();
  if (!validPreferenceSignature(notificationSettings().preferenceSecret, address, signature)) {
    throw forbidden('The link is not valid for this address');
  }
  return address;
}

function preferencesOf(muted: string[], kinds: NotificationKind<unknown>[]): NotificationPreferences {
  return {
    kinds: kinds.map((kind) => ({
      kind: kind.name,
      description: kind.description,
      optional: kind.optional ?? false,
      enabled: !muted.includes(kind.name),
    })),
  };
}

export async function notificationPreferences(
  ctx: Context,
  email: string,
  signature: string,
): Promise<NotificationPreferences> {
  const address = assertSigned(email, signature);
  const row = await ctx.em.findOneBy(NotificationPreference, { email: address });
  return preferencesOf(row?.mutedKinds ?? [], notificationKinds());
}

export function updateNotificationPreferences(ctx: Context, input: UpdateNotificationPreferencesInput) {
  const address = assertSigned(input.email, input.signature);
  return withTransaction(ctx, async (tx) => {
    const kinds = notificationKinds();
    const optional = new Set(kinds.filter((k) => k.optional).map((k) => k.name));
    const errors: UserError[] = input.mutedKinds
      .map((kind, index) =>
        optional.has(kind)
          ? null
          : userError(
              UserErrorCode.INVALID,
              kinds.some((k) => k.name === kind)
                ? `${kind} cannot be switched off: it stops only when the address is removed`
                : `${kind} is not a kind of notification`,
              ['input', 'mutedKinds', String(index)],
            ),
      )
      .filter((e): e is UserError => e !== null);
    if (errors.length > 0) return { preferences: null, userErrors: errors };
    const muted = [...new Set(input.mutedKinds)];
    await tx.em.upsert(NotificationPreference, { email: address, mutedKinds: muted }, ['email']);
    return { preferences: preferencesOf(muted, kinds), userErrors: [] as UserError[] };
  });
}
