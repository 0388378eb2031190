import { randomUUID } from 'node:crypto';
import type { Connection, ConnectionArgs, Context, UserError } from '../../kit';
import {
  findForUpdate,
  forbidden,
  fromGlobalId,
  hashSecret,
  hasRole,
  lockRow,
  newSecret,
  notify,
  Role,
  userError,
  UserErrorCode,
  ViewerKind,
  withTransaction,
} from '../../kit';
import { viewerBusinessId } from '../core';
import { canSeeEvent, canSeeRegistration, isOrganiser } from './event-access.service';
import type { Event } from './event.entity';
import { Event as EventEntity, EventStatus } from './event.entity';
import type {
  CancelRegistrationInput,
  CheckInRegistrationInput,
  RegisterForEventInput,
} from './event.inputs';
import { registrationConfirmed, waitlistPromoted } from './networking.notifications';
import { Registration, RegistrationStatus } from './registration.entity';

/**
 * Locks the event row until the transaction ends. Every registration change of an event takes this lock
 * first, so counting seats and inserting happen one transaction at a time per event, in every process:
 * the event is never overbooked and the waitlist is in order of arrival.
 */
function lockEvent(tx: Context, id: string): Promise<EventEntity | null> {
  return lockRow(tx, EventEntity, { id });
}

export async function countByStatus(
  tx: Context,
  eventId: string,
  status: RegistrationStatus,
): Promise<number> {
  const [row] = (await tx.em.query(
    'SELECT count(*) AS n FROM registration WHERE event_id = $1 AND status = $2',
    [eventId, status],
  )) as { n: string }[];
  return Number(row.n);
}

const refused = (code: UserErrorCode, message: string, field: string[]) => ({
  registration: null,
  secret: null,
  waitlistPosition: null,
  userErrors: [userError(code, message, ['input', ...field])],
});

/**
 * What a new registration would have answered, for a caller who may not learn that the address is already
 * registered (anyone but the event's organisers and admins): same status rule, same waitlist position, a
 * fresh id and a secret, and nothing stored. The secret opens nothing (`registration(secret:)` is null).
 */
function unstoredAnswer(
  event: EventEntity,
  fields: Pick<Registration, 'name' | 'email' | 'businessId' | 'businessVerified' | 'status'>,
  waitlistPosition: number | null,
  now: Date,
) {
  const registration = Object.assign(new Registration(), {
    ...fields,
    id: randomUUID(),
    eventId: event.id,
    arrival: '0',
    secretHash: '',
    checkedInAt: null,
    promotedAt: null,
    cancelledAt: null,
    createdAt: now,
    updatedAt: now,
    revealed: true,
    unstoredWaitlistPosition: waitlistPosition,
  });
  return { registration, secret: newSecret(), waitlistPosition, userErrors: [] as UserError[] };
}

export async function registerForEvent(ctx: Context, input: RegisterForEventInput, now = new Date()) {
  if (ctx.viewer.kind === ViewerKind.API_KEY) throw forbidden('API keys cannot register people for events');
  await ctx.limits?.registration(ctx, input.eventId);
  return withTransaction(ctx, async (tx) => {
    const event = await findForUpdate(tx, EventEntity, input.eventId);
    if (!event || !(await canSeeEvent(tx, event))) {
      return refused(UserErrorCode.NOT_FOUND, 'No such event', ['eventId']);
    }
    if (event.status === EventStatus.CANCELLED) {
      return refused(UserErrorCode.EVENT_CANCELLED, 'The event is cancelled', ['eventId']);
    }
    const closes = event.registrationClosesAt ?? event.startsAt;
    if (now >= closes || (event.registrationOpensAt && now < event.registrationOpensAt)) {
      return refused(
        UserErrorCode.REGISTRATION_CLOSED,
        now >= closes ? 'Registration has closed' : 'Registration has not opened yet',
        ['eventId'],
      );
    }
    const email = input.email.trim();
    let businessId: string | null = null;
    let businessVerified = false;
    if (input.kvkNumber) {
      const business = await tx.loaders.core.businessByKvkNumber.load(input.kvkNumber);
      if (!business)
        return refused(UserErrorCode.NOT_FOUND, 'No business has this KvK number', ['kvkNumber']);
      businessId = business.id;
      businessVerified =
        hasRole(tx.viewer, Role.ADMIN) ||
        (hasRole(tx.viewer, Role.MEMBER) && tx.viewer.kvkNumber === input.kvkNumber);
    } else {
      businessId = await viewerBusinessId(tx);
      businessVerified = businessId !== null;
    }
    const confirmed = await countByStatus(tx, event.id, RegistrationStatus.CONFIRMED);
    const status =
      event.capacity === null || confirmed < event.capacity
        ? RegistrationStatus.CONFIRMED
        : RegistrationStatus.WAITLISTED;
    const duplicate = await tx.em
      .createQueryBuilder(Registration, 'r')
      .where('r.eventId = :eventId AND lower(r.email) = lower(:email) AND r.status <> :cancelled', {
        eventId: event.id,
        email,
        cancelled: RegistrationStatus.CANCELLED,
      })
      .getExists();
    if (duplicate) {
      // Only those who may see the registrations learn that this address is registered (no attendance oracle).
      if (await isOrganiser(tx, event)) {
        return refused(
          UserErrorCode.DUPLICATE_REGISTRATION,
          `${email} is already registered for this event`,
          ['email'],
        );
      }
      const position =
        status === RegistrationStatus.WAITLISTED
          ? (await countByStatus(tx, event.id, RegistrationStatus.WAITLISTED)) + 1
          : null;
      return unstoredAnswer(
        event,
        { name: input.name.trim(), email, businessId, businessVerified, status },
        position,
        now,
      );
    }
    const secret = newSecret();
    const { identifiers } = await tx.em.insert(Registration, {
      eventId: event.id,
      name: input.name.trim(),
      email,
      businessId,
      businessVerified,
      status,
      secretHash: hashSecret(secret),
    });
    const registration = await tx.em.findOneByOrFail(Registration, { id: identifiers[0].id as string });
    registration.revealed = true;
    await notify(tx, registrationConfirmed, registration.id, { registrationId: registration.id, secret });
    const waitlistPosition =
      status === RegistrationStatus.WAITLISTED
        ? await countByStatus(tx, event.id, RegistrationStatus.WAITLISTED)
        : null;
    return { registration, secret, waitlistPosition, userErrors: [] as UserError[] };
  });
}

/**
 * Gives free seats to the earliest waitlisted registrations (all of them when the capacity is unlimited).
 * Call with the event row locked.
 */
export async function promoteWaitlist(
  tx: Context,
  eventId: string,
  capacity: number | null,
): Promise<string[]> {
  const free =
    capacity === null ? null : capacity - (await countByStatus(tx, eventId, RegistrationStatus.CONFIRMED));
  if (free !== null && free <= 0) return [];
  const result = await tx.em
    .createQueryBuilder()
    .update(Registration)
    .set({ status: RegistrationStatus.CONFIRMED, promotedAt: () => 'now()' })
    .where(
      `id IN (SELECT id FROM registration WHERE event_id = :eventId AND status = 'WAITLISTED'
               ORDER BY arrival LIMIT :free)`,
      { eventId, free },
    )
    .returning(['id', 'arrival'])
    .execute();
  const updated = result.raw as { id: string; arrival: string }[];
  const ids = updated.sort((a, b) => Number(a.arrival) - Number(b.arrival)).map((r) => r.id);
  if (ids.length > 0) await notify(tx, waitlistPromoted, ids.join(','), { registrationIds: ids });
  return ids;
}

/** The registration an input points to, and whether the caller holds its secret. */
async function findRegistration(
  tx: Context,
  input: { id?: string; secret?: string },
): Promise<{ registration: Registration | null; bySecret: boolean }> {
  if (input.secret) {
    const registration = await tx.em.findOneBy(Registration, { secretHash: hashSecret(input.secret) });
    if (registration && input.id && registration.globalId !== input.id)
      return { registration: null, bySecret: true };
    return { registration, bySecret: true };
  }
  if (!input.id) return { registration: null, bySecret: false };
  const { id } = fromGlobalId(input.id, 'Registration');
  return { registration: await tx.em.findOneBy(Registration, { id }), bySecret: false };
}

const noRegistration = (extra: object = {}) => ({
  registration: null,
  ...extra,
  userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such registration', ['input'])],
});

/** By its secret (the registrant), or by id: admins, the event's organisers, the member of the business. */
export async function cancelRegistration(ctx: Context, input: CancelRegistrationInput) {
  // Keys are for machines that read (a key holding a leaked secret still cannot act for the registrant).
  if (ctx.viewer.kind === ViewerKind.API_KEY) throw forbidden('API keys cannot cancel registrations');
  return withTransaction(ctx, async (tx) => {
    const found = await findRegistration(tx, input);
    if (!found.registration) return noRegistration({ promoted: [] });
    const event = (await lockEvent(tx, found.registration.eventId))!;
    // Re-read under the event lock: a concurrent cancel or promotion may have changed it.
    const registration = await tx.em.findOneByOrFail(Registration, { id: found.registration.id });
    registration.revealed = found.bySecret;
    if (!(await canSeeRegistration(tx, registration))) {
      if (ctx.viewer.kind === ViewerKind.ANONYMOUS) return noRegistration({ promoted: [] });
      throw forbidden('You cannot cancel this registration');
    }
    if (registration.status === RegistrationStatus.CANCELLED) {
      return {
        registration: null,
        promoted: [],
        userErrors: [
          userError(UserErrorCode.NOT_ALLOWED, 'The registration is already cancelled', ['input']),
        ],
      };
    }
    const wasConfirmed = registration.status === RegistrationStatus.CONFIRMED;
    await tx.em.update(
      Registration,
      { id: registration.id },
      { status: RegistrationStatus.CANCELLED, cancelledAt: () => 'now()' },
    );
    const promotedIds =
      wasConfirmed && event.status !== EventStatus.CANCELLED
        ? await promoteWaitlist(tx, event.id, event.capacity)
        : [];
    const updated = await tx.em.findOneByOrFail(Registration, { id: registration.id });
    updated.revealed = registration.revealed;
    const promoted = await Promise.all(promotedIds.map((id) => tx.em.findOneByOrFail(Registration, { id })));
    return { registration: updated, promoted, userErrors: [] as UserError[] };
  });
}

export function checkInRegistration(ctx: Context, input: CheckInRegistrationInput) {
  return withTransaction(ctx, async (tx) => {
    const { id } = fromGlobalId(input.id, 'Registration');
    const found = await tx.em.findOneBy(Registration, { id });
    if (!found) return noRegistration();
    const event = (await lockEvent(tx, found.eventId))!;
    if (!(await isOrganiser(tx, event)))
      throw forbidden('Only the event’s organisers and admins check people in');
    const registration = await tx.em.findOneByOrFail(Registration, { id });
    if (event.status === EventStatus.CANCELLED) {
      return {
        registration: null,
        userErrors: [userError(UserErrorCode.EVENT_CANCELLED, 'The event is cancelled', ['input', 'id'])],
      };
    }
    if (registration.status !== RegistrationStatus.CONFIRMED || registration.checkedInAt) {
      return {
        registration: null,
        userErrors: [
          userError(
            UserErrorCode.NOT_ALLOWED,
            registration.checkedInAt ? 'Already checked in' : 'Only confirmed registrations can check in',
            ['input', 'id'],
          ),
        ],
      };
    }
    await tx.em.update(Registration, { id }, { checkedInAt: () => 'now()' });
    return { registration: await tx.em.findOneByOrFail(Registration, { id }), userErrors: [] as UserError[] };
  });
}

/** A registration by its secret, for the registrant. */
export async function registrationBySecret(ctx: Context, secret: string): Promise<Registration | null> {
  const registration = await ctx.em.findOneBy(Registration, { secretHash: hashSecret(secret) });
  if (registration) registration.revealed = true;
  return registration;
}

/**
 * Registrations of an event, in order of arrival: all for organisers and admins, a member's own business's
 * otherwise. Batched over the events of a list (one batch per kind of caller access and status).
 */
export async function listEventRegistrations(
  ctx: Context,
  event: Event,
  args: ConnectionArgs,
  status?: RegistrationStatus,
): Promise<Connection<Registration>> {
  let businessId: string | null = null;
  if (!(await isOrganiser(ctx, event))) {
    businessId = await viewerBusinessId(ctx);
    if (!businessId) throw forbidden('Only the event’s organisers and admins see its registrations');
  }
  return ctx.loaders.networking.registrationsByEventId.load(event.id, args, {
    key: JSON.stringify([businessId, status ?? null]),
    refine: (query) => {
      if (businessId) query.andWhere('row.businessId = :businessId', { businessId });
      if (status) query.andWhere('row.status = :status', { status });
      return query;
    },
  });
}

/** A business's registrations, newest first: for admins and the members of that business. */
export async function businessRegistrations(
  ctx: Context,
  businessId: string,
  args: ConnectionArgs,
): Promise<Connection<Registration>> {
  if (!hasRole(ctx.viewer, Role.ADMIN) && (await viewerBusinessId(ctx)) !== businessId) {
    throw forbidden('Only admins and the business itself see its registrations');
  }
  return ctx.loaders.networking.registrationsByBusinessId.load(businessId, args);
}
