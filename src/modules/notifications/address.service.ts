import type { Context, UserError, Viewer } from '../../kit';
import { forbidden, hasRole, Role, setSubjectAddress, ViewerKind, withTransaction } from '../../kit';
import type { SetNotificationAddressInput } from './address.inputs';
import { NotificationAddress } from './notification.entity';

/** The caller's own address in the address book; null for API keys, anonymous callers and people without one. */
export async function ownNotificationAddress(ctx: Context, viewer: Viewer): Promise<string | null> {
  if (viewer.kind !== ViewerKind.PERSON || !viewer.subject) return null;
  const row = await ctx.em.findOneBy(NotificationAddress, { subject: viewer.subject });
  return row?.email ?? null;
}

/**
 * Stores or removes where a signed-in person's mails go (a buyer's quotes, a coach's placements). People set
 * their own; admins set any subject's, e.g. a municipality's procurement desk for its buyers.
 */
export function setNotificationAddress(ctx: Context, input: SetNotificationAddressInput) {
  const { viewer } = ctx;
  if (viewer.kind !== ViewerKind.PERSON || !viewer.subject) {
    throw forbidden('Only a signed-in person has an address for mails');
  }
  const subject = input.subject ?? viewer.subject;
  if (subject !== viewer.subject && !hasRole(viewer, Role.ADMIN)) {
    throw forbidden('Only admins set the address of someone else');
  }
  return withTransaction(ctx, async (tx) => {
    if (input.email) await setSubjectAddress(tx, subject, input.email);
    else await tx.em.delete(NotificationAddress, { subject });
    return { address: input.email ? input.email.trim().toLowerCase() : null, userErrors: [] as UserError[] };
  });
}
