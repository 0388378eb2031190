import type { Router } from 'express';
import type { RouteDeps } from '../../kit';
import { allNodes, ErrorCode, fromGlobalId, refusalOf, sendCsv } from '../../kit';
import { canSeeRegistration } from './event-access.service';
import { findEvent } from './event.service';
import { inAmsterdam, toAmsterdamIso } from './local-time';
import { listEventRegistrations } from './registration.service';

const HEADER = [
  'Naam',
  'E-mailadres',
  'Bedrijf',
  'KvK-nummer',
  'Bedrijf bevestigd',
  'Status',
  'Aangemeld op',
  'Van de wachtlijst op',
  'Ingecheckt op',
  'Afgemeld op',
];

/**
 * `GET /events/:id/registrations.csv`: the registrations of an event as `Event.registrations` shows them to
 * the caller (organisers and admins: all; a member: their own business's; others FORBIDDEN), with the name
 * and e-mail address only where `Registration.name` and `.email` show them. The id is the event's global id.
 */
export function registrationExportRoutes(router: Router, deps: RouteDeps): void {
  router.get('/events/:id/registrations.csv', async (req, res, next) => {
    try {
      const viewer = await deps.authenticate(req);
      const ctx = deps.createContext({
        requestId: String(res.getHeader('x-request-id') ?? ''),
        baseUrl: deps.baseUrlOf(req),
        viewer,
      });
      const event = await findEvent(ctx, fromGlobalId(String(req.params.id), 'Event').id);
      if (!event) return deps.refuse(res, 404, ErrorCode.NOT_FOUND, 'No such event');
      const registrations = await allNodes((page) => listEventRegistrations(ctx, event, page));
      if (!registrations) {
        return deps.refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'Too many registrations for one download');
      }
      // All rows at once: the loaders batch over the rows (a few statements, not a few per row).
      const rows = await Promise.all(
        registrations.map(async (registration) => {
          const [visible, business] = await Promise.all([
            canSeeRegistration(ctx, registration),
            registration.businessId ? ctx.loaders.core.businessById.load(registration.businessId) : null,
          ]);
          return [
            visible ? registration.name : null,
            visible ? registration.email : null,
            business?.name,
            business?.kvkNumber,
            business ? registration.businessVerified : null,
            registration.status,
            toAmsterdamIso(registration.createdAt),
            registration.promotedAt && toAmsterdamIso(registration.promotedAt),
            registration.checkedInAt && toAmsterdamIso(registration.checkedInAt),
            registration.cancelledAt && toAmsterdamIso(registration.cancelledAt),
          ];
        }),
      );
      const day = inAmsterdam(event.startsAt).toISODate();
      sendCsv(res, `aanmeldingen-${day}-${slug(event.title)}.csv`, HEADER, rows);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) return deps.refuse(res, refusal.status, refusal.code, refusal.message);
      next(error);
    }
  });
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
