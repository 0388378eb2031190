import { DateTime } from 'luxon';
import type { Context, MailDraft, NotificationRenderContext, ReminderSchedule } from '../../kit';
import { ApiScope, defineNotification, formatDutchDateTime, TIME_ZONE, toGlobalId } from '../../kit';
import { EventStatus, EventVisibility } from './event.entity';

interface EventRow {
  id: string;
  title: string;
  starts_at: Date;
  venue_name: string;
  venue_address: string;
  status: EventStatus;
}

interface RegistrantRow {
  id: string;
  name: string;
  email: string;
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
}

async function eventOf(ctx: Context, id: string): Promise<EventRow | null> {
  const [row] = (await ctx.em.query(
    'SELECT id, title, starts_at, venue_name, venue_address, status FROM event WHERE id = $1',
    [id],
  )) as EventRow[];
  return row ?? null;
}

async function registrantsOf(ctx: Context, eventId: string, statuses: string[]): Promise<RegistrantRow[]> {
  return (await ctx.em.query(
    `SELECT id, name, email, status FROM registration
      WHERE event_id = $1 AND status::text = ANY($2) ORDER BY arrival`,
    [eventId, statuses],
  )) as RegistrantRow[];
}

const eventUrl = (render: NotificationRenderContext, id: string) =>
  render.frontendUrl(`/evenementen/${toGlobalId('Event', id)}`);

const when = (event: EventRow) =>
  `${formatDutchDateTime(event.starts_at)}, ${event.venue_name}, ${event.venue_address}`;

/** To the registrant: the registration (or the place on the waitlist), with the link that cancels it. */
export const registrationConfirmed = defineNotification<{ registrationId: string; secret: string }>({
  name: 'networking.registrationConfirmed',
  description:
    'Confirmation of a registration for an event, with the link that cancels it (to the registrant).',
  async mails(render, { registrationId, secret }) {
    const [registration] = (await render.ctx.em.query(
      'SELECT id, name, email, status, event_id FROM registration WHERE id = $1',
      [registrationId],
    )) as (RegistrantRow & { event_id: string })[];
    if (!registration || registration.status === 'CANCELLED') return [];
    const event = await eventOf(render.ctx, registration.event_id);
    if (!event) return [];
    const waitlisted = registration.status === 'WAITLISTED';
    const cancelUrl = render.frontendUrl(`/aanmelding/annuleren?geheim=${encodeURIComponent(secret)}`);
    return [
      {
        to: registration.email,
        name: registration.name,
        subject: waitlisted
          ? `U staat op de wachtlijst: ${event.title}`
          : `Aanmelding bevestigd: ${event.title}`,
        paragraphs: [
          waitlisted
            ? `Het evenement „${event.title}” is vol. U staat op de wachtlijst; komt er een plaats vrij, dan krijgt u die op volgorde van aanmelding en ontvangt u bericht.`
            : `U bent aangemeld voor „${event.title}”.`,
          `Wanneer en waar: ${when(event)}.`,
          'Kunt u toch niet komen? Meld u dan af via de link hieronder, zodat iemand anders uw plaats kan krijgen.',
        ],
        action: { label: 'Bekijk het evenement', url: eventUrl(render, event.id) },
        links: [{ label: 'Aanmelding annuleren', url: cancelUrl }],
        reason: `U ontvangt deze e-mail omdat dit adres is aangemeld voor „${event.title}” via Regio Q4.`,
      },
    ];
  },
});

/** To each registrant who got a seat from the waitlist. */
export const waitlistPromoted = defineNotification<{ registrationIds: string[] }>({
  name: 'networking.waitlistPromoted',
  description: 'A registrant on the waitlist got a seat (to the registrant).',
  async mails(render, { registrationIds }) {
    const rows = (await render.ctx.em.query(
      `SELECT r.id, r.name, r.email, r.status, r.event_id FROM registration r WHERE r.id = ANY($1)`,
      [registrationIds],
    )) as (RegistrantRow & { event_id: string })[];
    const mails: MailDraft[] = [];
    for (const registration of rows.filter((r) => r.status === 'CONFIRMED')) {
      const event = await eventOf(render.ctx, registration.event_id);
      if (!event || event.status === EventStatus.CANCELLED) continue;
      mails.push({
        to: registration.email,
        name: registration.name,
        subject: `Er is een plaats voor u vrijgekomen: ${event.title}`,
        paragraphs: [
          `Goed nieuws: u stond op de wachtlijst voor „${event.title}” en er is een plaats vrijgekomen. Uw aanmelding is nu bevestigd.`,
          `Wanneer en waar: ${when(event)}.`,
          'Kunt u niet meer komen? Meld u dan af met de link uit uw eerste bevestiging, zodat de volgende op de wachtlijst de plaats krijgt.',
        ],
        action: { label: 'Bekijk het evenement', url: eventUrl(render, event.id) },
        reason: `U ontvangt deze e-mail omdat dit adres op de wachtlijst stond voor „${event.title}”.`,
      });
    }
    return mails;
  },
});

/** The object of an event's webhooks, as a partner's API key reads it through `node(id:)`. */
const EVENT_QUERY = `query WebhookEvent($id: ID!) {
  node(id: $id) {
    ... on Event { id title description status visibility revision startsAt endsAt startsAtLocal
      venue { name address municipality { cbsCode name } } capacity remainingCapacity updatedAt jsonLd }
  }
}`;

const eventWebhook =
  (type: string) => async (_render: NotificationRenderContext, data: { eventId: string }) => ({
    type,
    query: EVENT_QUERY,
    id: toGlobalId('Event', data.eventId),
  });

/** Partners: a new event (webhook only). */
export const eventCreated = defineNotification<{ eventId: string }>({
  name: 'networking.eventCreated',
  description: 'A new event (webhook `event.created`).',
  webhook: eventWebhook('event.created'),
});

/** Partners: any other change of an event (webhook only). */
export const eventUpdated = defineNotification<{ eventId: string; revision: number }>({
  name: 'networking.eventUpdated',
  description: 'An event changed (webhook `event.updated`).',
  webhook: eventWebhook('event.updated'),
});

/** To confirmed and waitlisted registrants, and partners: the event is cancelled. */
export const eventCancelled = defineNotification<{ eventId: string }>({
  name: 'networking.eventCancelled',
  description:
    'An event was cancelled (to its confirmed and waitlisted registrants; webhook `event.cancelled`).',
  webhook: eventWebhook('event.cancelled'),
  async mails(render, { eventId }) {
    const event = await eventOf(render.ctx, eventId);
    if (!event) return [];
    return (await registrantsOf(render.ctx, eventId, ['CONFIRMED', 'WAITLISTED'])).map((r) => ({
      to: r.email,
      name: r.name,
      subject: `Afgelast: ${event.title}`,
      paragraphs: [
        `Helaas: „${event.title}” van ${formatDutchDateTime(event.starts_at)} gaat niet door. De organisatie heeft het evenement afgelast.`,
        'U hoeft niets te doen; uw aanmelding vervalt.',
      ],
      action: { label: 'Bekijk andere evenementen', url: render.frontendUrl('/evenementen') },
      reason: `U ontvangt deze e-mail omdat dit adres is aangemeld voor „${event.title}”${r.status === 'WAITLISTED' ? ' (wachtlijst)' : ''}.`,
    }));
  },
});

/** To confirmed and waitlisted registrants, and partners: new time or venue. */
export const eventMoved = defineNotification<{
  eventId: string;
  revision: number;
  before: { startsAt: string; venueName: string; venueAddress: string };
}>({
  name: 'networking.eventMoved',
  description: 'An event moved to another time or venue (to its registrants; webhook `event.updated`).',
  webhook: eventWebhook('event.updated'),
  async mails(render, { eventId, before }) {
    const event = await eventOf(render.ctx, eventId);
    if (!event || event.status === EventStatus.CANCELLED) return [];
    const previous = `${formatDutchDateTime(new Date(before.startsAt))}, ${before.venueName}, ${before.venueAddress}`;
    return (await registrantsOf(render.ctx, eventId, ['CONFIRMED', 'WAITLISTED'])).map((r) => ({
      to: r.email,
      name: r.name,
      subject: `Gewijzigd: ${event.title}`,
      paragraphs: [
        `„${event.title}” is verplaatst.`,
        `Nieuw: ${when(event)}.`,
        `Was: ${previous}.`,
        'Kunt u op het nieuwe moment niet? Meld u dan af met de link uit uw bevestiging.',
      ],
      action: { label: 'Bekijk het evenement', url: eventUrl(render, event.id) },
      reason: `U ontvangt deze e-mail omdat dit adres is aangemeld voor „${event.title}”.`,
    }));
  },
});

/** Partners: an event was removed; only partners whose keys could read it hear of it. */
export const eventRemoved = defineNotification<{
  eventId: string;
  visibility: EventVisibility;
  /** The visibility it has now, when it was hidden rather than deleted. */
  now?: EventVisibility;
}>({
  name: 'networking.eventRemoved',
  description: 'An event was removed (webhook `event.removed`).',
  webhook: async (_render, { eventId, visibility, now }) => {
    const readable = (v: EventVisibility, scopes: string[]) =>
      v === EventVisibility.PUBLIC ||
      (v === EventVisibility.PARTNERS && scopes.includes(ApiScope.EVENTS_READ));
    return {
      type: 'event.removed',
      query: '',
      id: null,
      tombstone: { id: toGlobalId('Event', eventId), removed: true },
      // Who could read it before and cannot now (a deleted event: everyone who could read it).
      visibleTo: (scopes) => readable(visibility, scopes) && !(now && readable(now, scopes)),
    };
  },
});

/** The hour (Amsterdam) at which the day-before reminders go out. */
export const REMINDER_HOUR = 9;

/** To confirmed registrants, the day before at 09:00 Amsterdam time; optional (can be switched off). */
export const eventReminder = defineNotification<{ eventId: string; day: string }>({
  name: 'networking.eventReminder',
  description: 'A reminder the day before an event (to its confirmed registrants; can be switched off).',
  optional: true,
  async mails(render, { eventId, day }) {
    const event = await eventOf(render.ctx, eventId);
    if (!event || event.status === EventStatus.CANCELLED) return [];
    // Moved to another day since it was due: that day's reminder is another one.
    if (DateTime.fromJSDate(event.starts_at, { zone: TIME_ZONE }).toISODate() !== day) return [];
    return (await registrantsOf(render.ctx, eventId, ['CONFIRMED'])).map((r) => ({
      to: r.email,
      name: r.name,
      subject: `Morgen: ${event.title}`,
      paragraphs: [`Een herinnering: morgen is „${event.title}”.`, `Wanneer en waar: ${when(event)}.`],
      action: { label: 'Bekijk het evenement', url: eventUrl(render, event.id) },
      reason: `U ontvangt deze herinnering omdat dit adres is aangemeld voor „${event.title}”.`,
    }));
  },
});

/**
 * From 09:00 Amsterdam time: the events of tomorrow (Amsterdam days) that are not cancelled. The key holds the
 * day, so an event moved to another day gets that day's reminder; each fires once.
 */
export const eventReminders: ReminderSchedule = {
  name: 'networking.eventReminders',
  async due(ctx, now) {
    const local = DateTime.fromJSDate(now, { zone: TIME_ZONE });
    if (local.hour < REMINDER_HOUR) return [];
    const tomorrow = local.plus({ days: 1 }).startOf('day');
    const rows = (await ctx.em.query(
      `SELECT id FROM event WHERE starts_at >= $1 AND starts_at < $2 AND status <> 'CANCELLED'
          AND EXISTS (SELECT 1 FROM registration r WHERE r.event_id = event.id AND r.status = 'CONFIRMED')`,
      [tomorrow.toJSDate(), tomorrow.plus({ days: 1 }).toJSDate()],
    )) as { id: string }[];
    const day = tomorrow.toISODate()!;
    return rows.map((row) => ({
      kind: eventReminder,
      key: `${row.id}:${day}`,
      data: { eventId: row.id, day },
    }));
  },
};

export const networkingNotifications = [
  registrationConfirmed,
  waitlistPromoted,
  eventCreated,
  eventUpdated,
  eventCancelled,
  eventMoved,
  eventRemoved,
  eventReminder,
];
