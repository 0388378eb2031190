import dutch from './networking.nl.json';
import { ApiScope, defineModule, hasRole, PLAYGROUND_NOW, Role, toGlobalId } from '../../kit';
import { DEMO_MEMBER_KVK } from '../core';
import { registrationExportRoutes } from './registrations.export';
import { calendarRoutes } from './calendar-feed';
import { canSeeRegistration } from './event-access.service';
import { Event, EventHost } from './event.entity';
import { EventRemoval } from './event-removal.entity';
import { EventSyncResolver } from './event-sync.resolver';
import {
  EventAttendanceResolver,
  EventHostResolver,
  EventResolver,
  EventVenueResolver,
} from './event.resolver';
import { findEvent } from './event.service';
import {
  AnnualReviewNetworkingResolver,
  StakeholderContactResolver,
  AssociationEventsResolver,
  BusinessRegistrationsResolver,
  MunicipalityEventsResolver,
  OrganisationEventsResolver,
} from './core-extensions.resolver';
import { createNetworkingLoaders } from './networking.loaders';
import { NetworkingStatsResolver } from './networking-stats.resolver';
import { eventReminders, networkingNotifications } from './networking.notifications';
import { DEMO_OPEN_EVENT, seedNetworking } from './networking.seed';
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
  dutch,
  entities: [
    Event,
    EventHost,
    EventRemoval,
    Registration,
    StakeholderMeeting,
    StakeholderParticipant,
    FollowUpAction,
  ],
  resolvers: [
    EventResolver,
    EventSyncResolver,
    EventVenueResolver,
    EventAttendanceResolver,
    EventHostResolver,
    RegistrationResolver,
    MunicipalityEventsResolver,
    OrganisationEventsResolver,
    AssociationEventsResolver,
    BusinessRegistrationsResolver,
    NetworkingStatsResolver,
    AnnualReviewNetworkingResolver,
    StakeholderMeetingResolver,
    StakeholderParticipantResolver,
    FollowUpActionResolver,
    StakeholderContactResolver,
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
  notifications: networkingNotifications,
  reminders: [eventReminders],
  routes: (router, deps) => {
    calendarRoutes(router, deps);
    registrationExportRoutes(router, deps);
  },
  examples: [
    {
      title: 'Upcoming public events with free seats (anyone; the demo has some in the coming weeks)',
      query: `query UpcomingEvents($from: DateTime!) {
  events(filter: { from: $from }, first: 10) {
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
      // The time the playground is opened, not the time the server started.
      variables: { from: PLAYGROUND_NOW },
    },
    {
      title: 'Partner sync: every change since the last pull (API key with events:read)',
      query: `query EventChanges($after: String) {
  eventChanges(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on Event { id title status visibility revision updatedAt startsAt endsAt jsonLd }
      ... on EventTombstone { id removedAt }
    }
  }
}`,
      variables: { after: null },
      apiKey: { organisation: 'Nationaal Park Utrechtse Heuvelrug', scopes: [ApiScope.EVENTS_READ] },
    },
    {
      title: 'Register for an event (anyone for public events; the demo’s small one has 12 seats)',
      query: `mutation Register($eventId: ID!) {
  registerForEvent(input: { eventId: $eventId, name: "Anne de Vries", email: "anne@example.nl" }) {
    registration { id status waitlistPosition }
    secret
    waitlistPosition
    userErrors { code message field }
  }
}`,
      variables: { eventId: toGlobalId('Event', DEMO_OPEN_EVENT.id) },
    },
    {
      title: `Attendees and check-in figures (admin, or an organiser: npm run -s token -- --role MEMBER --kvk ${DEMO_MEMBER_KVK})`,
      query: `query Attendees($id: ID!) {
  event(id: $id) {
    title
    attendance { confirmed waitlisted checkedIn fromOtherMunicipalities }
    registrations(first: 100) {
      nodes { id name email status waitlistPosition checkedInAt business { name } }
    }
  }
}`,
      variables: { id: toGlobalId('Event', DEMO_OPEN_EVENT.id) },
      token: { roles: [Role.MEMBER], kvk: DEMO_MEMBER_KVK },
    },
    {
      title: 'Networking figures and stakeholder meetings (admin)',
      query: `query NetworkingBoard {
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
      token: { roles: [Role.ADMIN] },
    },
  ],
});
