import { defineMatrix, everyone } from '../support/authorization-matrix';

/** The server's own routes. `/metrics` is open in development and test; see docs/operators.md for production. */
export const httpMatrix = defineMatrix({
  routes: {
    'GET /healthz': { path: '/healthz', cells: everyone },
    'GET /readyz': { path: '/readyz', cells: everyone },
    'GET /metrics': { path: '/metrics', cells: everyone },
  },
});
