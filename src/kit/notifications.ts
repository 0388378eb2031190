import type { Context } from './context';

/**
 * The outbox. A module declares the kinds of notification it sends (`notifications` in its descriptor) and
 * renders their mails next to its own code; a mutation calls `notify` inside its transaction. `notify` adds a
 * job to the PostgreSQL job queue (graphile-worker) in that same transaction with ONE statement, so a rolled
 * back mutation sends nothing and a committed one is sent even when the process dies right after the commit.
 * The notifications module delivers: it renders the mails when the job runs, keeps a log, and sends each mail
 * at most once per idempotency key (the key names the notification; the recipient's address completes it).
 */

/** The graphile-worker task that turns a notification into mails and webhook deliveries. */
export const NOTIFY_TASK = 'notify';

/** A mail a module wants sent, in Dutch; the notifications module lays it out as plain text and HTML. */
export interface MailDraft {
  to: string;
  /** For the greeting ("Beste …,"); null: "Beste lezer,". */
  name: string | null;
  subject: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** The page to go to, as a button in HTML and a line in plain text. */
  action?: { label: string; url: string };
  /** Further links, each on a line of its own. */
  links?: { label: string; url: string }[];
  /** Why this person receives this mail, shown at its foot ("U ontvangt deze e-mail omdat …"). */
  reason: string;
}

/** What a kind's renderer gets: a context reading through the delivery transaction, links and the clock. */
export interface NotificationRenderContext {
  ctx: Context;
  /** An absolute link into the frontend (`FRONTEND_URL` + path). */
  frontendUrl(path: string): string;
  now: Date;
}

/** A webhook event that a kind also announces to partners (`event.created`, …). */
export interface WebhookEvent {
  /** The object the event is about, as a GraphQL document whose `node(id: $id)` selection is the payload. */
  query: string;
  /** The global id of the object (null: the object is gone, as for `event.removed`). */
  id: string | null;
  /**
   * For an object that is gone: who could have read it, so that a partner never learns of an object its key
   * could not read. Ignored when `id` is given (the query then decides, as the key would see it).
   */
  visibleTo?: (scopes: string[]) => boolean;
  /** The payload's `data` for an object that is gone (`{ id }`). */
  tombstone?: Record<string, unknown>;
}

/** One kind of notification, declared by the module that sends it. */
export interface NotificationKind<D = Record<string, unknown>> {
  /** `<module>.<what>`, e.g. `networking.registrationConfirmed`; stored in the log. */
  name: string;
  /** What it is, for the logs and the preference page (English). */
  description: string;
  /**
   * Optional kinds (reminders) can be switched off by the recipient through the link in the mail; the others
   * (invitations, outcomes, promotions) stop only when the address is removed.
   */
  optional?: boolean;
  /** The mails to send, rendered from the database when the job runs (an empty list: none). */
  mails?: (render: NotificationRenderContext, data: D) => Promise<MailDraft[]>;
  /** The webhook event type (`event.cancelled`) and its object. */
  webhook?: (render: NotificationRenderContext, data: D) => Promise<(WebhookEvent & { type: string }) | null>;
}

export function defineNotification<D>(kind: NotificationKind<D>): NotificationKind<D> {
  return kind;
}

/**
 * A schedule of reminders: every minute the worker asks each schedule what is due at `now` (Amsterdam time
 * is the module's business) and enqueues what was not sent yet; the key makes each reminder fire once.
 * A schedule returns only what is still wanted: nothing for a cancelled event or request.
 */
export interface ReminderSchedule {
  name: string;
  due(ctx: Context, now: Date): Promise<{ kind: NotificationKind<never>; key: string; data: unknown }[]>;
}

/** The job's payload: the kind, the idempotency key, and the ids the renderer needs (no personal data). */
export interface NotificationJob {
  kind: string;
  key: string;
  data: unknown;
}

/** How often a notification's rendering is retried (graphile-worker's backoff: about four days in all). */
const NOTIFY_MAX_ATTEMPTS = 25;

/**
 * Enqueues a notification in the transaction of `tx`. `key` identifies the notification
 * (`<registration id>` for `networking.registrationConfirmed`): the same key is rendered and sent once, however
 * often it is enqueued or retried. `data` holds ids, not personal data: the renderer reads the rest.
 * Inside `withTransaction` it costs no statement of its own: all of a transaction's notifications are queued
 * by one statement just before the commit (so a mutation adds at most one). Elsewhere (the worker, seeds run
 * by hand) it adds the job at once.
 */
export async function notify<D>(tx: Context, kind: NotificationKind<D>, key: string, data: D): Promise<void> {
  const job: NotificationJob = { kind: kind.name, key: `${kind.name}:${key}`, data };
  if (tx.outbox) tx.outbox.push(job);
  else await addNotificationJobs(tx, [job]);
}

/** Queues the notifications `notify` collected in a transaction; called by `withTransaction` before it commits. */
export async function flushOutbox(tx: Context): Promise<void> {
  if (!tx.outbox || tx.outbox.length === 0) return;
  const jobs = tx.outbox.splice(0);
  await addNotificationJobs(tx, jobs);
}

async function addNotificationJobs(tx: Context, jobs: NotificationJob[]): Promise<void> {
  await tx.em.query(
    `SELECT graphile_worker.add_job($1, job, max_attempts => $2) FROM json_array_elements($3::json) AS job`,
    [NOTIFY_TASK, NOTIFY_MAX_ATTEMPTS, JSON.stringify(jobs)],
  );
}

/**
 * The mail addresses of token subjects (coaches, civil servants, posters) from the notifications module's
 * address book (`notification_address`): tokens carry no address. Subjects without one are missing.
 */
export async function addressesOfSubjects(
  ctx: Context,
  subjects: (string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(subjects.filter((s): s is string => !!s))];
  if (wanted.length === 0) return new Map();
  const rows = (await ctx.em.query(
    'SELECT subject, email FROM notification_address WHERE subject = ANY($1)',
    [wanted],
  )) as { subject: string; email: string }[];
  return new Map(rows.map((r) => [r.subject, r.email]));
}

/** Stores (or replaces) the mail address of a token subject in the address book (demo data, operators). */
export async function setSubjectAddress(ctx: Context, subject: string, email: string): Promise<void> {
  await ctx.em.query(
    `INSERT INTO notification_address (subject, email) VALUES ($1, $2)
     ON CONFLICT (subject) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
    [subject, email.trim().toLowerCase()],
  );
}

/** HTML-escapes text for the mail layout and renderers that build HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const dutchDateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dutchDate = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "donderdag 15 maart 2018 om 19:00" in Amsterdam time, for mails. */
export function formatDutchDateTime(instant: Date): string {
  return dutchDateTime.format(instant).replace(/(?:,| om)? (\d\d:\d\d)$/, ' om $1');
}

/** "donderdag 15 maart 2018" in Amsterdam time. */
export function formatDutchDate(instant: Date | string): string {
  return dutchDate.format(typeof instant === 'string' ? new Date(`${instant}T12:00:00Z`) : instant);
}

/** "€ 12.500,00". */
export function formatEuro(amount: number | string): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(Number(amount));
}
