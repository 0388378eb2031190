import {
  CancelEventDocument,
  EventsDocument,
  NodeEventDocument,
  UpdateEventDocument,
} from '../__generated__/graphql';
import { fromGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import type { Fixtures } from './fixtures';
import { fixtures } from './fixtures';

let api: TestServer;
let f: Fixtures;
beforeAll(async () => {
  api = await startTestServer();
  f = await fixtures(api);
});
afterAll(() => api.close());

/** Pulls every page of changes since `since`, `first` at a time, resuming from `after`. */
async function pull(headers: Record<string, string>, since: string, after: string | null = null, first = 2) {
  const seen: { id: string; status: string; revision: number }[] = [];
  let cursor = after;
  for (;;) {
    const res = await api.graphql(
      EventsDocument,
      { filter: { updatedSince: since }, first, after: cursor },
      headers,
    );
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.events;
    seen.push(...page.nodes.map(({ id, status, revision }) => ({ id, status, revision })));
    if (page.pageInfo.endCursor) cursor = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return { seen, cursor };
  }
}

/** Polls `pg_locks` until a backend of this database waits for an advisory lock (fails after 10 s). */
async function waitForBlockedAdvisoryLock() {
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const [row]: { waiting: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS waiting FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()`,
    );
    if (row.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no backend waits for the event change lock');
}

describe('partner sync', () => {
  test('every change exactly once, in commit order, across equal timestamps and cancellations', async () => {
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers;
    const since = new Date(Date.now() - 1000).toISOString();
    const ids = [];
    for (let i = 0; i < 5; i += 1) ids.push(await f.createEvent({ title: `Sync ${i}` }));
    const partnersOnly = await f.createEvent({ title: 'Alleen partners', visibility: 'PARTNERS' });
    const membersOnly = await f.createEvent({ title: 'Alleen leden', visibility: 'MEMBERS' });

    // Two events changed in the same millisecond: the tie must not lose or repeat either.
    await api.dataSource.query(
      `UPDATE event SET updated_at = '2030-01-01T00:00:00.000Z' WHERE id = ANY($1)`,
      [[ids[1], ids[3]].map((id) => fromGlobalId(id).id)],
    );
    const first = await pull(partner, since);
    expect(first.seen.map((e) => e.id)).toEqual([ids[0], ids[2], ids[4], partnersOnly, ids[1], ids[3]]);
    expect(first.seen.map((e) => e.id)).not.toContain(membersOnly);

    // Later changes: a cancellation and an update; the next pull from the cursor gets just those.
    await api.graphql(CancelEventDocument, { input: { id: ids[0] } }, f.admin);
    await api.graphql(UpdateEventDocument, { input: { id: ids[2], title: 'Sync 2 (verplaatst)' } }, f.admin);
    const next = await pull(partner, since, first.cursor);
    expect(next.seen).toEqual([
      { id: ids[0], status: 'CANCELLED', revision: 1 },
      { id: ids[2], status: 'SCHEDULED', revision: 1 },
    ]);
    const none = await pull(partner, since, next.cursor);
    expect(none.seen).toEqual([]);
  });

  test('a change that commits late is not skipped by a poller who read in between', async () => {
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers;
    const since = new Date(Date.now() - 1000).toISOString();
    const [early, late] = [await f.createEvent({ title: 'Vroeg' }), await f.createEvent({ title: 'Laat' })];
    const { cursor } = await pull(partner, since);

    // A transaction changes `late` first but commits after another change of `early`.
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(`UPDATE event SET title = 'Laat (gewijzigd)' WHERE id = $1`, [fromGlobalId(late).id]);
    const earlyUpdate = api.graphql(
      UpdateEventDocument,
      { input: { id: early, title: 'Vroeg (gewijzigd)' } },
      f.admin,
    );
    // Deterministic, no sleep: wait until the update's backend waits for the change lock the open
    // transaction holds (the `event_change` trigger's advisory lock).
    await waitForBlockedAdvisoryLock();
    let updated = false;
    void earlyUpdate.then(() => (updated = true));
    const during = await pull(partner, since, cursor);
    expect(during.seen).toEqual([]); // nothing committed yet
    expect(updated).toBe(false); // the later change cannot commit before the earlier one
    await runner.commitTransaction();
    await runner.release();
    await earlyUpdate;
    const after = await pull(partner, since, during.cursor);
    expect(after.seen.map((e) => e.id)).toEqual([late, early]);
  });
});

describe('visibility', () => {
  test('per role and API key scope, also through node(id:)', async () => {
    const ids = {
      PUBLIC: await f.createEvent({ title: 'Openbaar', visibility: 'PUBLIC' }),
      MEMBERS: await f.createEvent({ title: 'Leden', visibility: 'MEMBERS' }),
      PARTNERS: await f.createEvent({ title: 'Partners', visibility: 'PARTNERS' }),
    };
    const [member] = await api.dataSource.query(
      `SELECT kvk_number FROM business WHERE NOT EXISTS (SELECT 1 FROM business_membership m
         WHERE m.business_id = business.id) ORDER BY kvk_number LIMIT 1`,
    );
    const callers: [string, Record<string, string>, string[]][] = [
      ['anonymous', {}, ['PUBLIC']],
      ['member', await api.token({ roles: [Role.MEMBER], kvk: member.kvk_number }), ['PUBLIC', 'MEMBERS']],
      ['editor', await api.token({ roles: [Role.EDITOR] }), ['PUBLIC']],
      [
        'partner key',
        (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).headers,
        ['PUBLIC', 'PARTNERS'],
      ],
      ['key without events:read', (await api.apiKey('U10', ['news:read'])).headers, ['PUBLIC']],
      ['admin', f.admin, ['PUBLIC', 'MEMBERS', 'PARTNERS']],
    ];
    for (const [who, headers, expected] of callers) {
      const res = await api.graphql(
        EventsDocument,
        { first: 100, filter: { from: new Date().toISOString() } },
        headers,
      );
      const visible = res.body
        .data!.events.nodes.filter((e) => Object.values(ids).includes(e.id))
        .map((e) => e.visibility);
      expect({ who, visible: visible.sort() }).toEqual({ who, visible: expected.sort() });
      for (const [visibility, id] of Object.entries(ids)) {
        const node = await api.graphql(NodeEventDocument, { id }, headers);
        expect({ who, visibility, seen: node.body.data?.node !== null }).toEqual({
          who,
          visibility,
          seen: expected.includes(visibility),
        });
      }
    }
  });
});
