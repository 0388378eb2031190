import { createHash } from 'node:crypto';
import path from 'node:path';
import { execute, parse } from 'graphql';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { DEFAULT_JWT_SECRET } from './config';
import { buildContext } from './context';
import type { Viewer } from './kit';
import type { Logger } from './logger';
import { modules } from './modules';
import type { NotificationSettings, NotificationWorker, WorkerDeps } from './modules/notifications';
import {
  configureNotifications,
  createNotificationMetrics,
  startNotificationWorker,
} from './modules/notifications';
import { getSchema } from './schema';

/** Where development keeps mails when there is no SMTP server. */
export const mailDir = (config: Pick<AppConfig, 'dataDir'>) => path.resolve(config.dataDir, 'mail');

/** The key of preference links: derived from the token secret, so a preference signature is no token. */
export function preferenceSecretOf(jwtSecret: string): string {
  return createHash('sha256').update(`notification-preferences:${jwtSecret}`).digest('hex');
}

/** The notifications module's settings from the configuration (also sets them for its resolvers). */
export function notificationSettings(config: AppConfig): NotificationSettings {
  const n = config.notifications;
  const settings: NotificationSettings = {
    frontendUrl: n.frontendUrl,
    preferenceSecret: preferenceSecretOf(config.jwt.secret || DEFAULT_JWT_SECRET),
    mail: {
      smtpUrl: n.smtpUrl,
      from: n.mailFrom,
      keepDir: config.env === 'production' ? null : mailDir(config),
      timeoutMs: n.smtpTimeoutMs,
    },
    webhooks: { ...n.webhooks, refusePrivate: config.env === 'production' },
    concurrency: n.concurrency,
  };
  configureNotifications(settings, modules);
  return settings;
}

/** Everything the worker needs from outside its module: the schema (webhook payloads), contexts, settings. */
export function workerDeps(
  config: AppConfig,
  dataSource: DataSource,
  databaseUrl: string,
  log: Logger,
  registry?: Registry,
): WorkerDeps {
  const schema = getSchema();
  const documents = new Map<string, ReturnType<typeof parse>>();
  return {
    databaseUrl,
    dataSource,
    log: log.child({ component: 'worker' }),
    modules,
    settings: notificationSettings(config),
    metrics: registry ? createNotificationMetrics(registry, dataSource) : undefined,
    createContext: (em) => {
      const ctx = buildContext(dataSource, { baseUrl: config.publicUrl ?? '' });
      ctx.em = em;
      ctx.loaders = ctx.createLoaders(ctx);
      return ctx;
    },
    async execute(viewer: Viewer, query: string, variables: Record<string, unknown>) {
      let document = documents.get(query);
      if (!document) documents.set(query, (document = parse(query)));
      const contextValue = buildContext(dataSource, { viewer, baseUrl: config.publicUrl ?? '' });
      const result = await execute({ schema, document, contextValue, variableValues: variables });
      if (result.errors?.length)
        log.warn({ errors: result.errors.map((e) => e.message) }, 'webhook payload query failed');
      return (result.data as Record<string, unknown> | null) ?? null;
    },
  };
}

export async function startWorker(
  config: AppConfig,
  dataSource: DataSource,
  databaseUrl: string,
  log: Logger,
  registry?: Registry,
): Promise<NotificationWorker> {
  return startNotificationWorker(workerDeps(config, dataSource, databaseUrl, log, registry));
}
