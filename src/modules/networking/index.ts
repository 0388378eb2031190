import { defineModule, hasRole, Role } from '../core';
import { calendarRoutes } from './calendar-feed';
import { canSeeRegistration } from './event-access.service';
import { Event, EventHost } from './event.entity';
import {
  EventAttendanceResolver,
  EventHostResolver,
  EventResolver,
  EventVenueResolver,
} from './event.resolver';
import { findEvent } from './event.service';
import {
  AssociationEventsResolver,
  BusinessRegistrationsResolver,
  MunicipalityEventsResolver,
  OrganisationEventsResolver,
} from './core-extensions.resolver';
import { createNetworkingLoaders } from './networking.loaders';
import { NetworkingStatsResolver } from './networking-stats.resolver';
import { seedNetworking } from './networking.seed';
import { Registration } from './registration.entity';
import { RegistrationResolver } from './registration.resolver';
import { FollowUpAction, StakeholderMeeting, StakeholderParticipant } from './stakeholder-meeting.entity';
import {
  FollowUpActionResolver,
  StakeholderMeetingResolver,
  StakeholderParticipantResolver,
} from './stakeholder-meeting.resolver';

export const networking = defineModule({
  name: 'networking',
  entities: [Event, EventHost, Registration, StakeholderMeeting, StakeholderParticipant, FollowUpAction],
  resolvers: [
    EventResolver,
    EventVenueResolver,
    EventAttendanceResolver,
    EventHostResolver,
    RegistrationResolver,
    MunicipalityEventsResolver,
    OrganisationEventsResolver,
    AssociationEventsResolver,
    BusinessRegistrationsResolver,
    NetworkingStatsResolver,
    StakeholderMeetingResolver,
    StakeholderParticipantResolver,
    FollowUpActionResolver,
  ],
  nodeTypes: [
    { type: Event, load: (ctx, id) => findEvent(ctx, id) },
    {
      type: Registration,
      load: async (ctx, id) => {
        const registration = await ctx.loaders.networking.registrationById.load(id);
        return registration && (await canSeeRegistration(ctx, registration)) ? registration : null;
      },
    },
    {
      type: StakeholderMeeting,
      load: async (ctx, id) =>
        hasRole(ctx.viewer, Role.ADMIN) ? ctx.loaders.networking.stakeholderMeetingById.load(id) : null,
    },
    {
      type: FollowUpAction,
      load: async (ctx, id) =>
        hasRole(ctx.viewer, Role.ADMIN) ? ctx.loaders.networking.followUpActionById.load(id) : null,
    },
  ],
  createLoaders: createNetworkingLoaders,
  seedDemo: seedNetworking,
  routes: calendarRoutes,
  examples: [
    {
      title: 'Upcoming public events with free seats (anyone)',
      query: `query UpcomingEvents {
  events(filter: { from: "2018-01-01T00:00:00Z" }, first: 10) {
    nodes {
      id
      title
      startsAtLocal
      venue { name municipality { name } }
      organisers { name }
      coHosts { name }
      confirmedCount
      remainingCapacity
      icsUrl
    }
  }
}`,
    },
    {
      title: 'Partner sync: every change since the last pull (API key with events:read)',
      query: `query EventChanges($since: DateTime!, $after: String) {
  events(filter: { updatedSince: $since }, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id title status revision updatedAt startsAt endsAt jsonLd }
  }
}`,
      variables: { since: '2017-01-01T00:00:00Z', after: null },
      headers: {
        'X-Api-Key':
          '<secret from npm run apikey -- --organisation "Nationaal Park Utrechtse Heuvelrug" --scopes events:read>',
      },
    },
    {
      title: 'Register for an event (anyone for public events)',
      query: `mutation Register($eventId: ID!) {
  registerForEvent(input: { eventId: $eventId, name: "Anne de Vries", email: "anne@example.nl" }) {
    registration { id status waitlistPosition }
    secret
    waitlistPosition
    userErrors { code message field }
  }
}`,
      variables: { eventId: '<an event id from UpcomingEvents>' },
    },
    {
      title: 'Attendees and check-in figures (admin or organiser)',
      query: `query Attendees($id: ID!) {
  event(id: $id) {
    title
    attendance { confirmed waitlisted checkedIn fromOtherMunicipalities }
    registrations(first: 100) {
      nodes { id name email status waitlistPosition checkedInAt business { name } }
    }
  }
}`,
      variables: { id: '<an event id>' },
      headers: { Authorization: 'Bearer <token from npm run token -- --role ADMIN>' },
    },
    {
      title: 'Networking figures and stakeholder meetings (admin)',
      query: `query Board {
  networkingStats(year: 2018) {
    eventsHeld registrations checkInRate shareFromOtherMunicipalities
    months { month eventsHeld registrations }
  }
  stakeholderMeetings(first: 10) {
    nodes {
      date title topics outcomes
      participants { name role portfolio organisation { name } municipality { name } }
      actions { description owner dueDate status }
    }
  }
}`,
      headers: { Authorization: 'Bearer <token from npm run token -- --role ADMIN>' },
    },
  ],
});
