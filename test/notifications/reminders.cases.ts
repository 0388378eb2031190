import { DateTime } from 'luxon';
import { fromGlobalId } from '../../src/kit';
import type { NotificationWorker } from '../../src/modules/notifications';
import { scanReminders } from '../../src/modules/notifications';
import { startWorker } from '../../src/notification-worker';
import { Role } from '../support/test-server';
import { clearTomorrow, createPublicEvent, startMailTest } from './setup';

// Reminders the day before an event, from 09:00 Amsterdam time, with the clock in the test's hand: two
// workers (as two processes) scan the same minutes; each reminder fires once, and none for a cancelled event.

let t: Awaited<ReturnType<typeof startMailTest>>;
let second: NotificationWorker;
let admin: Record<string, string>;
const today = DateTime.now().setZone('Europe/Amsterdam').startOf('day');
const at = (hours: number, minutes = 0) => today.plus({ hours, minutes }).toJSDate();

beforeAll(async () => {
  t = await startMailTest();
  const url = (t.server.dataSource.options as { url: string }).url;
  second = await startWorker(t.server.config, t.server.dataSource, url, t.server.log);
  admin = await t.server.token({ roles: [Role.ADMIN], sub: 'admin' });
  // Only this file's events fall tomorrow.
  await clearTomorrow(t.server, today);
});
afterAll(async () => {
  await second?.stop();
  await t?.close();
});

async function eventTomorrow(title: string, email: string): Promise<string> {
  const id = await createPublicEvent(t.server, admin, title, today.plus({ days: 1, hours: 19 }), 10);
  const registered = await t.server.graphql(
    `mutation ($id: ID!, $email: String!) { registerForEvent(input: { eventId: $id, name: "Gast", email: $email }) {
       userErrors { code } } }`,
    { id, email },
  );
  expect(registered.body.data).toEqual({ registerForEvent: { userErrors: [] } });
  return id;
}

const reminders = (address: string) => t.smtp.to(address).filter((m) => m.subject!.startsWith('Morgen: '));

describe('event reminders', () => {
  it('fire once from 09:00 Amsterdam time across two workers, and not for a cancelled event', async () => {
    const heldId = await eventTomorrow('Ondernemersborrel', 'komt@example.nl');
    const cancelledId = await eventTomorrow('Afgelaste borrel', 'afgelast@example.nl');
    const cancelled = await t.server.graphql(
      `mutation ($id: ID!) { cancelEvent(input: { id: $id }) { userErrors { code } } }`,
      { id: cancelledId },
      admin,
    );
    expect(cancelled.body.data).toEqual({ cancelEvent: { userErrors: [] } });

    expect(await scanReminders(t.worker.delivery, at(8, 59))).toBe(0);
    const [a, b] = await Promise.all([
      scanReminders(t.worker.delivery, at(9)),
      scanReminders(second.delivery, at(9)),
    ]);
    // One of them enqueued it (or the workers' own cron did, at the real time, a moment earlier).
    expect(a + b).toBeLessThanOrEqual(1);
    // The workers' cron may already have scanned demo events before beforeAll moved them: only this file's count.
    const keys = await t.server.dataSource.query(
      `SELECT key FROM notification_reminder WHERE key LIKE ANY($1)`,
      [[heldId, cancelledId].map((id) => `networking.eventReminder:${fromGlobalId(id).id}:%`)],
    );
    expect(keys).toEqual([{ key: expect.stringContaining(fromGlobalId(heldId).id) }]);
    expect(await scanReminders(second.delivery, at(9, 1))).toBe(0);
    expect(await scanReminders(t.worker.delivery, at(20))).toBe(0);

    await t.smtp.waitFor(() => reminders('komt@example.nl').length > 0);
    await new Promise((r) => setTimeout(r, 1000));
    expect(reminders('komt@example.nl')).toHaveLength(1);
    const [mail] = reminders('komt@example.nl');
    expect(mail.subject).toBe('Morgen: Ondernemersborrel');
    expect(mail.text).toContain('Een herinnering: morgen is „Ondernemersborrel”.');
    expect(mail.text).toMatch(/om 19:00, Slot Zeist/);
    expect(mail.text).toContain('Pas uw voorkeuren aan: https://www.regioq4.test/');
    expect(reminders('afgelast@example.nl')).toEqual([]);
  });
});
