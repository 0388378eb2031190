import { EventEmitter } from 'node:events';
import type { JobHelpers, Runner, TaskList, WorkerEvents } from 'graphile-worker';
import { Logger as GraphileLogger, run } from 'graphile-worker';
import { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  Context,
  MailDraft,
  ModuleDescriptor,
  NotificationJob,
  NotificationKind,
  NotificationRenderContext,
  Viewer,
} from '../../kit';
import { NOTIFY_TASK } from '../../kit';
import { layoutMail } from './mail-layout';
import type { Mailer } from './mailer';
import { createMailer } from './mailer';
import type { NotificationMetrics } from './notification.metrics';
import { MailStatus } from './notification.entity';
import type { NotificationSettings } from './settings';
import { WorkerLiveness } from './recovery';
import { preferencesUrl } from './settings';
import { deliverWebhook, WEBHOOK_TASK, webhookDeliveriesFor } from './webhook-delivery';

export const MAIL_TASK = 'mail';
export const REMINDERS_TASK = 'reminders';
export const RECOVER_TASK = 'recover-workers';
/** Mail retries: graphile-worker waits e^attempt seconds (capped at e^10, ~6 h): about 13 hours in all. */
export const MAIL_MAX_ATTEMPTS = 12;

/** The few log methods the worker uses (pino's). No addresses or names are ever logged. */
export interface Log {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
  debug(object: object, message: string): void;
}

export interface WorkerDeps {
  databaseUrl: string;
  dataSource: DataSource;
  log: Log;
  modules: ModuleDescriptor[];
  /** A context reading through `em` (renderers need no viewer; it is anonymous). */
  createContext(em: EntityManager): Context;
  /** Runs a GraphQL document as `viewer` (a webhook's payload as the partner's key sees it). */
  execute(
    viewer: Viewer,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Record<string, unknown> | null>;
  settings: NotificationSettings;
  metrics?: NotificationMetrics;
  /** The clock of reminders; tests move it. */
  clock?: () => Date;
}

/** What the tasks share: the kinds of every module, the mailer, the settings. */
export interface Delivery extends WorkerDeps {
  kinds: Map<string, NotificationKind<unknown>>;
  mailer: Mailer;
  now(): Date;
}

export function createDelivery(deps: WorkerDeps): Delivery {
  const kinds = new Map<string, NotificationKind<unknown>>();
  for (const module of deps.modules) {
    for (const kind of module.notifications ?? []) kinds.set(kind.name, kind as NotificationKind<unknown>);
  }
  return { ...deps, kinds, mailer: createMailer(deps.settings.mail), now: deps.clock ?? (() => new Date()) };
}

function renderContext(delivery: Delivery, em: EntityManager): NotificationRenderContext {
  return {
    ctx: delivery.createContext(em),
    frontendUrl: (path) => new URL(path, delivery.settings.frontendUrl).toString(),
    now: delivery.now(),
  };
}

/**
 * Renders a notification once: the row with its unique key is inserted in the same transaction as its mails
 * and their jobs, so a retry or a second process that gets the same key finds it and does nothing.
 */
export async function renderNotification(delivery: Delivery, job: NotificationJob): Promise<void> {
  const kind = delivery.kinds.get(job.kind);
  if (!kind) throw new Error(`unknown notification kind ${job.kind}`);
  await delivery.dataSource.transaction(async (em) => {
    const inserted = (await em.query(
      'INSERT INTO notification (kind, key) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING id',
      [kind.name, job.key],
    )) as { id: string }[];
    if (inserted.length === 0) return;
    const notificationId = inserted[0].id;
    const render = renderContext(delivery, em);
    const drafts = dedupe((await kind.mails?.(render, job.data)) ?? []);
    let muted = new Set<string>();
    if (kind.optional && drafts.length > 0) {
      const rows = (await em.query(
        'SELECT email FROM notification_preference WHERE email = ANY($1) AND $2 = ANY(muted_kinds)',
        [drafts.map((d) => d.to.trim().toLowerCase()), kind.name],
      )) as { email: string }[];
      muted = new Set(rows.map((r) => r.email));
    }
    if (drafts.length > 0) {
      const rows = drafts.map((draft) => {
        const mail = layoutMail(draft, kind.optional ? preferencesUrl(delivery.settings, draft.to) : null);
        return {
          notification_id: notificationId,
          kind: kind.name,
          to_address: mail.to,
          subject: mail.subject.slice(0, 300),
          text: mail.text,
          html: mail.html,
          status: muted.has(mail.to) ? MailStatus.SUPPRESSED : MailStatus.PENDING,
        };
      });
      // One statement for the rows and one for their jobs, however many recipients (an event's 60).
      const ids = (await em.query(
        `INSERT INTO mail_message (notification_id, kind, to_address, subject, text, html, status)
         SELECT notification_id, kind, to_address, subject, text, html, status::mail_status
           FROM jsonb_to_recordset($1::jsonb) AS r(notification_id uuid, kind text, to_address text,
                subject text, text text, html text, status text)
         RETURNING id, status`,
        [JSON.stringify(rows)],
      )) as { id: string; status: MailStatus }[];
      const pending = ids.filter((r) => r.status === MailStatus.PENDING).map((r) => r.id);
      await em.query(
        `SELECT graphile_worker.add_job($1, json_build_object('id', id), max_attempts => $2,
                job_key => 'mail:' || id)
           FROM unnest($3::uuid[]) AS id`,
        [MAIL_TASK, MAIL_MAX_ATTEMPTS, pending],
      );
      delivery.metrics?.suppressed.inc(ids.length - pending.length);
    }
    const webhooks = kind.webhook
      ? await webhookDeliveriesFor(delivery, em, render, kind, job.data, notificationId)
      : 0;
    await em.query('UPDATE notification SET mail_count = $2, webhook_count = $3 WHERE id = $1', [
      notificationId,
      drafts.length,
      webhooks,
    ]);
  });
}

/** One mail per address per notification (an address that is both invitee and contact gets one). */
function dedupe(drafts: MailDraft[]): MailDraft[] {
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    const address = draft.to.trim().toLowerCase();
    if (!address || seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}

/**
 * Sends one mail. A mail marked SENT is never sent again (a retried or duplicated job finds it so); the
 * graphile-worker job lock keeps two processes from sending the same one at the same time.
 */
export async function sendMail(
  delivery: Delivery,
  id: string,
  helpers?: Pick<JobHelpers, 'job'>,
): Promise<void> {
  const rows = (await delivery.dataSource.query(
    'SELECT id, to_address, subject, text, html, status FROM mail_message WHERE id = $1',
    [id],
  )) as { id: string; to_address: string; subject: string; text: string; html: string; status: MailStatus }[];
  const mail = rows[0];
  if (!mail || mail.status !== MailStatus.PENDING) return;
  const startedAt = Date.now();
  try {
    await delivery.mailer.send({
      to: mail.to_address,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.id}@regio-q4>`,
    });
  } catch (error) {
    const attempts = helpers?.job.attempts ?? 1;
    const final = helpers ? attempts >= helpers.job.max_attempts : false;
    const reason = describeError(error);
    await delivery.dataSource.query(
      `UPDATE mail_message SET attempts = attempts + 1, last_error = $2,
              status = CASE WHEN $3 THEN 'FAILED'::mail_status ELSE status END
        WHERE id = $1`,
      [id, reason.slice(0, 500), final],
    );
    (final ? delivery.metrics?.failed : delivery.metrics?.retried)?.inc({ channel: 'mail' });
    delivery.log.warn({ mailId: id, attempt: attempts, final, reason }, 'mail not sent');
    throw error;
  }
  await delivery.dataSource.query(
    `UPDATE mail_message SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = NULL
      WHERE id = $1`,
    [id],
  );
  delivery.metrics?.sent.inc({ channel: 'mail' });
  delivery.log.debug({ mailId: id, durationMs: Date.now() - startedAt }, 'mail sent');
}

/** The error's code and message without addresses (SMTP answers can quote the recipient). */
export function describeError(error: unknown): string {
  const err = error as { code?: string; responseCode?: number; message?: string };
  const message = (err.message ?? String(error)).replace(/[^\s<>@]+@[^\s<>@]+/g, '<address>');
  return [err.code, err.responseCode, message].filter(Boolean).join(' ');
}

/**
 * Asks every module's schedules what is due now and enqueues each reminder not enqueued yet: the unique key
 * of `notification_reminder` makes each fire once, however many processes scan at the same minute.
 */
export async function scanReminders(delivery: Delivery, now = delivery.now()): Promise<number> {
  let enqueued = 0;
  for (const module of delivery.modules) {
    for (const schedule of module.reminders ?? []) {
      const due = await schedule.due(delivery.createContext(delivery.dataSource.manager), now);
      if (due.length === 0) continue;
      const jobs = due.map((d) => ({ kind: d.kind.name, key: `${d.kind.name}:${d.key}`, data: d.data }));
      const [row] = (await delivery.dataSource.query(
        `WITH due AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS j(kind text, key text, data jsonb)),
              fresh AS (INSERT INTO notification_reminder (key) SELECT key FROM due
                        ON CONFLICT (key) DO NOTHING RETURNING key)
         SELECT count(graphile_worker.add_job($2, json_build_object('kind', due.kind, 'key', due.key,
                                                                     'data', due.data), max_attempts => 25))::int AS n
           FROM due JOIN fresh USING (key)`,
        [JSON.stringify(jobs), NOTIFY_TASK],
      )) as { n: number }[];
      enqueued += row.n;
    }
  }
  if (enqueued > 0) delivery.log.info({ reminders: enqueued }, 'reminders enqueued');
  return enqueued;
}

/** How long the worker waits before it starts again after its runner failed (a database outage). */
const RESTART_DELAY_MS = 5_000;

export interface NotificationWorker {
  delivery: Delivery;
  runner: Runner;
  stop(): Promise<void>;
}

/**
 * Starts graphile-worker on the queue: `notify` renders, `mail` sends, `webhook` delivers, and `reminders`
 * runs every minute from its crontab (graphile-worker's `known_crontabs` make each minute run once across
 * processes). Any number of processes may run it on one database.
 */
export async function startNotificationWorker(deps: WorkerDeps): Promise<NotificationWorker> {
  const delivery = createDelivery(deps);
  const pool = new Pool({
    connectionString: deps.databaseUrl,
    max: deps.settings.concurrency + 2,
    application_name: 'regio-q4-worker',
  });
  pool.on('error', (error) => deps.log.warn({ err: error }, 'worker pool: connection lost'));
  pool.on('connect', (client) =>
    client.on('error', (error) => deps.log.warn({ err: error }, 'worker: connection lost')),
  );
  const taskList: TaskList = {
    [NOTIFY_TASK]: async (payload) => renderNotification(delivery, payload as NotificationJob),
    [MAIL_TASK]: async (payload, helpers) => sendMail(delivery, (payload as { id: string }).id, helpers),
    [WEBHOOK_TASK]: async (payload) => deliverWebhook(delivery, (payload as { id: string }).id),
    [REMINDERS_TASK]: async () => {
      await scanReminders(delivery);
    },
    [RECOVER_TASK]: async () => {
      await liveness.sweep();
    },
  };
  const liveness = new WorkerLiveness(pool, deps.dataSource, deps.log);
  await liveness.start();
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked by a worker's id, or by its pool's id when the pool fetches for its workers.
  events.on('pool:create', ({ workerPool }) => liveness.recordWorker(workerPool.id));
  events.on('worker:create', ({ worker }) => liveness.recordWorker(worker.workerId));
  const logger = new GraphileLogger(() => (level, message, meta) => {
    if (level === 'error') deps.log.error({ ...meta }, `worker: ${message}`);
    else if (level === 'warning') deps.log.warn({ ...meta }, `worker: ${message}`);
    else deps.log.debug({ ...meta }, `worker: ${message}`);
  });
  let stopping: Promise<void> | undefined;
  const start = () =>
    run({
      pgPool: pool,
      concurrency: deps.settings.concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      logger,
      taskList,
      events,
      // Every minute; no backfill: a reminder that is due is still found by the next scan, and so is a dead
      // process's work.
      crontab: `* * * * * ${REMINDERS_TASK} ?max=1\n* * * * * ${RECOVER_TASK} ?max=1`,
      // Completing and failing jobs go through graphile-worker's batcher (delay 0: the next tick), which
      // retries during a database outage and then stops the runner with its error (started again below).
      // Unbatched, a failed job is reported without being awaited, and its rejection is handled by no one.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });
  let runner = await start();
  // The runner gives up when the database is gone for long (its promise rejects). The API must outlive a
  // database outage (answering 503 meanwhile), so the worker starts again once the database is back.
  const restartAfterFailure = (failed: Runner): void => {
    failed.promise.catch((error: unknown) => {
      if (stopping) return;
      deps.log.error({ err: error }, 'notification worker stopped by an error; starting again in 5 s');
      const retry = () => {
        if (stopping) return;
        start().then(
          (restarted) => {
            runner = restarted;
            deps.log.info({}, 'notification worker started again');
            restartAfterFailure(restarted);
          },
          () => setTimeout(retry, RESTART_DELAY_MS).unref(),
        );
      };
      setTimeout(retry, RESTART_DELAY_MS).unref();
    });
  };
  restartAfterFailure(runner);
  // A restart after a kill -9 finds the old process's jobs at once.
  await liveness.sweep();
  deps.log.info(
    { concurrency: deps.settings.concurrency, mail: delivery.mailer.describe },
    'notification worker started',
  );
  return {
    delivery,
    get runner() {
      return runner;
    },
    stop: () =>
      (stopping ??= (async () => {
        await runner.stop().catch(() => undefined); // a runner that failed has stopped already
        await liveness.stop();
        delivery.mailer.close();
        await pool.end();
      })()),
  };
}
