import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { Request, Response, Router } from 'express';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Context, RouteDeps } from '../../kit';
import { CBS_CODE, ErrorCode, fromGlobalId, singleQueryValue, TIME_ZONE, ViewerKind } from '../../kit';
import { authenticateFeedToken } from '../core';
import type { Event } from './event.entity';
import { canSeeEvent } from './event-access.service';
import { EventHostRole, EventStatus } from './event.entity';
import type { FeedFilter } from './event.service';
import { feedEvents, findHostByIdOrName, hostName } from './event.service';
import { inAmsterdam } from './local-time';

const UID_DOMAIN = 'regioq4.nl';

const STATUS: Record<EventStatus, ICalEventStatus> = {
  SCHEDULED: ICalEventStatus.CONFIRMED,
  POSTPONED: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/**
 * RFC 5545: a stable UID per event, DTSTAMP in UTC (the last change), local times with
 * TZID=Europe/Amsterdam and its VTIMEZONE, SEQUENCE = the event's revision, STATUS:CANCELLED when
 * cancelled, so subscribed calendars update the event instead of adding a copy.
 */
async function renderCalendar(ctx: Context, name: string, events: Event[]): Promise<string> {
  // No calendar-wide zone: ical-generator would then print DTSTAMP in local time, which RFC 5545 forbids.
  // The generator still adds a VTIMEZONE for the zone of the events.
  const calendar = ical({
    name,
    prodId: { company: 'Regio Q4', product: 'Regio Q4 API', language: 'NL' },
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  // Everything the events refer to is loaded before the loop, so the loaders batch across all events:
  // the feed's statement count does not grow with the number of events.
  const details = await Promise.all(
    events.map(async (event) => {
      const [municipality, hosts] = await Promise.all([
        ctx.loaders.core.municipalityById.load(event.venueMunicipalityId),
        ctx.loaders.networking.hostsByEventId.load(event.id),
      ]);
      const organisers = await Promise.all(
        hosts.filter((h) => h.role === EventHostRole.ORGANISER).map((h) => hostName(ctx, h)),
      );
      return { municipality, organisers };
    }),
  );
  for (const [index, event] of events.entries()) {
    const { municipality, organisers } = details[index];
    const description = [event.description, organisers.length ? `Organisatie: ${organisers.join(', ')}` : '']
      .filter(Boolean)
      .join('\n\n');
    calendar.createEvent({
      id: `${event.id}@${UID_DOMAIN}`,
      sequence: event.revision,
      stamp: event.updatedAt,
      timezone: TIME_ZONE,
      start: inAmsterdam(event.startsAt),
      end: inAmsterdam(event.endsAt),
      summary: event.title,
      description,
      location: [event.venueName, event.venueAddress, municipality?.name].filter(Boolean).join(', '),
      status: STATUS[event.status],
      categories: [{ name: event.kind }],
      lastModified: event.updatedAt,
      created: event.createdAt,
      // Without the feed token: a shared calendar entry must not hand the token on.
      url: `${ctx.baseUrl}/events/${event.globalId}.ics`,
    });
  }
  return calendar.toString();
}

function send(ctx: Context, res: Response, filename: string, body: string) {
  res
    .status(200)
    .type('text/calendar; charset=utf-8')
    .set('content-disposition', `inline; filename="${filename}"`)
    // A feed with a token holds what its key may see: no shared cache may keep it.
    .set(
      'cache-control',
      ctx.viewer.kind === ViewerKind.ANONYMOUS ? 'public, max-age=300' : 'private, no-store',
    )
    .send(body);
}

/**
 * `GET /feeds/events.ics` (`?organisation=`, `?municipality=`) and `GET /events/<id>.ics`: public events,
 * or with `?token=` (an API key's calendar feed token, for calendar apps that cannot send `X-Api-Key`) the
 * events that key's scopes allow.
 */
export function calendarRoutes(router: Router, deps: RouteDeps): void {
  /** The request's context, or null after answering 401 for a token that is unknown, rotated or revoked. */
  const contextOf = async (req: Request, response: Response): Promise<Context | null> => {
    const base = {
      requestId: String(response.getHeader('x-request-id') ?? ''),
      baseUrl: deps.baseUrlOf(req),
    };
    const token = singleQueryValue(req.query.token);
    if (token === undefined) return deps.createContext(base);
    const viewer = token ? await authenticateFeedToken(deps.dataSource.manager, token) : null;
    if (!viewer) {
      deps.refuse(
        response,
        401,
        ErrorCode.UNAUTHENTICATED,
        'Unknown or revoked calendar token: ask the API key’s administrator for a new feed URL',
      );
      return null;
    }
    return deps.createContext({ ...base, viewer });
  };

  router.get('/feeds/events.ics', async (req, response, next) => {
    try {
      const ctx = await contextOf(req, response);
      if (!ctx) return;
      const filter: FeedFilter = {};
      const organisation = singleQueryValue(req.query.organisation);
      const municipality = singleQueryValue(req.query.municipality);
      if (organisation === null || municipality === null)
        return deps.refuse(response, 400, ErrorCode.BAD_USER_INPUT, 'Give each filter once');
      if (organisation !== undefined) {
        const host = await findHostByIdOrName(ctx, organisation);
        if (!host)
          return deps.refuse(
            response,
            400,
            ErrorCode.BAD_USER_INPUT,
            `Unknown organisation ${JSON.stringify(organisation)}`,
          );
        filter.organisation = host;
      }
      if (municipality !== undefined) {
        if (!CBS_CODE.test(municipality)) {
          return deps.refuse(
            response,
            400,
            ErrorCode.BAD_USER_INPUT,
            'municipality must be a CBS code like GM0355',
          );
        }
        const found = await ctx.loaders.core.municipalityByCbsCode.load(municipality);
        if (!found)
          return deps.refuse(response, 400, ErrorCode.BAD_USER_INPUT, `Unknown municipality ${municipality}`);
        filter.municipalityId = found.id;
      }
      const events = await feedEvents(ctx, filter);
      send(ctx, response, 'regio-q4-events.ics', await renderCalendar(ctx, 'Regio Q4 evenementen', events));
    } catch (error) {
      next(error);
    }
  });

  router.get('/events/:id.ics', async (req, response, next) => {
    try {
      const ctx = await contextOf(req, response);
      if (!ctx) return;
      let id: string;
      try {
        id = fromGlobalId(String(req.params.id), 'Event').id;
      } catch {
        return deps.refuse(response, 400, ErrorCode.BAD_USER_INPUT, 'Not an event id');
      }
      const event = await ctx.loaders.networking.eventById.load(id);
      // The same rules as the API: anonymous callers see public events only.
      if (!event || !(await canSeeEvent(ctx, event))) {
        return deps.refuse(response, 404, ErrorCode.NOT_FOUND, 'No such event');
      }
      send(ctx, response, `event-${event.globalId}.ics`, await renderCalendar(ctx, event.title, [event]));
    } catch (error) {
      next(error);
    }
  });
}
