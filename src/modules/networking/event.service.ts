import { Brackets } from 'typeorm';
import type {
  Connection,
  ConnectionArgs,
  Context,
  KeysetOrder,
  PrefetchPlan,
  Refine,
  UserError,
} from '../../kit';
import {
  badUserInput,
  encodeCursor,
  forbidden,
  findForUpdate,
  fromGlobalId,
  hasRole,
  notify,
  Role,
  paginate,
  roundedShare,
  SortDirection,
  TIME_ZONE,
  toGlobalId,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { Association, inputMunicipality, Organisation } from '../core';
import { canSeeEvent, eventAccess, isOrganiser, viewerAssociationIds } from './event-access.service';
import { Event, EventHost, EventHostRole, EventStatus } from './event.entity';
import type {
  CancelEventInput,
  CreateEventInput,
  EventFilter,
  EventOrder,
  UpdateEventInput,
} from './event.inputs';
import { EventOrderField } from './event.enum';
import { toAmsterdamIso } from './local-time';
import {
  eventCancelled,
  eventCreated,
  eventMoved,
  eventRemoved,
  eventUpdated,
} from './networking.notifications';
import { RegistrationStatus } from './registration.entity';
import { countByStatus, promoteWaitlist } from './registration.service';

const ORDER_COLUMNS: Record<EventOrderField, Omit<KeysetOrder<Event>, 'direction'>> = {
  STARTS_AT: { column: 'event.startsAt', type: 'timestamp', value: (e) => e.startsAt },
  UPDATED_AT: { column: 'event.updatedAt', type: 'timestamp', value: (e) => e.updatedAt },
  CHANGE: { column: 'event.changeSeq', type: 'bigint', value: (e) => e.changeSeq },
};

/** A host reference: the global id of an association or an organisation. */
type HostRef = { associationId: string | null; organisationId: string | null };

function decodeHost(globalId: string): HostRef {
  const { type, id } = fromGlobalId(globalId);
  if (type === 'Association') return { associationId: id, organisationId: null };
  if (type === 'Organisation') return { associationId: null, organisationId: id };
  throw badUserInput(`${JSON.stringify(globalId)} is not the id of an association or organisation`);
}

/**
 * The conditions of an event list for this caller and filter, on the query's alias `alias`: what the caller
 * may see (their visibilities, or events their associations organise), then the filter.
 */
export async function eventConditions(
  ctx: Context,
  filter: EventFilter,
  alias: string,
): Promise<Refine<Event>> {
  const access = await eventAccess(ctx);
  const municipality = filter.municipality
    ? await ctx.loaders.core.municipalityByCbsCode.load(filter.municipality)
    : undefined;
  const host = filter.organiser ? decodeHost(filter.organiser) : undefined;
  return (query) => {
    if (!access.all) {
      query.andWhere(
        new Brackets((where) => {
          // Compared as the enum (no cast to text), so the planner can estimate it and use the indexes.
          where.where(`${alias}.visibility = ANY(:visibilities)`, {
            visibilities: access.visibilities,
          });
          if (access.associationIds.length > 0) {
            where.orWhere(
              `EXISTS (SELECT 1 FROM event_host h WHERE h.event_id = ${alias}.id AND h.role = 'ORGANISER'
                 AND h.association_id = ANY(:viewerAssociations))`,
              { viewerAssociations: access.associationIds },
            );
          }
        }),
      );
    }
    if (filter.from) query.andWhere(`${alias}.endsAt >= :from`, { from: filter.from });
    if (filter.to) query.andWhere(`${alias}.startsAt < :to`, { to: filter.to });
    if (municipality !== undefined) {
      query.andWhere(`${alias}.venueMunicipalityId = :municipalityId`, {
        municipalityId: municipality?.id ?? null,
      });
    }
    if (host) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM event_host o WHERE o.event_id = ${alias}.id
           AND (o.association_id = :hostAssociation OR o.organisation_id = :hostOrganisation))`,
        { hostAssociation: host.associationId, hostOrganisation: host.organisationId },
      );
    }
    if (filter.kind) query.andWhere(`${alias}.kind = :kind`, { kind: filter.kind });
    if (filter.updatedSince) {
      query.andWhere(`${alias}.updatedAt > :updatedSince`, { updatedSince: filter.updatedSince });
    } else if (!filter.includeCancelled) {
      query.andWhere(`${alias}.status <> :cancelled`, { cancelled: EventStatus.CANCELLED });
    }
    return query;
  };
}

/** The ordering key of change cursors (`events(orderBy: CHANGE)` and `eventChanges`, which share them). */
export const CHANGE_KEY = 'changeSeq';

export const changeCursor = (changeSeq: string, eventId: string) =>
  encodeCursor(CHANGE_KEY, changeSeq, eventId);

/**
 * The position after every change committed so far (with the largest id, so it sorts after every change
 * of that number). Read it BEFORE the page: change_seq is taken under a lock held until commit, so whatever
 * commits after this read has a larger change_seq and is not skipped by a poller who resumes from here.
 */
export async function changeHead(ctx: Context): Promise<string> {
  const [row]: { head: string }[] = await ctx.em.query(`SELECT ${CHANGE_HEAD_SQL} AS head`);
  return headCursor(row.head);
}

/**
 * The head as SQL. Read in the same statement as a page it is as good as read before it: one statement
 * sees one snapshot, and a change not in it commits later with a larger change_seq.
 */
const CHANGE_HEAD_SQL = `greatest((SELECT max(change_seq) FROM event), (SELECT max(change_seq) FROM event_removal),
  0)::text`;

const headCursor = (head: string) => changeCursor(head, 'ffffffff-ffff-ffff-ffff-ffffffffffff');

/**
 * Events the caller may see, filtered, keyset-paginated. In change order, an empty first page still gets
 * an `endCursor` (the head), so a poller never has to start over.
 */
export async function listEvents(
  ctx: Context,
  filter: EventFilter = {},
  args: ConnectionArgs,
  orderBy?: EventOrder,
  /** The compiled path: the page brings what the selection needs. */
  plan?: PrefetchPlan,
): Promise<Connection<Event>> {
  const query = (await eventConditions(ctx, filter, 'event'))(ctx.em.createQueryBuilder(Event, 'event'));
  const order = orderBy ?? {
    field: filter.updatedSince ? EventOrderField.CHANGE : EventOrderField.STARTS_AT,
    direction: SortDirection.ASC,
  };
  const keyset: KeysetOrder<Event> = { ...ORDER_COLUMNS[order.field], direction: order.direction };
  const inChangeOrder = order.field === EventOrderField.CHANGE && order.direction === SortDirection.ASC;
  if (plan) {
    // The head read in the page's own statement (its snapshot), instead of a statement before it.
    const resume = inChangeOrder && !args.after ? { sql: CHANGE_HEAD_SQL, cursor: headCursor } : undefined;
    return paginate(query, args, keyset, args.after, { ctx, plan, resume });
  }
  const head = inChangeOrder && !args.after ? await changeHead(ctx) : null;
  return paginate(query, args, keyset, head ?? args.after);
}

/**
 * The events of each municipality (by venue), association or organisation (as a host) in a list of them:
 * all parents' pages in a constant number of statements. By start.
 */
export async function eventsOf(
  ctx: Context,
  parent: 'venueMunicipality' | 'hostAssociation' | 'hostOrganisation',
  parentId: string,
  filter: EventFilter = {},
  args: ConnectionArgs,
): Promise<Connection<Event>> {
  const refine = await eventConditions(ctx, filter, 'row');
  const loaders = ctx.loaders.networking;
  const loader = {
    venueMunicipality: loaders.eventsByVenueMunicipalityId,
    hostAssociation: loaders.eventsByHostAssociationId,
    hostOrganisation: loaders.eventsByHostOrganisationId,
  }[parent];
  return loader.load(parentId, args, { key: JSON.stringify(filter), refine });
}

/** One event by database id, or null when unknown or hidden from the caller. */
export async function findEvent(ctx: Context, id: string): Promise<Event | null> {
  const event = await ctx.loaders.networking.eventById.load(id);
  return event && (await canSeeEvent(ctx, event)) ? event : null;
}

async function resolveHosts(
  ctx: Context,
  organisers: string[],
  coHosts: string[],
  errors: UserError[],
): Promise<(HostRef & { role: EventHostRole })[]> {
  const hosts: (HostRef & { role: EventHostRole })[] = [];
  const seen = new Set<string>();
  const lists = [
    [organisers, EventHostRole.ORGANISER, 'organisers'],
    [coHosts, EventHostRole.CO_HOST, 'coHosts'],
  ] as const;
  for (const [ids, role, field] of lists) {
    for (const [index, globalId] of ids.entries()) {
      const ref = decodeHost(globalId);
      const key = ref.associationId ?? ref.organisationId!;
      const exists = ref.associationId
        ? await ctx.loaders.core.associationById.load(ref.associationId)
        : await ctx.loaders.core.organisationById.load(ref.organisationId!);
      if (!exists) {
        errors.push(
          userError(UserErrorCode.NOT_FOUND, `No association or organisation ${globalId}`, [
            'input',
            field,
            String(index),
          ]),
        );
      } else if (seen.has(key)) {
        errors.push(userError(UserErrorCode.INVALID, 'Listed twice', ['input', field, String(index)]));
      } else {
        seen.add(key);
        hosts.push({ ...ref, role });
      }
    }
  }
  return hosts;
}

async function saveHosts(ctx: Context, eventId: string, hosts: (HostRef & { role: EventHostRole })[]) {
  await ctx.em.delete(EventHost, { eventId });
  await ctx.em.save(hosts.map((host, position) => ctx.em.create(EventHost, { ...host, eventId, position })));
}

/** A member may only create events that one of their own associations organises. */
async function assertMayOrganise(ctx: Context, hosts: (HostRef & { role: EventHostRole })[]) {
  if (hasRole(ctx.viewer, Role.ADMIN)) return;
  const own = await viewerAssociationIds(ctx);
  const organises = hosts.some(
    (h) => h.role === EventHostRole.ORGANISER && h.associationId !== null && own.includes(h.associationId),
  );
  if (!organises) throw forbidden('Members can only organise events for their own association');
}

async function municipalityIdOf(ctx: Context, cbsCode: string, errors: UserError[]) {
  return (await inputMunicipality(ctx, cbsCode, errors, ['input', 'venue', 'municipality']))?.id ?? null;
}

export function createEvent(ctx: Context, input: CreateEventInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const hosts = await resolveHosts(tx, input.organisers, input.coHosts, errors);
    const municipalityId = await municipalityIdOf(tx, input.venue.municipality, errors);
    if (errors.length > 0 || !municipalityId) return { event: null, userErrors: errors };
    await assertMayOrganise(tx, hosts);
    const { identifiers } = await tx.em.insert(Event, {
      title: input.title.trim(),
      description: input.description,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      venueName: input.venue.name.trim(),
      venueAddress: input.venue.address.trim(),
      venueMunicipalityId: municipalityId,
      kind: input.kind,
      capacity: input.capacity ?? null,
      registrationOpensAt: input.registrationOpensAt ?? null,
      registrationClosesAt: input.registrationClosesAt ?? null,
      visibility: input.visibility,
    });
    const id = identifiers[0].id as string;
    await saveHosts(tx, id, hosts);
    await notify(tx, eventCreated, id, { eventId: id });
    return { event: await tx.em.findOneByOrFail(Event, { id }), userErrors: [] };
  });
}

/** Locks the event row for the rest of the transaction; organisers only. */
async function lockEventForManagement(tx: Context, globalId: string): Promise<Event | null> {
  const event = await findForUpdate(tx, Event, globalId);
  if (!event || !(await canSeeEvent(tx, event))) return null;
  if (!(await isOrganiser(tx, event))) throw forbidden('Only the event’s organisers and admins can do this');
  return event;
}

const notFound = () => ({
  event: null,
  userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such event', ['input', 'id'])],
});

export function updateEvent(ctx: Context, input: UpdateEventInput) {
  return withTransaction(ctx, async (tx) => {
    const event = await lockEventForManagement(tx, input.id);
    if (!event) return notFound();
    if (event.status === EventStatus.CANCELLED) {
      return {
        event: null,
        userErrors: [
          userError(UserErrorCode.EVENT_CANCELLED, 'A cancelled event cannot be changed', ['input', 'id']),
        ],
      };
    }
    const errors: UserError[] = [];
    const changes: Partial<Event> = {};
    if (input.title !== undefined && input.title !== null) changes.title = input.title.trim();
    if (input.description !== undefined && input.description !== null)
      changes.description = input.description;
    if (input.startsAt) changes.startsAt = input.startsAt;
    if (input.endsAt) changes.endsAt = input.endsAt;
    if (input.kind) changes.kind = input.kind;
    if (input.visibility) changes.visibility = input.visibility;
    if (input.status) {
      if (input.status === EventStatus.CANCELLED) {
        errors.push(
          userError(UserErrorCode.INVALID, 'Use cancelEvent to cancel an event', ['input', 'status']),
        );
      } else changes.status = input.status;
    }
    if (input.venue) {
      const municipalityId = await municipalityIdOf(tx, input.venue.municipality, errors);
      if (municipalityId) {
        changes.venueName = input.venue.name.trim();
        changes.venueAddress = input.venue.address.trim();
        changes.venueMunicipalityId = municipalityId;
      }
    }
    if (input.registrationOpensAt !== undefined) changes.registrationOpensAt = input.registrationOpensAt;
    if (input.registrationClosesAt !== undefined) changes.registrationClosesAt = input.registrationClosesAt;
    const startsAt = changes.startsAt ?? event.startsAt;
    const endsAt = changes.endsAt ?? event.endsAt;
    if (endsAt.getTime() <= startsAt.getTime()) {
      errors.push(userError(UserErrorCode.INVALID, 'endsAt must be after startsAt', ['input', 'endsAt']));
    }
    const opens =
      changes.registrationOpensAt !== undefined ? changes.registrationOpensAt : event.registrationOpensAt;
    const closes =
      changes.registrationClosesAt !== undefined ? changes.registrationClosesAt : event.registrationClosesAt;
    if (opens && closes && closes.getTime() <= opens.getTime()) {
      errors.push(
        userError(UserErrorCode.INVALID, 'registrationClosesAt must be after registrationOpensAt', [
          'input',
          'registrationClosesAt',
        ]),
      );
    }
    if (input.capacity !== undefined) {
      const confirmed = await countByStatus(tx, event.id, RegistrationStatus.CONFIRMED);
      if (input.capacity !== null && input.capacity < confirmed) {
        errors.push(
          userError(
            UserErrorCode.CAPACITY_BELOW_CONFIRMED,
            `${confirmed} registrations are confirmed; the capacity cannot be lower`,
            ['input', 'capacity'],
          ),
        );
      } else changes.capacity = input.capacity;
    }
    let hosts: (HostRef & { role: EventHostRole })[] | null = null;
    if (input.organisers || input.coHosts) {
      const current = await tx.loaders.networking.hostsByEventId.load(event.id);
      const toGlobal = (h: EventHost) =>
        h.associationId
          ? toGlobalId('Association', h.associationId)
          : toGlobalId('Organisation', h.organisationId!);
      hosts = await resolveHosts(
        tx,
        input.organisers ?? current.filter((h) => h.role === EventHostRole.ORGANISER).map(toGlobal),
        input.coHosts ?? current.filter((h) => h.role === EventHostRole.CO_HOST).map(toGlobal),
        errors,
      );
    }
    if (errors.length > 0) return { event: null, userErrors: errors };
    if (hosts) {
      await assertMayOrganise(tx, hosts);
      await saveHosts(tx, event.id, hosts);
    }
    if (Object.keys(changes).length === 0 && !hosts) return { event, userErrors: [] };
    await tx.em.update(Event, { id: event.id }, { ...changes, updatedAt: () => 'CURRENT_TIMESTAMP' });
    if (changes.capacity !== undefined) await promoteWaitlist(tx, event.id, changes.capacity);
    const moved =
      (changes.startsAt && changes.startsAt.getTime() !== event.startsAt.getTime()) ||
      (changes.venueName !== undefined &&
        (changes.venueName !== event.venueName || changes.venueAddress !== event.venueAddress));
    const key = `${event.id}:${event.revision + 1}`;
    const data = { eventId: event.id, revision: event.revision + 1 };
    if (moved) {
      const before = {
        startsAt: event.startsAt.toISOString(),
        venueName: event.venueName,
        venueAddress: event.venueAddress,
      };
      await notify(tx, eventMoved, key, { ...data, before });
    } else await notify(tx, eventUpdated, key, data);
    if (changes.visibility && changes.visibility !== event.visibility) {
      await notify(tx, eventRemoved, key, {
        eventId: event.id,
        visibility: event.visibility,
        now: changes.visibility,
      });
    }
    return { event: await tx.em.findOneByOrFail(Event, { id: event.id }), userErrors: [] };
  });
}

export function cancelEvent(ctx: Context, input: CancelEventInput) {
  return withTransaction(ctx, async (tx) => {
    const event = await lockEventForManagement(tx, input.id);
    if (!event) return notFound();
    if (event.status === EventStatus.CANCELLED) {
      return {
        event: null,
        userErrors: [
          userError(UserErrorCode.EVENT_CANCELLED, 'The event is already cancelled', ['input', 'id']),
        ],
      };
    }
    await tx.em.update(Event, { id: event.id }, { status: EventStatus.CANCELLED });
    await notify(tx, eventCancelled, event.id, { eventId: event.id });
    return { event: await tx.em.findOneByOrFail(Event, { id: event.id }), userErrors: [] };
  });
}

/** Seats of an event: confirmed, waitlisted and what is left of the capacity. */
export async function attendanceOf(ctx: Context, event: Event) {
  const seats = await ctx.loaders.networking.seatsByEventId.load(event.id);
  return {
    eventId: event.id,
    confirmed: seats.confirmed,
    waitlisted: seats.waitlisted,
    remainingCapacity: event.capacity === null ? null : Math.max(0, event.capacity - seats.confirmed),
  };
}

/** Share of confirmed attendees (with a verified business) whose business is outside the venue's municipality. */
export async function fromOtherMunicipalities(ctx: Context, eventId: string): Promise<number | null> {
  const origins = await ctx.loaders.networking.originsByEventId.load(eventId);
  return roundedShare(origins.fromOtherMunicipalities, origins.withBusiness);
}

export async function hostsOf(ctx: Context, event: Event, role: EventHostRole): Promise<EventHost[]> {
  return (await ctx.loaders.networking.hostsByEventId.load(event.id)).filter((h) => h.role === role);
}

/** The name of a host (its association or organisation), through the core loaders. */
export async function hostName(ctx: Context, host: EventHost): Promise<string> {
  if (host.associationId)
    return (await ctx.loaders.core.associationById.load(host.associationId))?.name ?? '';
  return (await ctx.loaders.core.organisationById.load(host.organisationId!))?.name ?? '';
}

const SCHEMA_STATUS: Record<EventStatus, string> = {
  SCHEDULED: 'https://schema.org/EventScheduled',
  POSTPONED: 'https://schema.org/EventPostponed',
  CANCELLED: 'https://schema.org/EventCancelled',
};

/** schema.org `Event` as JSON-LD, for event pages. */
export async function eventJsonLd(ctx: Context, event: Event): Promise<Record<string, unknown>> {
  const [municipality, hosts, attendance] = await Promise.all([
    ctx.loaders.core.municipalityById.load(event.venueMunicipalityId),
    ctx.loaders.networking.hostsByEventId.load(event.id),
    attendanceOf(ctx, event),
  ]);
  const organisers = await Promise.all(
    hosts
      .filter((h) => h.role === EventHostRole.ORGANISER)
      .map(async (h) => ({ '@type': 'Organization', name: await hostName(ctx, h) })),
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.description || undefined,
    startDate: toAmsterdamIso(event.startsAt),
    endDate: toAmsterdamIso(event.endsAt),
    eventStatus: SCHEMA_STATUS[event.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.venueName,
      address: {
        '@type': 'PostalAddress',
        streetAddress: event.venueAddress,
        addressLocality: municipality?.name,
        addressCountry: 'NL',
      },
    },
    organizer: organisers,
    ...(event.capacity === null
      ? {}
      : { maximumAttendeeCapacity: event.capacity, remainingAttendeeCapacity: attendance.remainingCapacity }),
    url: `${ctx.baseUrl}/events/${event.globalId}.ics`,
  };
}

export interface FeedFilter {
  organisation?: { associationId: string | null; organisationId: string | null };
  municipalityId?: string;
}

const FEED_HISTORY_MS = 183 * 24 * 3600 * 1000;

/**
 * Events for an iCalendar feed: those the caller may see (anonymous: public ones; a feed token: what its
 * key's scopes allow), upcoming and of the last half year, cancelled ones included.
 */
export async function feedEvents(ctx: Context, filter: FeedFilter, now = new Date()): Promise<Event[]> {
  const visible = await eventConditions(ctx, { includeCancelled: true }, 'event');
  const query = visible(ctx.em.createQueryBuilder(Event, 'event'))
    .andWhere('event.endsAt >= :since', { since: new Date(now.getTime() - FEED_HISTORY_MS) })
    .orderBy('event.startsAt', 'ASC')
    .addOrderBy('event.id', 'ASC')
    .take(500);
  if (filter.municipalityId) {
    query.andWhere('event.venueMunicipalityId = :municipalityId', { municipalityId: filter.municipalityId });
  }
  if (filter.organisation) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM event_host o WHERE o.event_id = event.id
         AND (o.association_id = :hostAssociation OR o.organisation_id = :hostOrganisation))`,
      {
        hostAssociation: filter.organisation.associationId,
        hostOrganisation: filter.organisation.organisationId,
      },
    );
  }
  return query.getMany();
}

/** A feed filter value: the global id of an association or organisation, or its exact name. */
export async function findHostByIdOrName(
  ctx: Context,
  value: string,
): Promise<{ associationId: string | null; organisationId: string | null } | null> {
  try {
    const ref = decodeHost(value);
    const exists = ref.associationId
      ? await ctx.loaders.core.associationById.load(ref.associationId)
      : await ctx.loaders.core.organisationById.load(ref.organisationId!);
    return exists ? ref : null;
  } catch {
    // not an id: try it as a name
  }
  const organisation = await ctx.em
    .createQueryBuilder(Organisation, 'o')
    .where('lower(o.name) = lower(:name)', { name: value })
    .getOne();
  if (organisation) return { associationId: null, organisationId: organisation.id };
  const association = await ctx.em
    .createQueryBuilder(Association, 'a')
    .where('lower(a.name) = lower(:name) OR lower(a.short_name) = lower(:name)', { name: value })
    .getOne();
  return association ? { associationId: association.id, organisationId: null } : null;
}

export { TIME_ZONE };
