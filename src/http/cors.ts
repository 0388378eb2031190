import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS for the API and its feeds and pages. Callers authenticate with headers (`Authorization`,
 * `X-Api-Key`), never with cookies, so no credentials mode is needed. Apollo's CSRF prevention stays on:
 * a cross-origin request that a page could send without a preflight (a plain GET or a form POST) is still
 * refused by Apollo, while the headers allowed here make every real client's request one that needs a
 * preflight, which only the origins listed pass.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler {
  return cors({
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
}
