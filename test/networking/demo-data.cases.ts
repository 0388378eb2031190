import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { DEMO_OPEN_EVENT } from '../../src/modules/networking/networking.seed';
import { vevents } from './fixtures';

// The demo data is placed relative to the day it is loaded: on any day, a newcomer sees upcoming events,
// can register for one, and finds recent news. (The templates of the test run are loaded at its start.)

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const DAY = 24 * 3600 * 1000;

const UPCOMING = `query Upcoming($from: DateTime!) {
  events(filter: { from: $from }, first: 20) {
    nodes { id title startsAt visibility capacity remainingCapacity status }
  }
}`;

interface Upcoming {
  events: {
    nodes: {
      id: string;
      title: string;
      startsAt: string;
      visibility: string;
      capacity: number | null;
      remainingCapacity: number | null;
      status: string;
    }[];
  };
}

test('the calendar feed lists upcoming public demo events', async () => {
  const res = await fetch(`${api.url}/feeds/events.ics`);
  expect(res.status).toBe(200);
  const events = vevents(await res.text());
  const upcoming = events.filter((e) => e.start.getTime() > Date.now());
  expect(upcoming.length).toBeGreaterThanOrEqual(3);
  expect(upcoming.map((e) => e.summary)).toContain(DEMO_OPEN_EVENT.title);
  // Within the next months, not years.
  expect(upcoming.every((e) => e.start.getTime() < Date.now() + 120 * DAY)).toBe(true);
});

test('events(filter: { from: now }) lists upcoming demo events, the registrable one among them', async () => {
  const res = await api.graphql<Upcoming>(UPCOMING, { from: new Date().toISOString() });
  expect(res.body.errors).toBeUndefined();
  const nodes = res.body.data!.events.nodes;
  expect(nodes.length).toBeGreaterThanOrEqual(3);
  expect(nodes.every((e) => e.visibility === 'PUBLIC')).toBe(true);
  const open = nodes.find((e) => e.title === DEMO_OPEN_EVENT.title)!;
  // The id the docs and the playground give, ready to paste.
  expect(open.id).toBe('RXZlbnQ6NWVlZDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAx');
  expect(open).toMatchObject({ capacity: 12, remainingCapacity: 4, status: 'SCHEDULED' });
  expect(new Date(open.startsAt).getTime()).toBeGreaterThan(Date.now());
});

test('public upcoming events are spread over the coming weeks and months, in each of the five municipalities', async () => {
  const res = await api.graphql<{
    events: { nodes: { startsAt: string; status: string; venue: { municipality: { cbsCode: string } } }[] };
  }>(
    `query Spread($from: DateTime!) {
      events(filter: { from: $from }, first: 50) { nodes { startsAt status venue { municipality { cbsCode } } } }
    }`,
    { from: new Date().toISOString() },
  );
  expect(res.body.errors).toBeUndefined();
  const scheduled = res.body.data!.events.nodes.filter((e) => e.status === 'SCHEDULED');
  expect(scheduled.length).toBeGreaterThanOrEqual(8);
  expect(new Set(scheduled.map((e) => e.venue.municipality.cbsCode))).toEqual(
    new Set(['GM0310', 'GM0312', 'GM0352', 'GM0355', 'GM1581']),
  );
  const days = scheduled.map((e) => (Date.parse(e.startsAt) - Date.now()) / DAY);
  // Something in the next two weeks, in each month after it, and nothing years away.
  expect(days.filter((d) => d < 14).length).toBeGreaterThanOrEqual(1);
  for (const [from, to] of [
    [14, 45],
    [45, 75],
    [75, 120],
  ]) {
    expect(days.filter((d) => d >= from && d < to).length).toBeGreaterThanOrEqual(2);
  }
});

test('registering for the small demo event works, and fills it up to a waitlist', async () => {
  const res = await api.graphql<Upcoming>(UPCOMING, { from: new Date().toISOString() });
  const open = res.body.data!.events.nodes.find((e) => e.title === DEMO_OPEN_EVENT.title)!;
  const register = (i: number) =>
    api.graphql<{
      registerForEvent: {
        registration: { status: string } | null;
        waitlistPosition: number | null;
        userErrors: { code: string }[];
      };
    }>(
      `mutation($input: RegisterForEventInput!) {
        registerForEvent(input: $input) { registration { status } waitlistPosition userErrors { code } }
      }`,
      { input: { eventId: open.id, name: `Nieuw Lid ${i}`, email: `nieuw.lid.${i}@example.nl` } },
    );
  const statuses: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const payload = (await register(i)).body.data!.registerForEvent;
    expect(payload.userErrors).toEqual([]);
    statuses.push(payload.registration!.status);
  }
  expect(statuses).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
});

test('the news starts with articles of the last weeks', async () => {
  const res = await api.graphql<{ articles: { nodes: { publishedAt: string }[] } }>(
    '{ articles(first: 3) { nodes { publishedAt } } }',
  );
  const dates = res.body.data!.articles.nodes.map((n) => new Date(n.publishedAt).getTime());
  expect(dates).toHaveLength(3);
  expect(dates.every((d) => d <= Date.now() && d > Date.now() - 45 * DAY)).toBe(true);
});

test('the docs’ demo member (KvK 15798472) organises the small event and sees its registrations', async () => {
  const member = await api.token({ roles: [Role.MEMBER], kvk: '15798472' });
  const res = await api.graphql<{
    me: { business: { name: string; associations: { shortName: string }[] } };
    event: { title: string; registrations: { totalCount: number } };
  }>(
    `query($id: ID!) {
      me { business { name associations { shortName } } }
      event(id: $id) { title registrations(first: 1) { totalCount } }
    }`,
    { id: 'RXZlbnQ6NWVlZDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAx' },
    member,
  );
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.me.business.associations.map((a) => a.shortName)).toContain('ZZO');
  expect(res.body.data!.event.title).toBe(DEMO_OPEN_EVENT.title);
  expect(res.body.data!.event.registrations.totalCount).toBeGreaterThanOrEqual(8);
});
