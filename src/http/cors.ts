import cors from 'cors';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger';

/** Distinct refused origins warned about per process; past that, silence (random origins must not grow memory). */
const MAX_WARNED_ORIGINS = 100;

/**
 * CORS for the API and its feeds and pages. Callers authenticate with headers (`Authorization`,
 * `X-Api-Key`), never with cookies, so no credentials mode is needed. Apollo's CSRF prevention stays on:
 * a cross-origin request that a page could send without a preflight (a plain GET or a form POST) is still
 * refused by Apollo, while the headers allowed here make every real client's request one that needs a
 * preflight, which only the origins listed pass.
 */
export function corsMiddleware(origins: readonly string[], log: Logger): RequestHandler {
  const handler = cors({
    // `*` allows any origin; otherwise the list, and `Vary: Origin` keeps shared caches per origin.
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-api-key',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id', 'retry-after'],
    // Browsers cache a preflight for at most 2 hours (Chromium) or 24 (Firefox); 10 minutes is plenty.
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  // A refused preflight is still a 204, only without CORS headers: the browser blames the page, and the
  // log showed just `OPTIONS 204`. Warn once per origin (not per request: a page retries on every load).
  const allowed = new Set(origins);
  const warned = new Set<string>();
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (
      origin &&
      req.method === 'OPTIONS' &&
      req.headers['access-control-request-method'] &&
      !allowed.has('*') &&
      !allowed.has(origin) &&
      !warned.has(origin) &&
      warned.size < MAX_WARNED_ORIGINS
    ) {
      warned.add(origin);
      log.warn(
        { origin, allowedOrigins: origins },
        `CORS preflight from ${origin} refused: add the origin to CORS_ORIGINS (comma-separated) to let its pages call the API`,
      );
    }
    handler(req, res, next);
  };
}
