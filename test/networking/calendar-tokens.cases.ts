import type { VEvent } from 'node-ical';
import {
  CreateApiKeyWithFeedDocument,
  RevokeApiKeyForFeedDocument,
  RotateApiKeyFeedTokenDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import type { Fixtures } from './fixtures';
import { fixtures, vevents } from './fixtures';

let api: TestServer;
let f: Fixtures;
beforeAll(async () => {
  api = await startTestServer();
  f = await fixtures(api);
});
afterAll(() => api.close());

const uidOf = (globalId: string) =>
  `${Buffer.from(globalId, 'base64url').toString().split(':')[1]}@regioq4.nl`;

/** node-ical gives a property with parameters as `{ params, val }`. */
const urlOf = (event: VEvent) => {
  const url = event.url as unknown as string | { val: string };
  return typeof url === 'string' ? url : url.val;
};

async function calendar(
  url: string,
): Promise<{ status: number; uids: string[]; events: VEvent[]; cache: string }> {
  const res = await fetch(url);
  const text = await res.text();
  const events = res.status === 200 ? vevents(text) : [];
  return {
    status: res.status,
    uids: events.map((e) => e.uid),
    events,
    cache: res.headers.get('cache-control') ?? '',
  };
}

async function createKey(scopes: ('EVENTS_READ' | 'REPORTS_READ')[]) {
  const res = await api.graphql(
    CreateApiKeyWithFeedDocument,
    {
      input: { organisationId: f.organisation('Nationaal Park Utrechtse Heuvelrug'), name: 'agenda', scopes },
    },
    f.admin,
  );
  const created = res.body.data!.createApiKey;
  expect(created.userErrors).toEqual([]);
  return { id: created.apiKey!.id, icsUrl: created.icsUrl! };
}

describe('calendar subscription URLs of API keys', () => {
  test('the feed of an events:read key holds PARTNERS events, the public feed does not; each VEVENT has a URL', async () => {
    const partners = await f.createEvent({ title: 'Voor partners', visibility: 'PARTNERS' });
    const members = await f.createEvent({ title: 'Voor leden', visibility: 'MEMBERS' });
    const open = await f.createEvent({ title: 'Voor iedereen', visibility: 'PUBLIC' });
    const key = await createKey(['EVENTS_READ']);
    expect(key.icsUrl).toMatch(new RegExp(`^${api.url}/feeds/events\\.ics\\?token=q4f_[A-Za-z0-9_-]{43}$`));

    const withToken = await calendar(key.icsUrl);
    expect(withToken.status).toBe(200);
    expect(withToken.uids).toEqual(expect.arrayContaining([uidOf(partners), uidOf(open)]));
    expect(withToken.uids).not.toContain(uidOf(members));
    expect(withToken.cache).toBe('private, no-store');
    const event = withToken.events.find((e) => e.uid === uidOf(partners))!;
    expect(urlOf(event)).toBe(`${api.url}/events/${partners}.ics`);

    const anonymous = await calendar(`${api.url}/feeds/events.ics`);
    expect(anonymous.uids).toContain(uidOf(open));
    expect(anonymous.uids).not.toContain(uidOf(partners));
    // The public feed may be cached (publicly once PUBLIC_URL is set; here its links come from Host).
    expect(anonymous.cache).toBe('private, max-age=300');

    // Filters work with the token; a key without events:read gets public events only.
    const zeist = await calendar(`${key.icsUrl}&municipality=GM0355`);
    expect(zeist.uids).toContain(uidOf(partners));
    const reports = await createKey(['REPORTS_READ']);
    expect((await calendar(reports.icsUrl)).uids).not.toContain(uidOf(partners));

    // One event: hidden without the token, there with it.
    const single = `${api.url}/events/${partners}.ics`;
    expect((await calendar(single)).status).toBe(404);
    const token = new URL(key.icsUrl).searchParams.get('token')!;
    const one = await calendar(`${single}?token=${token}`);
    expect(one.status).toBe(200);
    expect(one.uids).toEqual([uidOf(partners)]);
  });

  test('rotating the feed token or revoking the key stops the old URL', async () => {
    await f.createEvent({ title: 'Voor partners', visibility: 'PARTNERS' });
    const key = await createKey(['EVENTS_READ']);
    const rotated = await api.graphql(RotateApiKeyFeedTokenDocument, { id: key.id }, f.admin);
    const newUrl = rotated.body.data!.rotateApiKeyFeedToken.icsUrl!;
    expect(newUrl).not.toBe(key.icsUrl);
    const refused = await fetch(key.icsUrl);
    expect(refused.status).toBe(401);
    // Dutch by default: a calendar app sends no Accept-Language for a subscription
    expect(await refused.text()).toMatch(/Onbekend of ingetrokken agendatoken/);
    expect((await calendar(newUrl)).status).toBe(200);

    await api.graphql(RevokeApiKeyForFeedDocument, { id: key.id }, f.admin);
    expect((await calendar(newUrl)).status).toBe(401);
    const token = new URL(newUrl).searchParams.get('token')!;
    const anyEvent = (await calendar(`${api.url}/feeds/events.ics`)).events[0];
    expect(anyEvent).toBeDefined();
    expect((await fetch(`${urlOf(anyEvent)}?token=${token}`)).status).toBe(401);

    // A token that was never issued, or an API key secret in its place, is refused too.
    expect((await calendar(`${api.url}/feeds/events.ics?token=q4f_nonsense`)).status).toBe(401);
    const { secret } = await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read']);
    expect((await calendar(`${api.url}/feeds/events.ics?token=${secret}`)).status).toBe(401);
  });

  test('only admins rotate feed tokens', async () => {
    const key = await createKey(['EVENTS_READ']);
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers;
    const res = await api.graphql(RotateApiKeyFeedTokenDocument, { id: key.id }, partner);
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await calendar(key.icsUrl)).status).toBe(200);
  });
});
