import express from 'express';
import type { Router } from 'express';
import type { RouteDeps } from '../../kit';
import { ErrorCode, singleQueryValue } from '../../kit';
import { confirmApplication } from './application.service';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1>${body}</body></html>`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * `GET /applications/confirm?token=` (the mailed link) shows a button; the `POST` it sends confirms. A GET
 * changes nothing, because mail scanners and link previews open links before people do.
 */
export function applicationsRoutes(router: Router, deps: RouteDeps): void {
  router.get('/applications/confirm', (req, response) => {
    const token = singleQueryValue(req.query.token);
    if (!token)
      return deps.refuse(response, 400, ErrorCode.BAD_USER_INPUT, 'Give the token of the link once');
    response
      .type('html')
      .send(
        page(
          'Aanmelding bevestigen',
          `<form method="post" action="/applications/confirm"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
            '<button type="submit">Bevestig mijn e-mailadres</button></form>',
        ),
      );
  });

  router.post(
    '/applications/confirm',
    express.urlencoded({ extended: false, limit: '2kb' }),
    async (req, response, next) => {
      try {
        const token = typeof req.body?.token === 'string' ? req.body.token : '';
        const ctx = deps.createContext({
          requestId: String(response.getHeader('x-request-id') ?? ''),
          baseUrl: deps.baseUrlOf(req),
        });
        const result =
          token.length >= 20 && token.length <= 100 ? await confirmApplication(ctx, { token }) : null;
        if (!result?.application) {
          response
            .status(404)
            .type('html')
            .send(
              page('Link onbekend of verlopen', '<p>Deze link is onbekend, al gebruikt of verlopen.</p>'),
            );
          return;
        }
        response
          .type('html')
          .send(
            page(
              'Bedankt',
              '<p>Uw e-mailadres is bevestigd. De aanmelding wacht nu op de beoordeling door de vereniging of ' +
                'Regio Q4; u krijgt bericht van het besluit.</p>',
            ),
          );
      } catch (error) {
        next(error);
      }
    },
  );
}
