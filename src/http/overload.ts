import type { RequestHandler } from 'express';
import { ErrorCode } from '../kit';
import { sendError } from './errors';

/** Probes and metrics stay answerable under any load: they are how an operator sees the overload. */
const ALWAYS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * At most `max` requests in flight: past that, a request is answered at once with 503
 * SERVICE_UNAVAILABLE (and `Retry-After`) instead of queueing behind the others, so a burst makes some
 * requests fail fast rather than every request slow. A request counts until its response is done or its
 * client goes away.
 */
export function limitInFlight(max: number): RequestHandler {
  let inFlight = 0;
  return (req, res, next) => {
    if (ALWAYS.has(req.path)) return next();
    if (inFlight >= max) {
      return sendError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'The server is at capacity; retry shortly');
    }
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
    });
    next();
  };
}
