import type { Context } from '../../kit';
import { ApiScope, hasRole, hasScope, Role } from '../../kit';
import { viewerBusinessId } from '../core';
import type { Event } from './event.entity';
import { EventHostRole, EventVisibility } from './event.entity';
import type { Registration } from './registration.entity';

/**
 * Who sees which events, and who organises them.
 *
 * - Admins see and manage every event.
 * - Anyone sees `PUBLIC` events; members (role MEMBER) also `MEMBERS` events; API keys with
 *   `events:read` also `PARTNERS` events. An API key without that scope sees public events only.
 * - An organiser is an admin, or a MEMBER whose business is today a member of an association that is an
 *   ORGANISER (not a co-host) of the event. Organisers see their events whatever the visibility, manage
 *   them, see registrants and check them in.
 */
export interface EventAccess {
  all: boolean;
  visibilities: EventVisibility[];
  /** Associations the caller acts for (a member's business's current associations). */
  associationIds: string[];
}

export async function eventAccess(ctx: Context): Promise<EventAccess> {
  if (hasRole(ctx.viewer, Role.ADMIN)) return { all: true, visibilities: [], associationIds: [] };
  const visibilities = [EventVisibility.PUBLIC];
  if (hasRole(ctx.viewer, Role.MEMBER)) visibilities.push(EventVisibility.MEMBERS);
  if (hasScope(ctx.viewer, ApiScope.EVENTS_READ)) visibilities.push(EventVisibility.PARTNERS);
  return { all: false, visibilities, associationIds: await viewerAssociationIds(ctx) };
}

export async function viewerAssociationIds(ctx: Context): Promise<string[]> {
  const { kvkNumber } = ctx.viewer;
  if (!hasRole(ctx.viewer, Role.MEMBER) || !kvkNumber) return [];
  return ctx.loaders.networking.associationIdsByKvkNumber.load(kvkNumber);
}

export async function isOrganiser(ctx: Context, event: Event): Promise<boolean> {
  if (hasRole(ctx.viewer, Role.ADMIN)) return true;
  const associationIds = await viewerAssociationIds(ctx);
  if (associationIds.length === 0) return false;
  const hosts = await ctx.loaders.networking.hostsByEventId.load(event.id);
  return hosts.some(
    (host) =>
      host.role === EventHostRole.ORGANISER &&
      host.associationId !== null &&
      associationIds.includes(host.associationId),
  );
}

export async function canSeeEvent(ctx: Context, event: Event): Promise<boolean> {
  const access = await eventAccess(ctx);
  if (access.all || access.visibilities.includes(event.visibility)) return true;
  return isOrganiser(ctx, event);
}

/**
 * A registrant's name and e-mail address are visible to admins, to the event's organisers, to the
 * registrant who proved it with the registration's secret, and to members of the business when one of
 * them (or an admin) made the registration for it. Anyone may name a business when registering: such an
 * unconfirmed claim shows nothing of the registrant to the business.
 */
export async function canSeeRegistration(ctx: Context, registration: Registration): Promise<boolean> {
  if (registration.revealed || hasRole(ctx.viewer, Role.ADMIN)) return true;
  if (registration.businessVerified && registration.businessId === (await viewerBusinessId(ctx))) return true;
  const event = await ctx.loaders.networking.eventById.load(registration.eventId);
  return event !== null && isOrganiser(ctx, event);
}
