import { EventChangesDocument, EventsDocument, UpdateEventDocument } from '../__generated__/graphql';
import { fromGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import type { Fixtures } from './fixtures';
import { fixtures } from './fixtures';

let api: TestServer;
let f: Fixtures;
beforeAll(async () => {
  api = await startTestServer();
  f = await fixtures(api);
});
afterAll(() => api.close());

type Item =
  | { __typename: 'Event'; id: string; title: string }
  | { __typename: 'EventTombstone'; id: string; removedAt: string };

/** Pulls `eventChanges` page by page from `after` to the end; the items as `Event:<title>` / `Tombstone:<id>`. */
async function pull(headers: Record<string, string>, after: string | null, first = 3) {
  const items: Item[] = [];
  let cursor = after;
  for (;;) {
    const res = await api.graphql(EventChangesDocument, { first, after: cursor }, headers);
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.eventChanges;
    items.push(...(page.nodes as Item[]));
    expect(page.pageInfo.endCursor).not.toBeNull();
    cursor = page.pageInfo.endCursor!;
    if (!page.pageInfo.hasNextPage) return { items, cursor };
  }
}

const describeItem = (item: Item) =>
  item.__typename === 'Event' ? `event ${item.title}` : `tombstone ${item.id}`;

describe('eventChanges: partner sync with tombstones', () => {
  test('events that leave the caller’s sight come back as tombstones, in commit order with the changes', async () => {
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers;
    const { cursor: start } = await pull(partner, null, 100);

    const hidden = await f.createEvent({ title: 'Wordt leden', visibility: 'PARTNERS' });
    const deleted = await f.createEvent({ title: 'Wordt verwijderd', visibility: 'PUBLIC' });
    const changed = await f.createEvent({ title: 'Blijft', visibility: 'PUBLIC' });
    const revealed = await f.createEvent({ title: 'Wordt partners', visibility: 'MEMBERS' });
    const first = await pull(partner, start);
    expect(first.items.map(describeItem)).toEqual([
      'event Wordt leden',
      'event Wordt verwijderd',
      'event Blijft',
    ]);

    const hide = await api.graphql(
      UpdateEventDocument,
      { input: { id: hidden, visibility: 'MEMBERS' } },
      f.admin,
    );
    expect(hide.body.data?.updateEvent.userErrors).toEqual([]);
    await api.dataSource.query('DELETE FROM event WHERE id = $1', [fromGlobalId(deleted).id]);
    await api.graphql(UpdateEventDocument, { input: { id: changed, title: 'Blijft (gewijzigd)' } }, f.admin);
    await api.graphql(UpdateEventDocument, { input: { id: revealed, visibility: 'PARTNERS' } }, f.admin);

    const next = await pull(partner, first.cursor, 2);
    expect(next.items.map(describeItem)).toEqual([
      `tombstone ${hidden}`,
      `tombstone ${deleted}`,
      'event Blijft (gewijzigd)',
      'event Wordt partners',
    ]);
    const tombstone = next.items[0];
    expect(tombstone.__typename === 'EventTombstone' && Date.parse(tombstone.removedAt)).toBeGreaterThan(
      Date.now() - 60_000,
    );

    // Nothing new: an empty page that keeps the partner's place.
    const again = await api.graphql(EventChangesDocument, { first: 10, after: next.cursor }, partner);
    expect(again.body.data!.eventChanges.nodes).toEqual([]);
    expect(again.body.data!.eventChanges.pageInfo.endCursor).toBe(next.cursor);

    // Coming back into sight is a change like any other; hiding it again gives one tombstone, not two.
    await api.graphql(UpdateEventDocument, { input: { id: hidden, visibility: 'PUBLIC' } }, f.admin);
    await api.graphql(UpdateEventDocument, { input: { id: hidden, visibility: 'MEMBERS' } }, f.admin);
    expect((await pull(partner, next.cursor)).items.map(describeItem)).toEqual([`tombstone ${hidden}`]);
    expect((await pull(partner, first.cursor)).items.map(describeItem)).toEqual([
      `tombstone ${deleted}`,
      'event Blijft (gewijzigd)',
      'event Wordt partners',
      `tombstone ${hidden}`,
    ]);
  });

  test('a caller gets tombstones only of events it could see', async () => {
    const anonymous = {};
    const { cursor } = await pull(anonymous, null, 100);
    const partnersOnly = await f.createEvent({ title: 'Alleen partners', visibility: 'PARTNERS' });
    const publicEvent = await f.createEvent({ title: 'Openbaar', visibility: 'PUBLIC' });
    await api.graphql(UpdateEventDocument, { input: { id: partnersOnly, visibility: 'MEMBERS' } }, f.admin);
    await api.graphql(UpdateEventDocument, { input: { id: publicEvent, visibility: 'PARTNERS' } }, f.admin);
    expect((await pull(anonymous, cursor)).items.map(describeItem)).toEqual([`tombstone ${publicEvent}`]);
    // Admins see every visibility: only a delete removes an event from their sight.
    const { cursor: adminCursor } = await pull(f.admin, cursor, 100);
    await api.dataSource.query('DELETE FROM event WHERE id = $1', [fromGlobalId(partnersOnly).id]);
    expect((await pull(f.admin, adminCursor)).items.map(describeItem)).toEqual([`tombstone ${partnersOnly}`]);
  });

  test('the cursors of events(orderBy: CHANGE) carry over', async () => {
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers;
    const since = new Date(Date.now() - 1000).toISOString();
    await f.createEvent({ title: 'Oud' });
    const old = await api.graphql(EventsDocument, { filter: { updatedSince: since }, first: 100 }, partner);
    const cursor = old.body.data!.events.pageInfo.endCursor!;
    await f.createEvent({ title: 'Nieuw' });
    expect((await pull(partner, cursor)).items.map(describeItem)).toEqual(['event Nieuw']);
  });
});

describe('events(filter: { updatedSince }) on an empty page', () => {
  test('keeps the cursor it was given, and gives the head when it was given none', async () => {
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers;
    const since = new Date(Date.now() + 3600_000).toISOString(); // nothing has changed after this yet
    const empty = await api.graphql(EventsDocument, { filter: { updatedSince: since }, first: 10 }, partner);
    expect(empty.body.data!.events.nodes).toEqual([]);
    const head = empty.body.data!.events.pageInfo.endCursor;
    expect(head).not.toBeNull();
    // The compiled list reads the head and the count in the page's own statement: after the key's look-up,
    // one statement (the first request also notes when the key was used).
    const compiled = await api.graphql(
      EventsDocument,
      { filter: { updatedSince: since }, first: 10 },
      partner,
    );
    expect(compiled.body).toEqual(empty.body);
    expect((await api.logOf(compiled)).sqlCount).toBe(2);
    api.config.compiledLists = false;
    try {
      const loaded = await api.graphql(
        EventsDocument,
        { filter: { updatedSince: since }, first: 10 },
        partner,
      );
      expect(loaded.body).toEqual(empty.body);
      expect((await api.logOf(loaded)).sqlCount).toBe(4);
    } finally {
      api.config.compiledLists = true;
    }

    const again = await api.graphql(
      EventsDocument,
      { filter: { updatedSince: new Date(0).toISOString() }, first: 10, after: head },
      partner,
    );
    expect(again.body.data!.events.nodes).toEqual([]);
    expect(again.body.data!.events.pageInfo.endCursor).toBe(head);

    // Resuming from the head gives exactly what changed since.
    const created = await f.createEvent({ title: 'Na de kop' });
    const after = await api.graphql(
      EventsDocument,
      { filter: { updatedSince: new Date(0).toISOString() }, first: 10, after: head },
      partner,
    );
    expect(after.body.data!.events.nodes.map((e) => e.id)).toEqual([created]);
  });
});
