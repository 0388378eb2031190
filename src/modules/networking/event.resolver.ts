import type { GraphQLResolveInfo } from 'graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../kit';
import {
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  fromGlobalId,
  listComplexity,
  prefetchPlan,
  Role,
  TIME_ZONE,
} from '../../kit';
import { Association, Municipality, Organisation } from '../core';
import { Event, EventHost, EventHostRole } from './event.entity';
import {
  CancelEventInput,
  CreateEventInput,
  EventFilter,
  EventOrder,
  UpdateEventInput,
} from './event.inputs';
import {
  CancelEventPayload,
  CreateEventPayload,
  EventAttendance,
  EventVenue,
  UpdateEventPayload,
} from './event.payloads';
import * as events from './event.service';
import { toAmsterdamIso } from './local-time';
import { Registration, RegistrationStatus } from './registration.entity';
import { listEventRegistrations } from './registration.service';

export const EventConnection = ConnectionType(Event);
export const RegistrationConnection = ConnectionType(Registration);

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    complexity: connectionComplexity,
    description:
      'Events you may see, by start unless ordered otherwise. For partner sync use `eventChanges`, which ' +
      'also returns tombstones of events you can no longer see. The older form: with `filter.updatedSince` ' +
      'every event changed after that instant, cancelled ones included, in the order the changes were ' +
      'committed (`CHANGE`), each event once with its latest state. Keep ' +
      '`pageInfo.endCursor` and pass it as `after` (with the same `updatedSince`) on the next pull: that ' +
      'never misses or repeats a change, also when changes share a millisecond or commit late.',
  })
  events(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions that must all hold.' })
    filter?: EventFilter,
    @Arg('orderBy', () => EventOrder, {
      nullable: true,
      description: 'Sort order; default by start (`CHANGE` with `updatedSince`).',
    })
    orderBy?: EventOrder,
  ) {
    const plan = prefetchPlan(ctx, info, Event, 'event');
    return events.listEvents(ctx, filter ?? {}, page, orderBy, plan);
  }

  @Query(() => Event, { nullable: true, description: 'null when unknown or hidden from you.' })
  event(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Id of the event.' }) id: string) {
    return events.findEvent(ctx, fromGlobalId(id, 'Event').id);
  }

  @FieldResolver(() => String, { description: 'Start in Amsterdam time, e.g. `2018-03-15T19:00:00+01:00`.' })
  startsAtLocal(@Root() event: Event) {
    return toAmsterdamIso(event.startsAt);
  }

  @FieldResolver(() => String, { description: 'End in Amsterdam time.' })
  endsAtLocal(@Root() event: Event) {
    return toAmsterdamIso(event.endsAt);
  }

  @FieldResolver(() => String, { description: 'Always `Europe/Amsterdam`.' })
  timeZone() {
    return TIME_ZONE;
  }

  @FieldResolver(() => EventVenue, { description: 'Where it takes place.' })
  venue(@Root() event: Event): EventVenue {
    return { name: event.venueName, address: event.venueAddress, municipalityId: event.venueMunicipalityId };
  }

  @FieldResolver(() => [EventHost], {
    complexity: listComplexity(5),
    description: 'Associations and organisations that organise it.',
  })
  organisers(@Ctx() ctx: Context, @Root() event: Event) {
    return events.hostsOf(ctx, event, EventHostRole.ORGANISER);
  }

  @FieldResolver(() => [EventHost], {
    complexity: listComplexity(5),
    description: 'Associations and organisations that co-host it.',
  })
  coHosts(@Ctx() ctx: Context, @Root() event: Event) {
    return events.hostsOf(ctx, event, EventHostRole.CO_HOST);
  }

  @FieldResolver(() => EventAttendance, { description: 'Registration figures (public).' })
  attendance(@Ctx() ctx: Context, @Root() event: Event) {
    return events.attendanceOf(ctx, event);
  }

  @FieldResolver(() => Int, { description: 'Confirmed registrations; the same as `attendance.confirmed`.' })
  async confirmedCount(@Ctx() ctx: Context, @Root() event: Event) {
    return (await events.attendanceOf(ctx, event)).confirmed;
  }

  @FieldResolver(() => Int, { description: 'Waitlisted registrations; the same as `attendance.waitlisted`.' })
  async waitlistCount(@Ctx() ctx: Context, @Root() event: Event) {
    return (await events.attendanceOf(ctx, event)).waitlisted;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Free seats; null when unlimited.' })
  async remainingCapacity(@Ctx() ctx: Context, @Root() event: Event) {
    return (await events.attendanceOf(ctx, event)).remainingCapacity;
  }

  @FieldResolver(() => RegistrationConnection, {
    complexity: connectionComplexity,
    description:
      'Organisers and admins: all registrations, in order of arrival. A member: their own business’s. ' +
      'Anyone else: FORBIDDEN.',
  })
  registrations(
    @Ctx() ctx: Context,
    @Root() event: Event,
    @Args() page: ConnectionArgs,
    @Arg('status', () => RegistrationStatus, {
      nullable: true,
      description: 'Only registrations with this status.',
    })
    status?: RegistrationStatus,
  ) {
    return listEventRegistrations(ctx, event, page, status);
  }

  @FieldResolver(() => JSONObjectResolver, { description: 'schema.org `Event` as JSON-LD, for event pages.' })
  jsonLd(@Ctx() ctx: Context, @Root() event: Event) {
    return events.eventJsonLd(ctx, event);
  }

  @FieldResolver(() => String, { description: 'The event as an iCalendar file (public events).' })
  icsUrl(@Ctx() ctx: Context, @Root() event: Event) {
    return `${ctx.baseUrl}/events/${event.globalId}.ics`;
  }

  @Authorized(Role.ADMIN, Role.MEMBER)
  @Mutation(() => CreateEventPayload, {
    description: 'Admins, or a member for an event organised by one of their own associations.',
  })
  createEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateEventInput, { description: 'The new event with its organisers.' })
    input: CreateEventInput,
  ) {
    return events.createEvent(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.MEMBER)
  @Mutation(() => UpdateEventPayload, { description: 'The event’s organisers and admins.' })
  updateEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateEventInput, { description: 'The event and the fields to change.' })
    input: UpdateEventInput,
  ) {
    return events.updateEvent(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.MEMBER)
  @Mutation(() => CancelEventPayload, { description: 'The event’s organisers and admins.' })
  cancelEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelEventInput, { description: 'The event to cancel.' }) input: CancelEventInput,
  ) {
    return events.cancelEvent(ctx, input);
  }
}

@Resolver(() => EventAttendance)
export class EventAttendanceResolver {
  @FieldResolver(() => Int, { description: 'Confirmed registrations checked in at the door.' })
  checkedIn(@Ctx() ctx: Context, @Root() attendance: EventAttendance) {
    return ctx.loaders.networking.checkInsByEventId.load(attendance.eventId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Share (0..1, rounded to 3 decimals) of confirmed attendees who came for a business outside the ' +
      'event’s municipality, among confirmed attendees who came for a business. Verified businesses only ' +
      '(`Registration.businessVerified`: named by its own member’s token or an admin; a business a ' +
      'registrant merely claims does not count); null when there is none.',
  })
  fromOtherMunicipalities(@Ctx() ctx: Context, @Root() attendance: EventAttendance) {
    return events.fromOtherMunicipalities(ctx, attendance.eventId);
  }
}

@Resolver(() => EventVenue)
export class EventVenueResolver {
  @FieldResolver(() => Municipality, { description: 'The municipality of the venue.' })
  municipality(@Ctx() ctx: Context, @Root() venue: EventVenue) {
    return ctx.loaders.core.municipalityById.load(venue.municipalityId);
  }
}

@Resolver(() => EventHost)
export class EventHostResolver {
  @FieldResolver(() => String, { description: 'Name of the association or organisation.' })
  name(@Ctx() ctx: Context, @Root() host: EventHost) {
    return events.hostName(ctx, host);
  }

  @FieldResolver(() => Association, {
    nullable: true,
    description: 'The association; null when the host is an organisation.',
  })
  association(@Ctx() ctx: Context, @Root() host: EventHost) {
    return host.associationId ? ctx.loaders.core.associationById.load(host.associationId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation; null when the host is an association.',
  })
  organisation(@Ctx() ctx: Context, @Root() host: EventHost) {
    return host.organisationId ? ctx.loaders.core.organisationById.load(host.organisationId) : null;
  }
}
