import type { NotificationWorker } from '../../src/modules/notifications';
import { startWorker } from '../../src/notification-worker';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { startSmtpServer } from './smtp';

// Queued mails drain to a real SMTP server (in this process) through one worker of the default concurrency,
// each exactly once; the queue's Prometheus metrics count them. A few dozen are enough for that: how fast
// 1,000 drain is measured by `npm run bench:drain` (bench/drain.ts, docs/notifications.md).

const COUNT = 60;
let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let worker: NotificationWorker | undefined;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ env: { SMTP_URL: smtp.url } });
  await server.dataSource.query('DELETE FROM graphile_worker._private_jobs');
});
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await smtp?.close();
});

const metric = (text: string, name: string) =>
  Number(new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);

it(`drains ${COUNT} queued mails, each exactly once, counted by the queue metrics`, async () => {
  await server.dataSource.query(
    `WITH n AS (INSERT INTO notification (kind, key, mail_count) VALUES ('test.drain', 'test.drain:1', $1)
                RETURNING id),
          m AS (INSERT INTO mail_message (notification_id, kind, to_address, subject, text, html, status)
                SELECT n.id, 'test.drain', 'lezer' || i || '@example.nl', 'Bericht ' || i, 'Beste lezer,',
                       '<p>Beste lezer,</p>', 'PENDING'
                  FROM n, generate_series(1, $1) AS i RETURNING id)
     SELECT count(graphile_worker.add_job('mail', json_build_object('id', m.id), job_key => 'mail:' || m.id))
       FROM m`,
    [COUNT],
  );
  const metrics = async () => (await fetch(`${server.url}/metrics`)).text();
  const url = (server.dataSource.options as { url: string }).url;
  worker = await startWorker(
    server.config,
    server.dataSource,
    url,
    server.log,
    server.server.metrics.registry,
  );
  expect(metric(await metrics(), 'notification_queue_depth{task="mail"}')).toBeGreaterThan(0);
  await smtp.waitFor(() => smtp.mails.length >= COUNT, 120_000);
  // Nothing is sent twice: the queue is empty and each recipient got one mail.
  const drained = async () => !/notification_queue_depth\{task="mail"\} [1-9]/.test(await metrics());
  for (const until = Date.now() + 10_000; !(await drained()) && Date.now() < until;)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(smtp.mails).toHaveLength(COUNT);
  expect(new Set(smtp.mails.map((mail) => mail.to && JSON.stringify(mail.to))).size).toBe(COUNT);
  expect(smtp.to('lezer1@example.nl')).toHaveLength(1);
  expect(smtp.to(`lezer${COUNT}@example.nl`)).toHaveLength(1);
  const [{ sent }] = await server.dataSource.query(
    `SELECT count(*)::int AS sent FROM mail_message WHERE kind = 'test.drain' AND status = 'SENT'`,
  );
  expect(sent).toBe(COUNT);
  const text = await metrics();
  expect(metric(text, 'notifications_sent_total{channel="mail"}')).toBe(COUNT);
  expect(text).not.toMatch(/notification_queue_depth\{task="mail"\} [1-9]/);
});
