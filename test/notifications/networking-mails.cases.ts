import type { ParsedMail } from 'mailparser';
import { DateTime } from 'luxon';
import { scanReminders } from '../../src/modules/notifications';
import { Role } from '../support/test-server';
import { clearTomorrow, createPublicEvent, FRONTEND, startMailTest } from './setup';

// What registrants hear of an event: a seat from the waitlist, a new time, a cancellation (each to the
// confirmed and waitlisted, never to who cancelled), and the reminder they can switch off through the signed
// link in it, while transactional mails keep coming.

let t: Awaited<ReturnType<typeof startMailTest>>;
let admin: Record<string, string>;
const today = DateTime.now().setZone('Europe/Amsterdam').startOf('day');

beforeAll(async () => {
  t = await startMailTest();
  admin = await t.server.token({ roles: [Role.ADMIN], sub: 'admin' });
  // Only this file's events fall tomorrow (the reminders below).
  await clearTomorrow(t.server, today);
});
afterAll(async () => {
  await t?.close();
});

const createEvent = (title: string, startsAt: DateTime, capacity: number) =>
  createPublicEvent(t.server, admin, title, startsAt, capacity);

async function register(eventId: string, name: string, email: string) {
  const { body } = await t.server.graphql<{
    registerForEvent: { registration: { status: string }; secret: string; userErrors: unknown[] };
  }>(
    `mutation ($id: ID!, $name: String!, $email: String!) {
       registerForEvent(input: { eventId: $id, name: $name, email: $email }) {
         registration { status } secret userErrors { code } } }`,
    { id: eventId, name, email },
  );
  expect(body.data!.registerForEvent.userErrors).toEqual([]);
  return body.data!.registerForEvent;
}

const subjects = (address: string, prefix: string) =>
  t.smtp
    .to(address)
    .map((m) => m.subject!)
    .filter((s) => s.startsWith(prefix));

/** Waits until `address` has a mail whose subject starts with `prefix`, and returns the newest. */
async function mailTo(address: string, prefix: string): Promise<ParsedMail> {
  await t.smtp.waitFor(() => subjects(address, prefix).length > 0);
  return t.smtp
    .to(address)
    .filter((m) => m.subject!.startsWith(prefix))
    .at(-1)!;
}

describe('mails to registrants', () => {
  it('tells a waitlisted registrant of a seat, then the confirmed and waitlisted of a move and a cancellation', async () => {
    const startsAt = today.plus({ days: 10, hours: 19 });
    const eventId = await createEvent('Kleine borrel', startsAt, 1);
    const first = await register(eventId, 'Eerste Gast', 'eerste@example.nl');
    const second = await register(eventId, 'Tweede Gast', 'tweede@example.nl');
    const third = await register(eventId, 'Derde Gast', 'derde@example.nl');
    expect([first, second, third].map((r) => r.registration.status)).toEqual([
      'CONFIRMED',
      'WAITLISTED',
      'WAITLISTED',
    ]);
    await mailTo('tweede@example.nl', 'U staat op de wachtlijst: Kleine borrel');

    // The first cancels: the second gets the seat and hears of it; the third stays on the waitlist.
    const cancelled = await t.server.graphql(
      `mutation ($secret: String!) { cancelRegistration(input: { secret: $secret }) { userErrors { code } } }`,
      { secret: first.secret },
    );
    expect(cancelled.body.data).toEqual({ cancelRegistration: { userErrors: [] } });
    const promoted = await mailTo('tweede@example.nl', 'Er is een plaats voor u vrijgekomen: Kleine borrel');
    expect(promoted.text).toContain('Beste Tweede Gast,');
    expect(promoted.text).toContain('Uw aanmelding is nu bevestigd.');
    expect(promoted.text).toContain(`${FRONTEND}/`);
    // Transactional: no link to switch it off.
    expect(promoted.text).not.toContain('Pas uw voorkeuren aan');

    // A new time: the confirmed and the waitlisted are told, with the old time; who cancelled is not.
    const moved = await t.server.graphql(
      `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { userErrors { code } } }`,
      {
        input: {
          id: eventId,
          startsAt: startsAt.plus({ days: 1 }).toISO(),
          endsAt: startsAt.plus({ days: 1, hours: 2 }).toISO(),
        },
      },
      admin,
    );
    expect(moved.body.data).toEqual({ updateEvent: { userErrors: [] } });
    for (const address of ['tweede@example.nl', 'derde@example.nl']) {
      const mail = await mailTo(address, 'Gewijzigd: Kleine borrel');
      expect(mail.text).toContain('„Kleine borrel” is verplaatst.');
      expect(mail.text).toMatch(/Nieuw: .*19:00, Slot Zeist/);
      expect(mail.text).toMatch(/Was: .*19:00, Slot Zeist, Zinzendorflaan 1, 3703 CE Zeist\./);
    }

    const called = await t.server.graphql(
      `mutation ($id: ID!) { cancelEvent(input: { id: $id }) { userErrors { code } } }`,
      { id: eventId },
      admin,
    );
    expect(called.body.data).toEqual({ cancelEvent: { userErrors: [] } });
    for (const address of ['tweede@example.nl', 'derde@example.nl']) {
      const mail = await mailTo(address, 'Afgelast: Kleine borrel');
      expect(mail.text).toContain('gaat niet door');
    }
    expect((await mailTo('derde@example.nl', 'Afgelast: Kleine borrel')).text).toContain('(wachtlijst)');

    // Nothing more for who cancelled, and each mail once (a moment for any duplicate to arrive).
    await new Promise((r) => setTimeout(r, 1000));
    expect(t.smtp.to('eerste@example.nl').map((m) => m.subject)).toEqual([
      'Aanmelding bevestigd: Kleine borrel',
    ]);
    expect(subjects('tweede@example.nl', '')).toEqual([
      'U staat op de wachtlijst: Kleine borrel',
      'Er is een plaats voor u vrijgekomen: Kleine borrel',
      'Gewijzigd: Kleine borrel',
      'Afgelast: Kleine borrel',
    ]);
    expect(subjects('derde@example.nl', '')).toEqual([
      'U staat op de wachtlijst: Kleine borrel',
      'Gewijzigd: Kleine borrel',
      'Afgelast: Kleine borrel',
    ]);
  });

  it('lets a recipient switch reminders off through the signed link, but not transactional mails', async () => {
    const tomorrow = today.plus({ days: 1, hours: 19 });
    const firstEvent = await createEvent('Eerste avond', tomorrow, 20);
    await register(firstEvent, 'Piet Jansen', 'piet@example.nl');
    await scanReminders(t.worker.delivery, today.plus({ hours: 9 }).toJSDate());
    const reminder = await mailTo('piet@example.nl', 'Morgen: Eerste avond');
    const link = new URL(/Pas uw voorkeuren aan: (\S+)/.exec(reminder.text!)![1]);
    expect(link.origin + link.pathname).toBe(`${FRONTEND}/meldingen/voorkeuren`);
    const email = link.searchParams.get('adres')!;
    const signature = link.searchParams.get('handtekening')!;
    expect(email).toBe('piet@example.nl');

    const PREFERENCES = `query ($email: String!, $signature: String!) {
      notificationPreferences(email: $email, signature: $signature) { kinds { kind optional enabled } } }`;
    const kindsOf = async () => {
      const { body } = await t.server.graphql<{
        notificationPreferences: { kinds: { kind: string; optional: boolean; enabled: boolean }[] };
      }>(PREFERENCES, { email, signature });
      return new Map(body.data!.notificationPreferences.kinds.map((k) => [k.kind, k]));
    };
    expect((await kindsOf()).get('networking.eventReminder')).toEqual({
      kind: 'networking.eventReminder',
      optional: true,
      enabled: true,
    });

    // Another address's signature opens nothing.
    const forged = await t.server.graphql(PREFERENCES, { email: 'jan@example.nl', signature });
    expect(forged.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const UPDATE = `mutation ($input: UpdateNotificationPreferencesInput!) {
      updateNotificationPreferences(input: $input) {
        preferences { kinds { kind enabled } } userErrors { code message field } } }`;
    // A transactional kind cannot be switched off; nothing changes.
    const refused = await t.server.graphql<{
      updateNotificationPreferences: {
        preferences: unknown;
        userErrors: { code: string; field: string[] }[];
      };
    }>(
      UPDATE,
      {
        input: { email, signature, mutedKinds: ['networking.eventReminder', 'networking.waitlistPromoted'] },
      },
      { 'accept-language': 'nl' },
    );
    expect(refused.body.errors).toBeUndefined();
    expect(refused.body.data!.updateNotificationPreferences.preferences).toBeNull();
    expect(refused.body.data!.updateNotificationPreferences.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'mutedKinds', '1'],
        message:
          'networking.waitlistPromoted kan niet worden uitgezet: dit stopt pas als het adres wordt verwijderd',
      },
    ]);
    expect((await kindsOf()).get('networking.eventReminder')!.enabled).toBe(true);

    const muted = await t.server.graphql(UPDATE, {
      input: { email, signature, mutedKinds: ['networking.eventReminder'] },
    });
    expect(muted.body.errors).toBeUndefined();
    expect((await kindsOf()).get('networking.eventReminder')!.enabled).toBe(false);

    // The next event: the confirmation still comes; the reminder does not, while another registrant's does.
    const secondEvent = await createEvent('Tweede avond', tomorrow, 20);
    await register(secondEvent, 'Piet Jansen', 'piet@example.nl');
    await register(secondEvent, 'Klaas de Wit', 'klaas@example.nl');
    await mailTo('piet@example.nl', 'Aanmelding bevestigd: Tweede avond');
    await scanReminders(t.worker.delivery, today.plus({ hours: 9, minutes: 5 }).toJSDate());
    await mailTo('klaas@example.nl', 'Morgen: Tweede avond');
    await new Promise((r) => setTimeout(r, 1000));
    expect(subjects('piet@example.nl', 'Morgen: ')).toEqual(['Morgen: Eerste avond']);
    const rows = await t.server.dataSource.query(
      `SELECT status FROM mail_message WHERE to_address = 'piet@example.nl' AND subject = 'Morgen: Tweede avond'`,
    );
    expect(rows).toEqual([{ status: 'SUPPRESSED' }]);
  });
});
