import pino from 'pino';
import type { AppConfig } from './config';

export type Logger = pino.Logger;

/**
 * Credentials never reach the logs. Nothing logs request headers today (the request line picks its fields),
 * so this guards what may be logged later: a request, its headers or the credentials of a context.
 */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers.cookie',
  'credentials',
  '*.credentials',
  'authorization',
  'apiKey',
];

/** JSON lines; readable lines (pino-pretty) in development. Tests pass a destination to read the lines. */
export function createLogger(config: Pick<AppConfig, 'log'>, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.log.level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    base: { service: 'regio-q4-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...(config.log.pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' },
          },
        }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
