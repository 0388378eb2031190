import type { Cells } from '../support/authorization-matrix';
import { CALLERS, defineMatrix, everyone } from '../support/authorization-matrix';

const notFound = Object.fromEntries(CALLERS.map((caller) => [caller, 404])) as unknown as Cells;

/** The server's own routes. `/metrics` is open in development and test; see docs/operators.md for production. */
export const httpMatrix = defineMatrix({
  routes: {
    'GET /healthz': { path: '/healthz', cells: everyone },
    'GET /readyz': { path: '/readyz', cells: everyone },
    'GET /metrics': { path: '/metrics', cells: everyone },
    // Development and test only (never mounted in production): the mails kept without an SMTP server.
    'GET /dev/mail': { path: '/dev/mail', cells: everyone },
    'GET /dev/mail/:file': { path: '/dev/mail/none.eml', cells: notFound },
  },
});
