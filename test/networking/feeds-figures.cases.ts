import ical from 'node-ical';
import {
  CancelEventDocument,
  CreateStakeholderMeetingDocument,
  EventDetailsDocument,
  EventsDocument,
  EventsNestedDocument,
  NetworkingStatsDocument,
  NodeEventDocument,
  StakeholderMeetingsDocument,
  UpdateEventDocument,
  UpdateFollowUpActionDocument,
  HostsWithEventsDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import type { Fixtures } from './fixtures';
import { fixtures, vevents } from './fixtures';

let api: TestServer;
let f: Fixtures;
beforeAll(async () => {
  api = await startTestServer();
  f = await fixtures(api);
});
afterAll(() => api.close());

async function demoEventId(title: string): Promise<string> {
  const res = await api.graphql(EventsDocument, { first: 100, filter: { includeCancelled: true } }, f.admin);
  return res.body.data!.events.nodes.find((e) => e.title === title)!.id;
}

describe('iCalendar', () => {
  test('an event: local Amsterdam time with TZID and VTIMEZONE, stable UID, SEQUENCE = revision', async () => {
    const id = await demoEventId('Regionale netwerkbijeenkomst Regio Q4 & Rabobank Heuvelrug');
    const res = await fetch(`${api.url}/events/${id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20180315T190000');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const parsed = ical.sync.parseICS(text);
    expect(Object.values(parsed).some((c) => c?.type === 'VTIMEZONE')).toBe(true);
    const [event] = vevents(text);
    expect(event.start.toISOString()).toBe('2018-03-15T18:00:00.000Z'); // 19:00 in Amsterdam
    expect(event.start.tz).toBe('Europe/Amsterdam');
    expect(event.summary).toBe('Regionale netwerkbijeenkomst Regio Q4 & Rabobank Heuvelrug');
    expect(Number(event.sequence)).toBe(0);
    const details = await api.graphql(EventDetailsDocument, { id });
    expect(details.body.data?.event).toMatchObject({
      startsAtLocal: '2018-03-15T19:00:00+01:00',
      jsonLd: expect.objectContaining({
        '@type': 'Event',
        startDate: '2018-03-15T19:00:00+01:00',
        eventStatus: 'https://schema.org/EventScheduled',
        maximumAttendeeCapacity: 60,
        remainingAttendeeCapacity: 0,
      }),
    });
    expect(details.body.data?.event?.attendance.waitlisted).toBeGreaterThan(0);
    expect(details.body.data?.event?.attendance.fromOtherMunicipalities).toBeGreaterThan(0.5);
  });

  test('the feed: updates raise SEQUENCE, cancelled events say STATUS:CANCELLED, filters and 400s', async () => {
    const summer = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 6, 1, 17, 0)); // 19:00 CEST
    const id = await f.createEvent({
      title: 'Zomerfeest',
      startsAt: summer.toISOString(),
      endsAt: new Date(summer.getTime() + 3 * 3600_000).toISOString(),
      venue: {
        name: 'Kasteel Duurstede',
        address: 'Langs de Wal 6, 3961 BZ Wijk bij Duurstede',
        municipality: 'GM0352',
      },
      organisers: [f.association('OKW')],
      coHosts: [],
    });
    await api.graphql(UpdateEventDocument, { input: { id, description: 'Met muziek.' } }, f.admin);
    await api.graphql(CancelEventDocument, { input: { id } }, f.admin);
    const hidden = await f.createEvent({ title: 'Besloten', visibility: 'MEMBERS' });

    const feed = await fetch(`${api.url}/feeds/events.ics`);
    expect(feed.status).toBe(200);
    const text = await feed.text();
    // Summer time: 17:00 UTC is written as 19:00 Amsterdam wall-clock time, not as a UTC time.
    const day = `${summer.getUTCFullYear()}0701`;
    expect(text).toContain(`DTSTART;TZID=Europe/Amsterdam:${day}T190000`);
    expect(text).toContain(`DTEND;TZID=Europe/Amsterdam:${day}T220000`);
    const events = vevents(text);
    const uid = `${Buffer.from(id, 'base64url').toString().split(':')[1]}@regioq4.nl`;
    const event = events.find((e) => e.uid === uid)!;
    expect(event).toMatchObject({ status: 'CANCELLED', summary: 'Zomerfeest' });
    expect(Number(event.sequence)).toBe(2);
    expect(event.start.toISOString()).toBe(summer.toISOString());
    expect(events.some((e) => e.summary === 'Besloten')).toBe(false);
    const members = await fetch(`${api.url}/events/${hidden}.ics`);
    expect(members.status).toBe(404);

    const byMunicipality = vevents(
      await (await fetch(`${api.url}/feeds/events.ics?municipality=GM0352`)).text(),
    );
    // This event and the demo's upcoming ones in Wijk bij Duurstede (all organised by OKW), no others.
    const inWijk = events
      .filter((e) => String(e.location).includes('Wijk bij Duurstede'))
      .map((e) => e.uid)
      .sort();
    expect(inWijk).toContain(uid);
    expect(inWijk.length).toBeLessThan(events.length);
    expect(byMunicipality.map((e) => e.uid).sort()).toEqual(inWijk);
    for (const organisation of [f.association('OKW'), 'Ondernemerskring Wijk bij Duurstede']) {
      const res = await fetch(`${api.url}/feeds/events.ics?organisation=${encodeURIComponent(organisation)}`);
      expect(
        vevents(await res.text())
          .map((e) => e.uid)
          .sort(),
      ).toEqual(inWijk);
    }
    for (const query of ['municipality=Zeist', 'municipality=GM9999', 'organisation=Onbekend']) {
      expect((await fetch(`${api.url}/feeds/events.ics?${query}`)).status).toBe(400);
    }
  });
});

test('the SQL statement count of the feed does not grow with the events', async () => {
  const feedFor = async (cbsCode: string) => {
    const res = await fetch(`${api.url}/feeds/events.ics?municipality=${cbsCode}`);
    return { count: vevents(await res.text()).length, sql: (await api.logOf(res)).sqlCount };
  };
  const createInDeBilt = (i: number) =>
    f.createEvent({
      title: `De Bilt ${i}`,
      venue: { name: 'Het Lichtruim', address: 'Hessenweg 2, 3731 JK De Bilt', municipality: 'GM0310' },
      organisers: [f.association(i % 2 ? 'BCB' : 'ZZO')],
      coHosts: [f.organisation('Rabobank Heuvelrug')],
    });
  await createInDeBilt(0);
  const before = await feedFor('GM0310');
  for (let i = 1; i < 5; i += 1) await createInDeBilt(i);
  const after = await feedFor('GM0310');
  expect(after.count).toBe(before.count + 4);
  expect(after.sql).toBe(before.sql);
  expect(after.sql).toBeLessThanOrEqual(6);
});

test('the SQL statement count of a nested event list does not grow with the rows', async () => {
  for (let i = 0; i < 6; i += 1) await f.createEvent({ title: `Batch ${i}` });
  const small = await api.graphql(EventsNestedDocument, { first: 2 });
  const large = await api.graphql(EventsNestedDocument, { first: 100 });
  expect(small.body.errors).toBeUndefined();
  expect(large.body.data!.events.nodes.length).toBeGreaterThan(10);
  const [smallLog, largeLog] = [await api.logOf(small), await api.logOf(large)];
  expect(largeLog.sqlCount).toBe(smallLog.sqlCount);
  // The compiled list: the page with its hosts, their names, the venues' municipalities and the seats.
  expect(largeLog.sqlCount).toBe(1);
  // With COMPILED_LISTS=off the loaders answer the same in a statement each.
  api.config.compiledLists = false;
  try {
    const loaded = await api.graphql(EventsNestedDocument, { first: 100 });
    expect((await api.logOf(loaded)).sqlCount).toBeGreaterThanOrEqual(5);
    expect(loaded.body).toEqual(large.body);
  } finally {
    api.config.compiledLists = true;
  }
});

test('the events of every municipality, organisation and association in a list: the same as the filter, in constant statements', async () => {
  const small = await api.graphql(HostsWithEventsDocument, { first: 1 });
  const large = await api.graphql(HostsWithEventsDocument, { first: 20 });
  expect(large.body.errors).toBeUndefined();
  expect((await api.logOf(large)).sqlCount).toBe((await api.logOf(small)).sqlCount);

  const data = large.body.data!;
  for (const municipality of data.municipalities) {
    const filtered = await api.graphql(EventsDocument, {
      first: 20,
      filter: { municipality: municipality.cbsCode, includeCancelled: true },
    });
    expect(municipality.events.totalCount).toBe(filtered.body.data!.events.totalCount);
    expect(municipality.events.nodes.map((n) => n.id)).toEqual(
      filtered.body.data!.events.nodes.map((n) => n.id),
    );
  }
  const rabobank = data.organisations.find((o) => o.name === 'Rabobank Heuvelrug')!;
  expect(rabobank.events.totalCount).toBeGreaterThan(0);
  const hosted = data.associations.reduce((sum, a) => sum + a.events.totalCount, 0);
  expect(hosted).toBeGreaterThan(0);
});

describe('figures', () => {
  test('networkingStats: admins and reports:read keys only; one grouped query', async () => {
    const anonymous = await api.graphql(NetworkingStatsDocument, { year: 2018 });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers;
    const refused = await api.graphql(NetworkingStatsDocument, { year: 2018 }, partner);
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const reports = (await api.apiKey('Economic Board Utrecht', ['reports:read'])).headers;
    const res = await api.graphql(NetworkingStatsDocument, { year: 2018 }, reports);
    const stats = res.body.data!.networkingStats;
    // 2018 in the demo: March (60 seats, full), June workshop, October session; the August one was cancelled.
    expect(stats.eventsHeld).toBe(3);
    expect(stats.months.find((m) => m.month === 3)).toMatchObject({ eventsHeld: 1, registrations: 72 });
    expect(stats.months.find((m) => m.month === 8)).toMatchObject({ eventsHeld: 0, registrations: 0 });
    expect(stats.months.reduce((sum, m) => sum + m.registrations, 0)).toBe(stats.registrations);
    expect(stats.checkInRate).toBeGreaterThan(0);
    expect(stats.checkInRate).toBeLessThanOrEqual(1);
    expect(stats.shareFromOtherMunicipalities).toBeGreaterThan(0);
    expect((await api.logOf(res)).sqlCount).toBeLessThanOrEqual(3); // the API key look-up, its use, the figures

    const zeist = await api.graphql(NetworkingStatsDocument, { year: 2019, municipality: 'GM0355' }, f.admin);
    expect(zeist.body.data?.networkingStats.eventsHeld).toBe(2);
    // As every municipality argument: a malformed code is refused, and a typo does not read as a
    // municipality without events.
    const codeOf = async (municipality: string) =>
      (await api.graphql(NetworkingStatsDocument, { year: 2019, municipality }, f.admin)).body.errors?.[0]
        .extensions?.code;
    expect(await codeOf('Zeist')).toBe('BAD_USER_INPUT');
    expect(await codeOf('GM9999')).toBe('NOT_FOUND');
  });

  test('networkingStats: years and months are Amsterdam time, across DST', async () => {
    const at = (iso: string) => ({
      startsAt: iso,
      endsAt: new Date(new Date(iso).getTime() + 3600_000).toISOString(),
    });
    // 00:30 on 1 January 2016 (CET) and on 1 July 2016 (CEST): the day before in UTC.
    await f.createEvent({ title: 'Nieuwjaar 2016', ...at('2015-12-31T23:30:00Z') });
    await f.createEvent({ title: 'Zomer 2016', ...at('2016-06-30T22:30:00Z') });
    // 23:30 on 31 October 2016 (CET, after the switch): still October in Amsterdam and in UTC.
    await f.createEvent({ title: 'Herfst 2016', ...at('2016-10-31T22:30:00Z') });
    const of = async (year: number) =>
      (await api.graphql(NetworkingStatsDocument, { year }, f.admin)).body.data!.networkingStats;
    expect((await of(2015)).eventsHeld).toBe(0);
    const stats = await of(2016);
    expect(stats.eventsHeld).toBe(3);
    expect(stats.months.filter((m) => m.eventsHeld > 0).map((m) => [m.month, m.eventsHeld])).toEqual([
      [1, 1],
      [7, 1],
      [10, 1],
    ]);
  });
});

describe('stakeholder meetings', () => {
  test('admins only: the demo meetings, create and update', async () => {
    const member = await api.token({ roles: [Role.MEMBER], kvk: '10000089' });
    for (const headers of [{}, member, (await api.apiKey('U10', ['events:read', 'reports:read'])).headers]) {
      const res = await api.graphql(StakeholderMeetingsDocument, {}, headers);
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(res.body.errors?.[0].extensions?.code);
    }
    const list = await api.graphql(StakeholderMeetingsDocument, {}, f.admin);
    const meetings = list.body.data!.stakeholderMeetings.nodes;
    const aldermen = meetings.find((m) => m.title.includes('wethouders'))!;
    expect(aldermen.participants.filter((p) => p.portfolio === 'Economische Zaken')).toHaveLength(5);
    expect(meetings.map((m) => m.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('Nationaal Park'), expect.stringContaining('U10')]),
    );

    const created = await api.graphql(
      CreateStakeholderMeetingDocument,
      {
        input: {
          date: '2019-02-12',
          title: 'Overleg economische visie Zeist',
          participants: [
            { role: 'Wethouder', municipality: 'GM0355', portfolio: 'Economische Zaken' },
            { organisation: f.organisation('Economic Board Utrecht') },
          ],
          topics: ['Economische visie'],
          outcomes: ['Regio Q4 levert input'],
          actions: [{ description: 'Input opstellen', owner: 'Lex Geerts', dueDate: '2019-03-01' }],
        },
      },
      f.admin,
    );
    const meeting = created.body.data!.createStakeholderMeeting.meeting!;
    expect(meeting.participants[0]).toMatchObject({
      portfolio: 'Economische Zaken',
      municipality: { cbsCode: 'GM0355' },
    });
    const action = meeting.actions[0];
    expect(action.status).toBe('OPEN');
    const done = await api.graphql(
      UpdateFollowUpActionDocument,
      { input: { id: action.id, status: 'DONE' } },
      f.admin,
    );
    expect(done.body.data?.updateFollowUpAction.action?.status).toBe('DONE');
    const bad = await api.graphql(
      CreateStakeholderMeetingDocument,
      { input: { date: '2019-02-12', title: 'Leeg', participants: [{ role: 'Gast' }] } },
      f.admin,
    );
    expect(bad.body.data?.createStakeholderMeeting.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    const asMember = await api.graphql(
      CreateStakeholderMeetingDocument,
      { input: { date: '2019-02-12', title: 'X', participants: [] } },
      member,
    );
    expect(asMember.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const node = await api.graphql(NodeEventDocument, { id: meeting.id }, member);
    expect(node.body.data?.node).toBeNull();
  });
});
