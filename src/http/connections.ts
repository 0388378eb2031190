import type http from 'node:http';
import type { RequestHandler } from 'express';
import type { AppConfig } from '../config';
import { ErrorCode } from '../kit';
import { sendError } from './errors';

/**
 * Options for `http.createServer`: how often Node looks for requests past their header or request timeout.
 * Node's default of 30 s would let a slow client hold its socket up to 30 s past the timeout; a tenth of
 * the header timeout keeps the overrun small.
 */
export function httpServerOptions(config: AppConfig): http.ServerOptions {
  return {
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(config.http.headersTimeoutMs / 10))),
  };
}

/**
 * Slow clients (a byte a second) and idle keep-alive sockets must not hold connections: the headers must
 * arrive within HEADERS_TIMEOUT_MS and the whole request within REQUEST_TIMEOUT_MS, idle keep-alive
 * sockets close after KEEP_ALIVE_TIMEOUT_MS, and past MAX_CONNECTIONS new sockets are refused at once.
 */
export function limitConnections(server: http.Server, config: AppConfig): void {
  server.headersTimeout = config.http.headersTimeoutMs;
  server.requestTimeout = Math.max(config.http.requestTimeoutMs, config.http.headersTimeoutMs);
  server.keepAliveTimeout = config.http.keepAliveTimeoutMs;
  server.maxConnections = config.http.maxConnections;
}

/** How long the listener stays open after a shutdown began, with nothing new arriving (at most 10×). */
const SHUTDOWN_QUIET_MS = 100;

export interface Drain {
  /**
   * First in the chain: once draining, a request on a connection opened before is still answered, with
   * `Connection: close`; one on a connection opened since is refused with 503 and `Connection: close`.
   */
  middleware: RequestHandler;
  /**
   * Stops the server without resetting a request that has already arrived; resolves when every connection
   * is closed. Requests in flight finish (for at most `graceMs`, then their sockets are closed).
   */
  close(): Promise<void>;
}

/**
 * A graceful stop that resets nothing. Closing the listener at once (as `server.close()` and Apollo's drain
 * plugin do) resets what the kernel has already accepted but Node not yet (the listen backlog), and
 * closing idle sockets at once resets a socket whose request bytes are there but not yet read: a burst
 * that arrived just before Ctrl-C failed with ECONNRESET, unlogged. So the listener stays open until
 * nothing new has arrived for a moment. A request on a connection opened before the signal is answered (it
 * may have been sent well before, and merely not read yet); one on a connection opened since is refused
 * with a clean 503. Every response from then on is sent with `Connection: close`.
 */
export function createDrain(server: http.Server, graceMs: number): Drain {
  let draining: Promise<void> | undefined;
  let lastArrival = 0;
  const inFlight = new Set<http.ServerResponse>();
  const openedWhileDraining = new WeakSet<object>();
  server.on('connection', (socket) => {
    lastArrival = Date.now();
    if (draining) openedWhileDraining.add(socket);
  });

  const closeConnections = async () => {
    const started = Date.now();
    lastArrival = started;
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    do {
      await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_QUIET_MS / 4));
      // After the poll phase that follows the timer: a loop busy with requests sees what is waiting only
      // there, and must not take its own delay for quiet.
      await new Promise((resolve) => setImmediate(resolve));
    } while (Date.now() - lastArrival < SHUTDOWN_QUIET_MS && Date.now() - started < 10 * SHUTDOWN_QUIET_MS);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Sockets without a request (every byte that came before the signal has been read by now) close now,
    // the others once their response is sent; past the grace period they are closed regardless.
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(timer);
  };

  return {
    middleware: (req, res, next) => {
      if (draining) {
        lastArrival = Date.now();
        res.setHeader('connection', 'close');
      }
      if (draining && openedWhileDraining.has(req.socket)) {
        return sendError(
          res,
          503,
          ErrorCode.SERVICE_UNAVAILABLE,
          'The server is shutting down; retry shortly',
        );
      }
      inFlight.add(res);
      res.once('close', () => inFlight.delete(res));
      next();
    },
    close: () => (draining ??= closeConnections()),
  };
}
