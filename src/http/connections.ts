import type http from 'node:http';
import type { AppConfig } from '../config';

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
