import pino from 'pino';
import type { AppConfig } from './config';

export type Logger = pino.Logger;

/** JSON lines; readable lines (pino-pretty) in development. */
export function createLogger(config: Pick<AppConfig, 'log'>): Logger {
  return pino({
    level: config.log.level,
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
  });
}
