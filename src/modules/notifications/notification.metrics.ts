import type { Registry } from 'prom-client';
import { Counter, Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';

/** Prometheus metrics of the queue and its deliveries, on the server's registry. */
export function createNotificationMetrics(registry: Registry, dataSource: DataSource) {
  const counter = (name: string, help: string) =>
    new Counter({ name, help, labelNames: ['channel'] as const, registers: [registry] });
  new Gauge({
    name: 'notification_queue_depth',
    help: 'Jobs waiting in the queue (notifications, mails, webhook deliveries), by task.',
    labelNames: ['task'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        const rows = (await dataSource.query(
          `SELECT t.identifier AS task, count(*)::int AS n
             FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
            WHERE j.attempts < j.max_attempts GROUP BY t.identifier`,
        )) as { task: string; n: number }[];
        for (const row of rows) this.set({ task: row.task }, row.n);
      } catch {
        // The database is away: /readyz says so; the gauge stays empty.
      }
    },
  });
  return {
    sent: counter('notifications_sent_total', 'Mails accepted by the mail server and webhooks delivered.'),
    failed: counter('notifications_failed_total', 'Mails and webhook deliveries given up after every retry.'),
    retried: counter('notifications_retried_total', 'Failed attempts that will be retried.'),
    suppressed: new Counter({
      name: 'notifications_suppressed_total',
      help: 'Mails of optional kinds not sent because the recipient switched them off.',
      registers: [registry],
    }),
  };
}

export type NotificationMetrics = ReturnType<typeof createNotificationMetrics>;
