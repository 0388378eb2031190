import {
  BusinessRegistrationsDocument,
  CancelEventDocument,
  CancelRegistrationDocument,
  CheckInRegistrationDocument,
  CreateEventDocument,
  EventDetailsDocument,
  EventRegistrationsDocument,
  EventsWithRegistrationsDocument,
  NodeEventDocument,
  RegisterForEventDocument,
  RegistrationBySecretDocument,
  UpdateEventDocument,
} from '../__generated__/graphql';
import { hashSecret, toGlobalId } from '../../src/kit';
import { DEMO_OPEN_EVENT } from '../../src/modules/networking/networking.seed';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import type { Fixtures } from './fixtures';
import { DAY, fixtures } from './fixtures';

let api: TestServer;
let f: Fixtures;
/**
 * A business that is a member of ZZO today (so its member organises ZZO's events), and one that is not and has
 * no demo registrations (so the registrations the tests make are all it has).
 */
let organiserKvk: string;
let otherKvk: string;
/** Rows older than this file are the demo data of the template. */
const fileStartedAt = new Date();

beforeAll(async () => {
  api = await startTestServer();
  f = await fixtures(api);
  const [zzo] = await api.dataSource.query(
    `SELECT b.kvk_number FROM business b JOIN business_membership m ON m.business_id = b.id
       JOIN association a ON a.id = m.association_id
      WHERE a.short_name = 'ZZO' AND m.until IS NULL ORDER BY b.kvk_number LIMIT 1`,
  );
  const [other] = await api.dataSource.query(
    `SELECT b.kvk_number FROM business b WHERE NOT EXISTS (
       SELECT 1 FROM business_membership m JOIN association a ON a.id = m.association_id
        WHERE m.business_id = b.id AND a.short_name = 'ZZO')
        AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.business_id = b.id)
      ORDER BY b.kvk_number LIMIT 1`,
  );
  organiserKvk = zzo.kvk_number;
  otherKvk = other.kvk_number;
});
afterAll(() => api.close());

const register = (eventId: string, email: string, headers: Record<string, string> = {}, kvkNumber?: string) =>
  api.graphql(
    RegisterForEventDocument,
    { input: { eventId, name: `Persoon ${email}`, email, kvkNumber } },
    headers,
  );

async function counts(eventId: string) {
  const res = await api.graphql(EventDetailsDocument, { id: eventId }, f.admin);
  const e = res.body.data!.event!;
  return {
    confirmed: e.confirmedCount,
    waitlisted: e.waitlistCount,
    capacity: e.capacity,
    revision: e.revision,
  };
}

describe('registerForEvent', () => {
  test('confirms while seats are free, then waitlists with the position', async () => {
    const eventId = await f.createEvent({ capacity: 2 });
    const results = [];
    for (const email of ['a@example.nl', 'b@example.nl', 'c@example.nl', 'd@example.nl']) {
      const res = await register(eventId, email);
      results.push(res.body.data!.registerForEvent);
    }
    expect(results.map((r) => [r.registration?.status, r.waitlistPosition, r.userErrors])).toEqual([
      ['CONFIRMED', null, []],
      ['CONFIRMED', null, []],
      ['WAITLISTED', 1, []],
      ['WAITLISTED', 2, []],
    ]);
    // The registrant sees their own data in the payload and through the secret.
    expect(results[3].registration).toMatchObject({ name: 'Persoon d@example.nl', waitlistPosition: 2 });
    const own = await api.graphql(RegistrationBySecretDocument, { secret: results[3].secret! });
    expect(own.body.data?.registration).toMatchObject({ email: 'd@example.nl', waitlistPosition: 2 });
    expect(await counts(eventId)).toMatchObject({ confirmed: 2, waitlisted: 2 });

    // Cancelling a confirmed seat (by the registrant's secret) promotes the earliest waitlisted one.
    const cancel = await api.graphql(CancelRegistrationDocument, { input: { secret: results[0].secret! } });
    expect(cancel.body.data?.cancelRegistration).toMatchObject({
      registration: { id: results[0].registration!.id, status: 'CANCELLED' },
      promoted: [{ id: results[2].registration!.id, status: 'CONFIRMED' }],
      userErrors: [],
    });
    const again = await api.graphql(CancelRegistrationDocument, { input: { secret: results[0].secret! } });
    expect(again.body.data?.cancelRegistration.userErrors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
    const waiting = await api.graphql(RegistrationBySecretDocument, { secret: results[3].secret! });
    expect(waiting.body.data?.registration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });

    // After a cancellation the same e-mail address may register again.
    const back = await register(eventId, 'A@example.nl');
    expect(back.body.data?.registerForEvent).toMatchObject({ waitlistPosition: 2, userErrors: [] });
  });

  test('the same e-mail address twice (any case): DUPLICATE_REGISTRATION for organisers and admins, nothing changes', async () => {
    const eventId = await f.createEvent({ capacity: 5 });
    await register(eventId, 'Jan.Jansen@example.nl');
    const before = await counts(eventId);
    const organiser = await api.token({ roles: [Role.MEMBER], kvk: organiserKvk });
    for (const headers of [f.admin, organiser]) {
      const res = await register(eventId, 'jan.jansen@EXAMPLE.nl', headers);
      expect(res.body.data?.registerForEvent).toMatchObject({
        registration: null,
        secret: null,
        userErrors: [{ code: 'DUPLICATE_REGISTRATION', field: ['input', 'email'] }],
      });
    }
    expect(await counts(eventId)).toEqual(before);
  });

  test('anyone else cannot tell an address that is already registered from a new one (no attendance oracle)', async () => {
    const eventId = await f.createEvent({ capacity: 1 });
    await register(eventId, 'anna@example.nl');
    await register(eventId, 'bram@example.nl'); // waitlisted, position 1
    const before = await counts(eventId);
    const member = await api.token({ roles: [Role.MEMBER], kvk: otherKvk });
    const shape = (payload: Record<string, unknown> | undefined) => {
      const { registration, secret, ...rest } = payload as {
        registration: { id: string; name: string; email: string };
        secret: string;
      };
      return {
        ...rest,
        registration: { ...registration, id: typeof registration.id, name: '-', email: '-' },
        secret: secret.length,
      };
    };
    const answers = [];
    for (const headers of [{}, member]) {
      const again = await register(eventId, 'Anna@Example.nl', headers);
      const payload = again.body.data?.registerForEvent;
      // Nothing was stored, and the secret opens nothing.
      expect(await counts(eventId)).toEqual(before);
      const bySecret = await api.graphql(RegistrationBySecretDocument, { secret: payload!.secret! });
      expect(bySecret.body.data?.registration).toBeNull();
      answers.push(shape(payload));
    }
    // A new address gets the same answer: WAITLISTED at position 2, no user errors.
    const fresh = await register(eventId, 'carla@example.nl');
    expect(answers).toEqual([
      shape(fresh.body.data?.registerForEvent),
      shape(fresh.body.data?.registerForEvent),
    ]);
    expect(fresh.body.data?.registerForEvent).toMatchObject({
      registration: { status: 'WAITLISTED', waitlistPosition: 2 },
      waitlistPosition: 2,
      userErrors: [],
    });
  });

  test('before opening and after closing is REGISTRATION_CLOSED', async () => {
    const now = Date.now();
    const closed = await f.createEvent({
      registrationOpensAt: new Date(now - 10 * DAY).toISOString(),
      registrationClosesAt: new Date(now - DAY).toISOString(),
    });
    const notYet = await f.createEvent({ registrationOpensAt: new Date(now + DAY).toISOString() });
    const started = await f.createEvent({
      startsAt: new Date(now - 3600_000).toISOString(),
      endsAt: new Date(now + 3600_000).toISOString(),
    });
    for (const eventId of [closed, notYet, started]) {
      const res = await register(eventId, 'laat@example.nl');
      expect(res.body.data?.registerForEvent.userErrors.map((e) => e.code)).toEqual(['REGISTRATION_CLOSED']);
      expect(await counts(eventId)).toMatchObject({ confirmed: 0, waitlisted: 0 });
    }
  });

  test('a cancelled event is EVENT_CANCELLED, for registering and for changes', async () => {
    const eventId = await f.createEvent();
    const cancelled = await api.graphql(CancelEventDocument, { input: { id: eventId } }, f.admin);
    expect(cancelled.body.data?.cancelEvent.event).toMatchObject({ status: 'CANCELLED', revision: 1 });
    const res = await register(eventId, 'te-laat@example.nl');
    expect(res.body.data?.registerForEvent.userErrors.map((e) => e.code)).toEqual(['EVENT_CANCELLED']);
    const update = await api.graphql(UpdateEventDocument, { input: { id: eventId, title: 'Toch' } }, f.admin);
    expect(update.body.data?.updateEvent.userErrors.map((e) => e.code)).toEqual(['EVENT_CANCELLED']);
    const twice = await api.graphql(CancelEventDocument, { input: { id: eventId } }, f.admin);
    expect(twice.body.data?.cancelEvent.userErrors.map((e) => e.code)).toEqual(['EVENT_CANCELLED']);
    expect(await counts(eventId)).toMatchObject({ confirmed: 0, revision: 1 });
  });

  test('capacity: lowering below the confirmed count is refused, raising it promotes in order', async () => {
    const eventId = await f.createEvent({ capacity: 2 });
    const ids: string[] = [];
    for (const email of ['p1@example.nl', 'p2@example.nl', 'p3@example.nl', 'p4@example.nl']) {
      ids.push((await register(eventId, email)).body.data!.registerForEvent.registration!.id);
    }
    const before = await counts(eventId);
    const lower = await api.graphql(
      UpdateEventDocument,
      { input: { id: eventId, capacity: 1, title: 'Kleiner' } },
      f.admin,
    );
    expect(lower.body.data?.updateEvent).toMatchObject({
      event: null,
      userErrors: [{ code: 'CAPACITY_BELOW_CONFIRMED', field: ['input', 'capacity'] }],
    });
    expect(await counts(eventId)).toEqual(before);

    const raise = await api.graphql(UpdateEventDocument, { input: { id: eventId, capacity: 3 } }, f.admin);
    expect(raise.body.data?.updateEvent.event).toMatchObject({
      capacity: 3,
      confirmedCount: 3,
      waitlistCount: 1,
      revision: before.revision + 1,
    });
    const list = await api.graphql(EventRegistrationsDocument, { id: eventId, first: 10 }, f.admin);
    expect(
      list.body.data?.event?.registrations.nodes.map((r) => [r.id, r.status, r.waitlistPosition]),
    ).toEqual([
      [ids[0], 'CONFIRMED', null],
      [ids[1], 'CONFIRMED', null],
      [ids[2], 'CONFIRMED', null],
      [ids[3], 'WAITLISTED', 1],
    ]);
    const unlimited = await api.graphql(
      UpdateEventDocument,
      { input: { id: eventId, capacity: null } },
      f.admin,
    );
    expect(unlimited.body.data?.updateEvent.event).toMatchObject({ confirmedCount: 4, waitlistCount: 0 });
  });

  test('an unknown or hidden event, an unknown business or registration is NOT_FOUND', async () => {
    const hidden = await f.createEvent({ visibility: 'MEMBERS' });
    const gone = toGlobalId('Event', '00000000-0000-4000-8000-000000000000');
    for (const eventId of [hidden, gone]) {
      const res = await register(eventId, 'niemand@example.nl');
      expect(res.body.data?.registerForEvent).toMatchObject({
        registration: null,
        userErrors: [{ code: 'NOT_FOUND', field: ['input', 'eventId'] }],
      });
    }
    const open = await f.createEvent();
    const noBusiness = await register(open, 'zzp@example.nl', {}, '99999999');
    expect(noBusiness.body.data?.registerForEvent.userErrors).toMatchObject([
      { code: 'NOT_FOUND', field: ['input', 'kvkNumber'] },
    ]);
    expect(await counts(open)).toMatchObject({ confirmed: 0, waitlisted: 0 });
    const noSecret = await api.graphql(CancelRegistrationDocument, {
      input: { secret: 'x'.repeat(43) },
    });
    expect(noSecret.body.data?.cancelRegistration.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  test('invalid input is BAD_USER_INPUT with the fields', async () => {
    const start = new Date(Date.now() + 10 * DAY);
    const base = {
      title: 'Fout',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() - 3600_000).toISOString(),
      venue: { name: 'X', address: 'Y', municipality: 'GM0355' },
      kind: 'NETWORKING' as const,
      capacity: 0,
      organisers: [f.association('ZZO')],
      registrationOpensAt: start.toISOString(),
      registrationClosesAt: new Date(start.getTime() - DAY).toISOString(),
    };
    const res = await api.graphql(CreateEventDocument, { input: base }, f.admin);
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.body.errors?.[0].extensions?.fields as { path: string[] }[]).map((x) =>
      x.path.join('.'),
    );
    expect(fields).toEqual(
      expect.arrayContaining(['input.endsAt', 'input.capacity', 'input.registrationClosesAt']),
    );

    const eventId = await f.createEvent();
    const badEmail = await register(eventId, 'geen-adres');
    expect(badEmail.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // An update that would put the end before the stored start is a user error.
    const past = await api.graphql(
      UpdateEventDocument,
      { input: { id: eventId, endsAt: new Date(Date.now() + DAY).toISOString() } },
      f.admin,
    );
    expect(past.body.data?.updateEvent.userErrors.map((e) => e.code)).toEqual(['INVALID']);
  });
});

describe('who manages, who sees registrants', () => {
  test('organisers and admins check in; others are refused', async () => {
    const eventId = await f.createEvent({ capacity: 1 });
    const confirmed = (await register(eventId, 'in@example.nl')).body.data!.registerForEvent.registration!.id;
    const waitlisted = (await register(eventId, 'wacht@example.nl')).body.data!.registerForEvent.registration!
      .id;
    const outsider = await api.token({ roles: [Role.MEMBER], kvk: otherKvk });
    const organiser = await api.token({ roles: [Role.MEMBER], kvk: organiserKvk });

    const refused = await api.graphql(CheckInRegistrationDocument, { input: { id: confirmed } }, outsider);
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(CheckInRegistrationDocument, { input: { id: confirmed } });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const ok = await api.graphql(CheckInRegistrationDocument, { input: { id: confirmed } }, organiser);
    expect(ok.body.data?.checkInRegistration.registration?.checkedInAt).toEqual(expect.any(String));
    const twice = await api.graphql(CheckInRegistrationDocument, { input: { id: confirmed } }, f.admin);
    expect(twice.body.data?.checkInRegistration.userErrors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
    const notConfirmed = await api.graphql(
      CheckInRegistrationDocument,
      { input: { id: waitlisted } },
      f.admin,
    );
    expect(notConfirmed.body.data?.checkInRegistration.userErrors.map((e) => e.code)).toEqual([
      'NOT_ALLOWED',
    ]);
    const res = await api.graphql(EventDetailsDocument, { id: eventId });
    expect(res.body.data?.event?.attendance).toMatchObject({ confirmed: 1, waitlisted: 1, checkedIn: 1 });

    // A cancelled registration, and anyone at a cancelled event, cannot check in.
    const leaving = (await register(eventId, 'weg@example.nl')).body.data!.registerForEvent;
    await api.graphql(CancelRegistrationDocument, { input: { secret: leaving.secret! } });
    const cancelledReg = await api.graphql(
      CheckInRegistrationDocument,
      { input: { id: leaving.registration!.id } },
      f.admin,
    );
    expect(cancelledReg.body.data?.checkInRegistration).toMatchObject({
      registration: null,
      userErrors: [{ code: 'NOT_ALLOWED' }],
    });
    const other = await f.createEvent({ capacity: 5 });
    const guest = (await register(other, 'gast@example.nl')).body.data!.registerForEvent.registration!.id;
    await api.graphql(CancelEventDocument, { input: { id: other } }, f.admin);
    const atCancelled = await api.graphql(CheckInRegistrationDocument, { input: { id: guest } }, f.admin);
    expect(atCancelled.body.data?.checkInRegistration.userErrors.map((e) => e.code)).toEqual([
      'EVENT_CANCELLED',
    ]);
    const after = await api.graphql(EventDetailsDocument, { id: other }, f.admin);
    expect(after.body.data?.event?.attendance.checkedIn).toBe(0);
  });

  test('Business.registrations: admins and the business’s own member only', async () => {
    const eventId = await f.createEvent();
    const outsider = await api.token({ roles: [Role.MEMBER], kvk: otherKvk });
    await register(eventId, 'voor-bedrijf@example.nl', outsider);
    const organiser = await api.token({ roles: [Role.MEMBER], kvk: organiserKvk });
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers;
    for (const headers of [{}, organiser, partner]) {
      const res = await api.graphql(BusinessRegistrationsDocument, { kvkNumber: otherKvk }, headers);
      expect(res.body.data?.businessByKvkNumber?.registrations ?? null).toBeNull();
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    for (const headers of [f.admin, outsider]) {
      const res = await api.graphql(BusinessRegistrationsDocument, { kvkNumber: otherKvk }, headers);
      expect(res.body.data?.businessByKvkNumber?.registrations?.nodes).toEqual([
        expect.objectContaining({
          name: 'Persoon voor-bedrijf@example.nl',
          status: 'CONFIRMED',
          businessVerified: true,
        }),
      ]);
    }
  });

  test('naming a business one is not a member of shows the business nothing of the registrant', async () => {
    const eventId = await f.createEvent();
    const claimed = await register(eventId, 'claim@example.nl', {}, otherKvk);
    expect(claimed.body.data!.registerForEvent.userErrors).toEqual([]);
    const outsider = await api.token({ roles: [Role.MEMBER], kvk: otherKvk });
    const res = await api.graphql(BusinessRegistrationsDocument, { kvkNumber: otherKvk }, outsider);
    expect(res.body.data?.businessByKvkNumber?.registrations?.nodes).toContainEqual(
      expect.objectContaining({ name: null, businessVerified: false }),
    );
    const asAdmin = await api.graphql(BusinessRegistrationsDocument, { kvkNumber: otherKvk }, f.admin);
    expect(asAdmin.body.data?.businessByKvkNumber?.registrations?.nodes).toContainEqual(
      expect.objectContaining({ name: 'Persoon claim@example.nl', businessVerified: false }),
    );
  });

  test('names and e-mail addresses: admins, organisers and the registrant only', async () => {
    const eventId = await f.createEvent();
    const reg = (await register(eventId, 'geheim@example.nl')).body.data!.registerForEvent.registration!;
    const outsider = await api.token({ roles: [Role.MEMBER], kvk: otherKvk });
    const organiser = await api.token({ roles: [Role.MEMBER], kvk: organiserKvk });
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers;

    for (const headers of [{}, outsider, partner]) {
      const list = await api.graphql(EventRegistrationsDocument, { id: eventId, first: 10 }, headers);
      if (headers === outsider) {
        // A member sees only their own business's registrations: none here.
        expect(list.body.data?.event?.registrations.nodes).toEqual([]);
      } else {
        // Anonymous callers and API keys are refused.
        expect(list.body.data?.event?.registrations ?? null).toBeNull();
        expect(list.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      const node = await api.graphql(NodeEventDocument, { id: reg.id }, headers);
      expect(node.body.data?.node).toBeNull();
    }

    for (const headers of [f.admin, organiser]) {
      const list = await api.graphql(EventRegistrationsDocument, { id: eventId, first: 10 }, headers);
      expect(list.body.data?.event?.registrations.nodes).toEqual([
        expect.objectContaining({
          id: reg.id,
          name: 'Persoon geheim@example.nl',
          email: 'geheim@example.nl',
        }),
      ]);
    }
    // The outsider's own registration, for their business, is theirs to see.
    const mine = await register(eventId, 'eigen@example.nl', outsider);
    const own = await api.graphql(EventRegistrationsDocument, { id: eventId, first: 10 }, outsider);
    expect(own.body.data?.event?.registrations.nodes).toEqual([
      expect.objectContaining({
        id: mine.body.data!.registerForEvent.registration!.id,
        email: 'eigen@example.nl',
      }),
    ]);
  });

  test('members create events only for their own association', async () => {
    const organiser = await api.token({ roles: [Role.MEMBER], kvk: organiserKvk });
    await expect(f.createEvent({}, organiser)).resolves.toEqual(expect.any(String));
    await expect(f.createEvent({ organisers: [f.association('BCB')] }, organiser)).rejects.toThrow(
      /FORBIDDEN/,
    );
  });
});

test('Event.registrations in an event list: every event’s page in constant statements, in order of arrival', async () => {
  const small = await api.graphql(EventsWithRegistrationsDocument, { events: 2, first: 2 }, f.admin);
  const large = await api.graphql(EventsWithRegistrationsDocument, { events: 20, first: 50 }, f.admin);
  expect(small.body.errors).toBeUndefined();
  expect(large.body.errors).toBeUndefined();
  expect((await api.logOf(large)).sqlCount).toBe((await api.logOf(small)).sqlCount);

  const events = large.body.data!.events.nodes;
  const smallPages = new Map(small.body.data!.events.nodes.map((e) => [e.id, e.registrations]));
  expect(events.filter((e) => e.registrations.totalCount > 2).length).toBeGreaterThan(2);
  for (const event of events) {
    const smallPage = smallPages.get(event.id);
    const { totalCount, nodes, pageInfo } = event.registrations;
    expect(nodes).toHaveLength(Math.min(totalCount, 50));
    expect(pageInfo.hasNextPage).toBe(totalCount > 50);
    if (smallPage) {
      expect(smallPage.nodes).toEqual(nodes.slice(0, 2));
      expect(smallPage.pageInfo.hasNextPage).toBe(totalCount > 2);
    }
    // The same page as the event's own list, fetched alone.
    const alone = await api.graphql(EventRegistrationsDocument, { id: event.id, first: 50 }, f.admin);
    expect(alone.body.data!.event!.registrations.nodes.map((r) => r.id)).toEqual(nodes.map((r) => r.id));
  }
});

test('demo registrations have random secrets: none follows from the public event id', async () => {
  const rows: { event_id: string; secret_hash: string }[] = await api.dataSource.query(
    'SELECT event_id, secret_hash FROM registration WHERE created_at < $1',
    [fileStartedAt],
  );
  const events = [...new Set(rows.map((row) => row.event_id))];
  expect(events).toContain(DEMO_OPEN_EVENT.id);
  expect(rows.length).toBeGreaterThan(300);
  // Every hash is a SHA-256, each one different.
  expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.secret_hash))).toBe(true);
  expect(new Set(rows.map((row) => row.secret_hash)).size).toBe(rows.length);
  // No hash is that of a secret made from the event id (the uuid is in the event's global id) and a number.
  const stored = new Set(rows.map((row) => row.secret_hash));
  const guesses = events.flatMap((eventId) =>
    Array.from({ length: 200 }, (_, i) =>
      [`demo:${eventId}:${i}`, `${eventId}:${i}`, `${eventId}${i}`, eventId].map(hashSecret),
    ).flat(),
  );
  expect(guesses.filter((guess) => stored.has(guess)).length).toBe(0);

  // Through the API: the guessed secret of the playground's open event reads and cancels nothing.
  for (const i of [0, 1, 7]) {
    const secret = `demo:${DEMO_OPEN_EVENT.id}:${i}`;
    const read = await api.graphql(RegistrationBySecretDocument, { secret });
    expect(read.body).toEqual({ data: { registration: null } });
    const cancel = await api.graphql(CancelRegistrationDocument, { input: { secret } });
    expect(cancel.body.data?.cancelRegistration.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  }
  const [{ confirmed }] = await api.dataSource.query(
    `SELECT count(*)::int AS confirmed FROM registration WHERE event_id = $1 AND status = 'CONFIRMED'`,
    [DEMO_OPEN_EVENT.id],
  );
  expect(confirmed).toBe(8);
});
