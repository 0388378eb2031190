import DataLoader from 'dataloader';
import type { Context, KeysetOrder, ParentKey } from '../../kit';
import {
  childConnections,
  definePrefetch,
  groupLoader,
  groupRows,
  prefetchById,
  prefetchRows,
  prefetchValue,
  rowLoader,
  SortDirection,
  todayInAmsterdam,
} from '../../kit';
import { Association, Municipality, Organisation } from '../core';
import { Event, EventHost } from './event.entity';
import { Registration, RegistrationStatus } from './registration.entity';
import { FollowUpAction, StakeholderMeeting, StakeholderParticipant } from './stakeholder-meeting.entity';

/** Seats of one event: the figures nearly every event list asks for. */
export interface SeatCounts {
  confirmed: number;
  waitlisted: number;
}

/** Where an event's confirmed attendees came from. */
export interface OriginCounts {
  /** Confirmed attendees that came for a verified business (the base of `fromOtherMunicipalities`). */
  withBusiness: number;
  /** ... of which the business is outside the event's municipality. */
  fromOtherMunicipalities: number;
}

const byStart: KeysetOrder<Event> = {
  column: 'row.startsAt',
  type: 'timestamp',
  direction: SortDirection.ASC,
  value: (e) => e.startsAt,
};
const newestFirst: KeysetOrder<Registration> = {
  column: 'row.createdAt',
  type: 'timestamp',
  direction: SortDirection.DESC,
  value: (r) => r.createdAt,
};
const byArrival: KeysetOrder<Registration> = {
  column: 'row.arrival',
  type: 'bigint',
  direction: SortDirection.ASC,
  value: (r) => r.arrival,
};
/** Events of a host: the parent is a column of event_host, joined as `host`. */
const throughHosts = (column: 'association_id' | 'organisation_id'): ParentKey<Event> => ({
  column: `host.${column}`,
  join: (query) => query.innerJoin('event_host', 'host', 'host.event_id = row.id'),
});

export function createNetworkingLoaders(ctx: Context) {
  return {
    eventsByVenueMunicipalityId: childConnections(ctx, Event, 'venueMunicipalityId', byStart),
    eventsByHostAssociationId: childConnections(ctx, Event, throughHosts('association_id'), byStart),
    eventsByHostOrganisationId: childConnections(ctx, Event, throughHosts('organisation_id'), byStart),
    registrationsByBusinessId: childConnections(ctx, Registration, 'businessId', newestFirst),
    registrationsByEventId: childConnections(ctx, Registration, 'eventId', byArrival),
    eventById: rowLoader(ctx, Event),
    hostsByEventId: groupLoader(ctx, EventHost, 'eventId', (query) => query.orderBy('row.position', 'ASC')),
    registrationById: rowLoader(ctx, Registration),
    // Attendance figures are separate loaders so a list pays only for what it selects: seats come from the
    // (event_id, status, arrival) index alone; check-ins and origins read more of the table.
    /** Confirmed and waitlisted registrations per event. */
    seatsByEventId: new DataLoader<string, SeatCounts>(async (ids) => {
      const rows: { event_id: string; confirmed: string; waitlisted: string }[] = await ctx.em.query(
        `SELECT event_id,
                count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
                count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted
           FROM registration
          WHERE event_id = ANY($1) AND status IN ('CONFIRMED', 'WAITLISTED')
          GROUP BY event_id`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.event_id, row]));
      return ids.map((id) => ({
        confirmed: Number(byId.get(id)?.confirmed ?? 0),
        waitlisted: Number(byId.get(id)?.waitlisted ?? 0),
      }));
    }),
    /** Confirmed registrations that checked in, per event. */
    checkInsByEventId: new DataLoader<string, number>(async (ids) => {
      const rows: { event_id: string; checked_in: string }[] = await ctx.em.query(
        `SELECT event_id, count(*) AS checked_in
           FROM registration
          WHERE event_id = ANY($1) AND status = 'CONFIRMED' AND checked_in_at IS NOT NULL
          GROUP BY event_id`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.event_id, Number(row.checked_in)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    /**
     * Confirmed registrations for a verified business (a claim without proof could inflate the reach), and of
     * those from outside the venue's municipality.
     */
    originsByEventId: new DataLoader<string, OriginCounts>(async (ids) => {
      const rows: { event_id: string; with_business: string; other: string }[] = await ctx.em.query(
        `SELECT r.event_id,
                count(*) AS with_business,
                count(*) FILTER (WHERE b.municipality_id <> e.venue_municipality_id) AS other
           FROM registration r
           JOIN event e ON e.id = r.event_id
           JOIN business b ON b.id = r.business_id
          WHERE r.event_id = ANY($1) AND r.status = 'CONFIRMED' AND r.business_verified
          GROUP BY r.event_id`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.event_id, row]));
      return ids.map((id) => ({
        withBusiness: Number(byId.get(id)?.with_business ?? 0),
        fromOtherMunicipalities: Number(byId.get(id)?.other ?? 0),
      }));
    }),
    /** 1-based place on the waitlist, null for registrations that are not waitlisted. */
    waitlistPositionByRegistrationId: new DataLoader<string, number | null>(async (ids) => {
      const rows: { id: string; position: string }[] = await ctx.em.query(
        `SELECT id, position FROM (
           SELECT r.id, row_number() OVER (PARTITION BY r.event_id ORDER BY r.arrival) AS position
             FROM registration r
            WHERE r.status = 'WAITLISTED'
              AND r.event_id IN (SELECT event_id FROM registration WHERE id = ANY($1))
         ) waitlist
         WHERE id = ANY($1)`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, Number(row.position)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Associations that the business with this KvK number is a member of today. */
    associationIdsByKvkNumber: new DataLoader<string, string[]>(async (kvkNumbers) => {
      const rows: { kvk_number: string; association_id: string }[] = await ctx.em.query(
        `SELECT b.kvk_number, m.association_id
           FROM business b
           JOIN business_membership m ON m.business_id = b.id
          WHERE b.kvk_number = ANY($1) AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2)`,
        [kvkNumbers, todayInAmsterdam()],
      );
      return groupRows(kvkNumbers, rows, (row) => row.kvk_number).map((group) =>
        group.map((row) => row.association_id),
      );
    }),
    stakeholderMeetingById: rowLoader(ctx, StakeholderMeeting),
    followUpActionById: rowLoader(ctx, FollowUpAction),
    participantsByMeetingId: groupLoader(ctx, StakeholderParticipant, 'meetingId', (query) =>
      query.orderBy('row.position', 'ASC'),
    ),
    actionsByMeetingId: groupLoader(ctx, FollowUpAction, 'meetingId', (query) =>
      query.orderBy('row.position', 'ASC'),
    ),
  };
}

export type NetworkingLoaders = ReturnType<typeof createNetworkingLoaders>;

declare module '../../kit/context' {
  interface Loaders {
    networking: NetworkingLoaders;
  }
}

/**
 * What a compiled list of events brings in its page statement (docs/module-authors.md, "Compiled lists"):
 * the rows and figures `hostsByEventId`, `seatsByEventId` and core's row loaders would load, in their order.
 * Check-ins, origins and registrations are not prefetched: their resolvers load them as before.
 */
definePrefetch(
  Event,
  prefetchRows({
    when: ['organisers', 'coHosts'],
    rows: EventHost,
    from: (row, event) => `event_host ${row} WHERE ${row}.event_id = ${event('id')}`,
    orderBy: (row) => `${row}.position`,
    prime: (ctx, event, hosts) => ctx.loaders.networking.hostsByEventId.prime(event.id, hosts),
  }),
  prefetchValue<Event, [number, number]>({
    when: ['attendance', 'confirmedCount', 'waitlistCount', 'remainingCapacity'],
    sql: (alias, event) =>
      `(SELECT json_build_array(count(*) FILTER (WHERE ${alias}.status = '${RegistrationStatus.CONFIRMED}'),
                                count(*) FILTER (WHERE ${alias}.status = '${RegistrationStatus.WAITLISTED}'))
          FROM registration ${alias}
         WHERE ${alias}.event_id = ${event('id')}
           AND ${alias}.status IN ('${RegistrationStatus.CONFIRMED}', '${RegistrationStatus.WAITLISTED}'))`,
    prime: (ctx, event, [confirmed, waitlisted]) =>
      ctx.loaders.networking.seatsByEventId.prime(event.id, { confirmed, waitlisted }),
  }),
  prefetchById({
    when: ['venue.municipality'],
    rows: Municipality,
    key: 'venueMunicipalityId',
    loader: (ctx) => ctx.loaders.core.municipalityById,
  }),
);

definePrefetch(
  EventHost,
  prefetchById({
    when: ['name', 'association'],
    rows: Association,
    key: 'associationId',
    loader: (ctx) => ctx.loaders.core.associationById,
  }),
  prefetchById({
    when: ['name', 'organisation'],
    rows: Organisation,
    key: 'organisationId',
    loader: (ctx) => ctx.loaders.core.organisationById,
  }),
);
