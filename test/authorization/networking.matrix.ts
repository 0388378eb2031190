import {
  routeFor,
  defineMatrix,
  everyone,
  except,
  gate,
  INHERIT,
  personal,
  sample,
  visibleTo,
} from '../support/authorization-matrix';

/**
 * Networking. The MEMBER caller organises the sample event (its business is a member of ZZO, the organiser),
 * so it sees the registrants; the sample registration was made anonymously for no business.
 */
export const networkingMatrix = defineMatrix({
  samples: {
    stakeholderMeeting: {
      type: 'StakeholderMeeting',
      sql: `SELECT id AS value FROM stakeholder_meeting ORDER BY date LIMIT 1`,
    },
    followUpAction: {
      type: 'FollowUpAction',
      sql: `SELECT id AS value FROM follow_up_action ORDER BY id LIMIT 1`,
    },
  },
  // The demo events are past: make an upcoming public event organised by ZZO (the MEMBER caller's
  // association) and register for it as an admin, for no business; the secret is shown only then.
  async prepare({ adminGraphQL, sample: value }) {
    const startsAt = new Date(Date.now() + 30 * 24 * 3600_000);
    const created = (await adminGraphQL(
      `mutation { createEvent(input: {
         title: "Matrixbijeenkomst", description: "Voor de autorisatietest.",
         startsAt: "${startsAt.toISOString()}", endsAt: "${new Date(startsAt.getTime() + 3 * 3600_000).toISOString()}",
         venue: { name: "Slot Zeist", address: "Zinzendorflaan 1, 3703 CE Zeist", municipality: "GM0355" },
         kind: NETWORKING, capacity: 20, visibility: PUBLIC, organisers: [${JSON.stringify(value('association'))}]
       }) { event { id } userErrors { code message } } }`,
    )) as { data?: { createEvent: { event: { id: string } | null } } };
    const event = created.data?.createEvent.event?.id;
    if (!event) throw new Error(`creating the sample event failed: ${JSON.stringify(created)}`);
    const registered = (await adminGraphQL(
      `mutation { registerForEvent(input: { eventId: ${JSON.stringify(event)}, name: "Matrix Test",
         email: "matrix@example.nl" }) { registration { id } secret userErrors { code } } }`,
    )) as { data?: { registerForEvent: { registration: { id: string } | null; secret: string | null } } };
    const payload = registered.data?.registerForEvent;
    if (!payload?.registration || !payload.secret)
      throw new Error(`registering for the sample event failed: ${JSON.stringify(registered)}`);
    return { event, registration: payload.registration.id, registrationSecret: payload.secret };
  },
  query: {
    event: { args: { id: sample('event') }, cells: everyone },
    eventChanges: { cells: everyone },
    events: { cells: everyone },
    networkingStats: { args: { year: 2018 }, cells: gate('ADMIN', 'reports:read') },
    // The secret is the registrant's key: whoever holds it reads the registration.
    registration: { args: { secret: sample('registrationSecret') }, cells: everyone },
    stakeholderMeetings: { cells: gate('ADMIN') },
  },
  mutation: {
    // Organisers and admins: the service checks that a member organises the event.
    cancelEvent: { cells: gate('ADMIN', 'MEMBER') },
    checkInRegistration: { cells: gate('ADMIN', 'MEMBER') },
    createEvent: { cells: gate('ADMIN', 'MEMBER') },
    updateEvent: { cells: gate('ADMIN', 'MEMBER') },
    // By the secret (anyone who holds it) or by id (admins, organisers, the member of the business); no API key.
    cancelRegistration: {
      cells: except(everyone, {
        'events:read': 'FORBIDDEN',
        'news:read': 'FORBIDDEN',
        'suppliers:read': 'FORBIDDEN',
        'reports:read': 'FORBIDDEN',
      }),
    },
    // A valid input: the service refuses API keys only after the input passed validation.
    registerForEvent: {
      args: { input: { eventId: sample('event'), name: 'Matrix', email: 'matrix-gate@example.nl' } },
      cells: except(everyone, {
        'events:read': 'FORBIDDEN',
        'news:read': 'FORBIDDEN',
        'suppliers:read': 'FORBIDDEN',
        'reports:read': 'FORBIDDEN',
      }),
    },
    createStakeholderMeeting: { cells: gate('ADMIN') },
    updateFollowUpAction: { cells: gate('ADMIN') },
    updateStakeholderMeeting: { cells: gate('ADMIN') },
  },
  routes: {
    'GET /feeds/events.ics': { path: '/feeds/events.ics', cells: everyone },
    'GET /events/:id.ics': { path: '/events/{event}.ics', cells: everyone },
    // As `Event.registrations`: organisers and admins all, a member their business's (test/http/exports.cases.ts).
    'GET /events/:id/registrations.csv': {
      path: '/events/{event}/registrations.csv',
      cells: routeFor(['ADMIN', 'MEMBER'], { anonymous: 403, others: 403 }),
    },
  },
  types: {
    AnnualReview: { fields: { networking: INHERIT, regionalContacts: INHERIT } },
    Association: {
      fields: {
        events: INHERIT,
      },
    },
    Business: {
      fields: {
        registrations: except(gate('ADMIN', 'MEMBER'), { anonymous: 'FORBIDDEN' }),
      },
    },
    CancelEventPayload: {
      fields: {
        event: INHERIT,
        userErrors: INHERIT,
      },
    },
    CancelRegistrationPayload: {
      fields: {
        promoted: INHERIT,
        registration: INHERIT,
        userErrors: INHERIT,
      },
    },
    CheckInRegistrationPayload: {
      fields: {
        registration: INHERIT,
        userErrors: INHERIT,
      },
    },
    CreateEventPayload: {
      fields: {
        event: INHERIT,
        userErrors: INHERIT,
      },
    },
    CreateStakeholderMeetingPayload: {
      fields: {
        meeting: INHERIT,
        userErrors: INHERIT,
      },
    },
    Event: {
      sample: 'event',
      node: everyone,
      fields: {
        attendance: INHERIT,
        capacity: INHERIT,
        coHosts: INHERIT,
        confirmedCount: INHERIT,
        createdAt: INHERIT,
        description: INHERIT,
        endsAt: INHERIT,
        endsAtLocal: INHERIT,
        icsUrl: INHERIT,
        id: INHERIT,
        jsonLd: INHERIT,
        kind: INHERIT,
        organisers: INHERIT,
        registrationClosesAt: INHERIT,
        registrationOpensAt: INHERIT,
        registrations: except(gate('ADMIN', 'MEMBER'), { anonymous: 'FORBIDDEN' }),
        remainingCapacity: INHERIT,
        revision: INHERIT,
        startsAt: INHERIT,
        startsAtLocal: INHERIT,
        status: INHERIT,
        timeZone: INHERIT,
        title: INHERIT,
        updatedAt: INHERIT,
        venue: INHERIT,
        visibility: INHERIT,
        waitlistCount: INHERIT,
      },
    },
    EventAttendance: {
      fields: {
        checkedIn: INHERIT,
        confirmed: INHERIT,
        fromOtherMunicipalities: INHERIT,
        waitlisted: INHERIT,
      },
    },
    EventConnection: {
      fields: {
        edges: INHERIT,
        nodes: INHERIT,
        pageInfo: INHERIT,
        totalCount: INHERIT,
      },
    },
    EventEdge: {
      fields: {
        cursor: INHERIT,
        node: INHERIT,
      },
    },
    EventChangeConnection: {
      fields: {
        edges: INHERIT,
        nodes: INHERIT,
        pageInfo: INHERIT,
      },
    },
    EventChangeEdge: {
      fields: {
        cursor: INHERIT,
        node: INHERIT,
      },
    },
    EventTombstone: {
      fields: {
        id: INHERIT,
        removedAt: INHERIT,
      },
    },
    EventHost: {
      fields: {
        association: INHERIT,
        name: INHERIT,
        organisation: INHERIT,
        role: INHERIT,
      },
    },
    EventVenue: {
      fields: {
        address: INHERIT,
        municipality: INHERIT,
        name: INHERIT,
      },
    },
    FollowUpAction: {
      sample: 'followUpAction',
      node: visibleTo('ADMIN'),
      fields: {
        description: INHERIT,
        dueDate: INHERIT,
        id: INHERIT,
        meeting: INHERIT,
        owner: INHERIT,
        status: INHERIT,
      },
    },
    MonthlyNetworkingFigures: {
      fields: {
        checkInRate: INHERIT,
        checkedIn: INHERIT,
        confirmed: INHERIT,
        confirmedWithVerifiedBusiness: INHERIT,
        eventsHeld: INHERIT,
        fromOtherMunicipalities: INHERIT,
        month: INHERIT,
        registrations: INHERIT,
        shareFromOtherMunicipalities: INHERIT,
      },
    },
    Municipality: {
      fields: {
        events: INHERIT,
      },
    },
    NetworkingStats: {
      fields: {
        checkInRate: INHERIT,
        checkedIn: INHERIT,
        confirmed: INHERIT,
        confirmedWithVerifiedBusiness: INHERIT,
        eventsHeld: INHERIT,
        fromOtherMunicipalities: INHERIT,
        months: INHERIT,
        municipality: INHERIT,
        registrations: INHERIT,
        shareFromOtherMunicipalities: INHERIT,
        year: INHERIT,
      },
    },
    NetworkingReview: { fields: { current: INHERIT, previous: INHERIT } },
    // The public summary per stakeholder for anyone; the meetings themselves (`details`) are null for all but
    // admins, which test/review/seed-history.cases.ts checks for each caller.
    RegionalContactsFigures: { fields: { details: INHERIT, meetings: INHERIT, stakeholders: INHERIT } },
    RegionalContactsReview: { fields: { current: INHERIT, previous: INHERIT } },
    Organisation: {
      fields: {
        events: INHERIT,
      },
    },
    RegisterForEventPayload: {
      fields: {
        registration: INHERIT,
        secret: INHERIT,
        userErrors: INHERIT,
        waitlistPosition: INHERIT,
      },
    },
    Registration: {
      sample: 'registration',
      node: visibleTo('ADMIN', 'MEMBER'),
      fields: {
        business: INHERIT,
        businessVerified: INHERIT,
        cancelledAt: INHERIT,
        checkedInAt: INHERIT,
        createdAt: INHERIT,
        email: personal('ADMIN', 'MEMBER'),
        event: INHERIT,
        id: INHERIT,
        name: personal('ADMIN', 'MEMBER'),
        promotedAt: INHERIT,
        status: INHERIT,
        updatedAt: INHERIT,
        waitlistPosition: INHERIT,
      },
    },
    RegistrationConnection: {
      fields: {
        edges: INHERIT,
        nodes: INHERIT,
        pageInfo: INHERIT,
        totalCount: INHERIT,
      },
    },
    RegistrationEdge: {
      fields: {
        cursor: INHERIT,
        node: INHERIT,
      },
    },
    StakeholderContact: {
      fields: {
        aldermenOf: INHERIT,
        firstMetOn: INHERIT,
        meetings: INHERIT,
        organisation: INHERIT,
        summaries: INHERIT,
      },
    },
    StakeholderMeeting: {
      sample: 'stakeholderMeeting',
      node: visibleTo('ADMIN'),
      fields: {
        actions: INHERIT,
        createdAt: INHERIT,
        date: INHERIT,
        id: INHERIT,
        outcomes: INHERIT,
        participants: INHERIT,
        publicSummary: INHERIT,
        title: INHERIT,
        topics: INHERIT,
        updatedAt: INHERIT,
      },
    },
    StakeholderMeetingConnection: {
      fields: {
        edges: INHERIT,
        nodes: INHERIT,
        pageInfo: INHERIT,
        totalCount: INHERIT,
      },
    },
    StakeholderMeetingEdge: {
      fields: {
        cursor: INHERIT,
        node: INHERIT,
      },
    },
    StakeholderParticipant: {
      fields: {
        municipality: INHERIT,
        name: INHERIT,
        organisation: INHERIT,
        portfolio: INHERIT,
        role: INHERIT,
      },
    },
    UpdateEventPayload: {
      fields: {
        event: INHERIT,
        userErrors: INHERIT,
      },
    },
    UpdateFollowUpActionPayload: {
      fields: {
        action: INHERIT,
        userErrors: INHERIT,
      },
    },
    UpdateStakeholderMeetingPayload: {
      fields: {
        meeting: INHERIT,
        userErrors: INHERIT,
      },
    },
  },
});
