import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { Express, RequestHandler } from 'express';
import express from 'express';
import type { AppConfig } from '../config';
import type { Metrics } from '../metrics';

export interface MetricsEndpoint {
  /** With METRICS_PORT: starts the internal listener; resolves with its URL (else undefined). */
  listen(host: string): Promise<string | undefined>;
  close(): Promise<void>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `/metrics` shows operation names, error rates and pool state: not for the public. With METRICS_PORT it is
 * served on that port only (an internal listener, not behind the public balancer) and the public port
 * answers 404; with METRICS_TOKEN it asks for `Authorization: Bearer <token>` (both may be set). With
 * neither, it is open on the public port in development and test, and not served at all in production.
 */
export function mountMetrics(app: Express, config: AppConfig, metrics: Metrics): MetricsEndpoint {
  const handler: RequestHandler = async (req, res) => {
    const token = config.metrics.token;
    if (token) {
      const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
      if (!match || !sameSecret(match[1], token)) {
        res.status(401).set('www-authenticate', 'Bearer').type('text/plain').send('Unauthorized\n');
        return;
      }
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };

  if (config.metrics.port === undefined) {
    if (config.env !== 'production' || config.metrics.token) app.get('/metrics', handler);
    return { listen: async () => undefined, close: async () => {} };
  }
  const internal = express();
  internal.disable('x-powered-by');
  internal.get('/metrics', handler);
  const server = http.createServer(internal);
  return {
    listen: (host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.metrics.port, host, () => {
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : config.metrics.port;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${port}/metrics`);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
