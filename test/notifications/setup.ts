import type { DateTime } from 'luxon';
import type { ParsedMail } from 'mailparser';
import type { NotificationWorker } from '../../src/modules/notifications';
import { startWorker } from '../../src/notification-worker';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { startSmtpServer } from './smtp';

export const FRONTEND = 'https://www.regioq4.test';

/**
 * A test server whose worker sends to a real SMTP server in the test process; with `metrics`, the worker
 * counts on the server's Prometheus registry (`/metrics`).
 */
export async function startMailTest(env: Record<string, string> = {}, options: { metrics?: boolean } = {}) {
  const smtp = await startSmtpServer();
  const server: TestServer = await startTestServer({
    env: { SMTP_URL: smtp.url, FRONTEND_URL: FRONTEND, ...env },
  });
  // The demo's own mails wait in the template's queue: not these tests' business.
  await server.dataSource.query('DELETE FROM graphile_worker._private_jobs');
  const url = (server.dataSource.options as { url: string }).url;
  const worker: NotificationWorker = await startWorker(
    server.config,
    server.dataSource,
    url,
    server.log,
    options.metrics ? server.server.metrics.registry : undefined,
  );
  return {
    smtp,
    server,
    worker,
    async close() {
      await worker.stop();
      await server.close();
      await smtp.close();
    },
  };
}

/** The links of a mail's plain text ("Label: https://…") by label, and its main button's link. */
export function linksOf(mail: ParsedMail): Map<string, string> {
  const links = new Map<string, string>();
  for (const match of (mail.text ?? '').matchAll(/^(.+?): (https?:\/\/\S+)$/gm))
    links.set(match[1], match[2]);
  return links;
}

/** The global id at the end of a frontend link. */
export const idInLink = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop()!);

/** A mail's plain text with the non-breaking spaces of Dutch amounts (`€ 12,00`) as plain ones. */
export const textOf = (mail: ParsedMail) => (mail.text ?? '').replace(/\u00a0/g, ' ');

/** Moves the demo's events of the day after `today` away, so that only a test's own events fall then. */
export async function clearTomorrow(server: TestServer, today: DateTime): Promise<void> {
  await server.dataSource.query(
    `UPDATE event SET starts_at = starts_at + interval '400 days', ends_at = ends_at + interval '400 days'
      WHERE starts_at >= $1 AND starts_at < $2`,
    [today.plus({ days: 1 }).toJSDate(), today.plus({ days: 2 }).toJSDate()],
  );
}

/** A public networking evening of two hours in Zeist, organised by ZZO, created by `admin`; its global id. */
export async function createPublicEvent(
  server: TestServer,
  admin: Record<string, string>,
  title: string,
  startsAt: DateTime,
  capacity: number,
): Promise<string> {
  const associations = await server.graphql<{ associations: { id: string; shortName: string }[] }>(
    '{ associations { id shortName } }',
  );
  const zzo = associations.body.data!.associations.find((a) => a.shortName === 'ZZO')!.id;
  const { body } = await server.graphql<{ createEvent: { event: { id: string } | null } }>(
    `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { code } } }`,
    {
      input: {
        title,
        description: 'Een avond voor ondernemers.',
        startsAt: startsAt.toISO(),
        endsAt: startsAt.plus({ hours: 2 }).toISO(),
        venue: { name: 'Slot Zeist', address: 'Zinzendorflaan 1, 3703 CE Zeist', municipality: 'GM0355' },
        kind: 'NETWORKING',
        capacity,
        visibility: 'PUBLIC',
        organisers: [zzo],
      },
    },
    admin,
  );
  return body.data!.createEvent.event!.id;
}
