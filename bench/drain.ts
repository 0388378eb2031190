import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { Registry } from 'prom-client';
import { throwawayDatabase } from '../src/cli/throwaway-database';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/database';
import { startWorker } from '../src/notification-worker';
import { startSmtpServer } from '../test/notifications/smtp';

/**
 * How fast queued mails drain (`npm run bench:drain`): N mails queued at once in a throwaway embedded
 * PostgreSQL after the real migrations, sent by one notification worker of the default concurrency to a real
 * SMTP server in this process (one SMTP connection per mail). Prints the time and the rate; fails unless every
 * mail arrived exactly once and the queue's metrics count them. `npm test` drains a few dozen mails only
 * (test/notifications/drain.cases.ts): this is the measurement.
 */

const USAGE = `npm run bench:drain -- [--mails N]   (default 1000)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { mails: { type: 'string', default: '1000' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) return console.log(USAGE);
  const count = Number(values.mails);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`--mails must be a whole number of at least 1\n\n${USAGE}`);
    process.exit(2);
  }

  const log = pino({ level: 'warn' });
  const database = await throwawayDatabase(log);
  const smtp = await startSmtpServer();
  const dataSource = createDataSource(database.url);
  const registry = new Registry();
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', SMTP_URL: smtp.url });
    await dataSource.query(
      `WITH n AS (INSERT INTO notification (kind, key, mail_count) VALUES ('bench.drain', 'bench.drain:1', $1)
                  RETURNING id),
            m AS (INSERT INTO mail_message (notification_id, kind, to_address, subject, text, html, status)
                  SELECT n.id, 'bench.drain', 'lezer' || i || '@example.nl', 'Bericht ' || i, 'Beste lezer,',
                         '<p>Beste lezer,</p>', 'PENDING'
                    FROM n, generate_series(1, $1) AS i RETURNING id)
       SELECT count(graphile_worker.add_job('mail', json_build_object('id', m.id), job_key => 'mail:' || m.id))
         FROM m`,
      [count],
    );
    const started = Date.now();
    const worker = await startWorker(config, dataSource, database.url, log, registry);
    try {
      await smtp.waitFor(() => smtp.mails.length >= count, Math.max(120_000, count * 500));
    } finally {
      await worker.stop();
    }
    const seconds = (Date.now() - started) / 1000;
    const [{ sent }] = await dataSource.query(
      `SELECT count(*)::int AS sent FROM mail_message WHERE kind = 'bench.drain' AND status = 'SENT'`,
    );
    const counted = (await registry.getSingleMetric('notifications_sent_total')?.get())?.values.find(
      (value) => value.labels.channel === 'mail',
    )?.value;
    const recipients = new Set(smtp.mails.map((mail) => JSON.stringify(mail.to)));
    if (smtp.mails.length !== count || recipients.size !== count || sent !== count || counted !== count) {
      throw new Error(
        `expected ${count} mails, each once: ${smtp.mails.length} arrived (${recipients.size} recipients), ` +
          `${sent} marked SENT, ${counted} counted`,
      );
    }
    console.log(
      `${count} queued mails drained in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(0)}/s), ` +
        `one worker of concurrency ${config.notifications.concurrency}`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await smtp.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
