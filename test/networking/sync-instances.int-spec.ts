import 'reflect-metadata';
import { freePort } from '../../src/cli/throwaway-database';
import { createDataSource } from '../../src/database';
import { signToken } from '../../src/kit';
import { issueApiKey, Organisation } from '../../src/modules/core';
import type { ServerProcess } from '../support/processes';
import { postGraphQL, startServerProcess, stopServerProcess, TEST_JWT_SECRET } from '../support/processes';
import { createTestDatabase } from '../support/test-server';

/**
 * Partner sync as it runs in production: two API processes on one database, changes made through either,
 * one of them restarted in between, and a partner that pulls from whichever the load balancer picks.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let partnerKey: string;
let admin: string;
const running: ServerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase('demo');
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  const park = await dataSource.manager.findOneByOrFail(Organisation, {
    name: 'Nationaal Park Utrechtse Heuvelrug',
  });
  partnerKey = (
    await issueApiKey(dataSource.manager, {
      organisationId: park.id,
      name: 'sync test',
      scopes: ['events:read' as never],
      createdBy: null,
    })
  ).secret;
  await dataSource.destroy();
  admin = `Bearer ${await signToken(TEST_JWT_SECRET, { sub: 'admin', roles: ['ADMIN' as never] })}`;
});
afterAll(async () => {
  for (const server of running) await stopServerProcess(server);
  await database.drop();
});

async function start(): Promise<ServerProcess> {
  const server = await startServerProcess({
    DATABASE_URL: database.url,
    PORT: String(await freePort()),
    SEED: 'none',
  });
  running.push(server);
  return server;
}

async function stop(server: ServerProcess) {
  expect(await stopServerProcess(server)).toBe(0);
  running.splice(running.indexOf(server), 1);
}

const SYNC = `query ($after: String) {
  eventChanges(first: 100, after: $after) {
    pageInfo { endCursor hasNextPage }
    nodes { __typename ... on Event { id title } ... on EventTombstone { id removedAt } }
  }
}`;

async function pull(url: string, after: string | null) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': partnerKey },
    body: JSON.stringify({ query: SYNC, variables: { after } }),
  });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  const page = body.data.eventChanges;
  expect(page.pageInfo.hasNextPage).toBe(false);
  return {
    items: page.nodes.map((n: { __typename: string; id: string; title?: string }) =>
      n.__typename === 'Event' ? `event ${n.title}` : `tombstone ${n.id}`,
    ) as string[],
    cursor: page.pageInfo.endCursor as string,
  };
}

async function createEvent(url: string, title: string, visibility: string): Promise<string> {
  const start = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const organisers = await postGraphQL(url, '{ associations { id shortName } }');
  const zzo = organisers.data.associations.find((a: { shortName: string }) => a.shortName === 'ZZO').id;
  const res = await postGraphQL(
    url,
    `mutation { createEvent(input: {
      title: ${JSON.stringify(title)}, startsAt: "${start.toISOString()}",
      endsAt: "${new Date(start.getTime() + 3600_000).toISOString()}",
      venue: { name: "Slot Zeist", address: "Zinzendorflaan 1", municipality: "GM0355" },
      kind: NETWORKING, visibility: ${visibility}, organisers: ["${zzo}"]
    }) { event { id } userErrors { code } } }`,
    { authorization: admin },
  );
  expect(res.data.createEvent.userErrors).toEqual([]);
  return res.data.createEvent.event.id;
}

async function updateEvent(url: string, id: string, change: string) {
  const res = await postGraphQL(
    url,
    `mutation { updateEvent(input: { id: "${id}", ${change} }) { userErrors { code } } }`,
    { authorization: admin },
  );
  expect(res.data.updateEvent.userErrors).toEqual([]);
}

test('tombstones of events that left the partner’s sight, in commit order across two instances and a restart', async () => {
  let a = await start();
  const b = await start();
  const { cursor: start0 } = await pull(a.url, null);

  const hidden = await createEvent(a.url, 'Verdwijnt', 'PARTNERS');
  const kept = await createEvent(b.url, 'Blijft', 'PUBLIC');
  const first = await pull(b.url, start0);
  expect(first.items).toEqual(['event Verdwijnt', 'event Blijft']);

  // Changes through both instances, then one of them restarts.
  await updateEvent(a.url, hidden, 'visibility: MEMBERS');
  const later = await createEvent(b.url, 'Later', 'PARTNERS');
  await updateEvent(b.url, kept, 'visibility: MEMBERS');
  await stop(a);
  a = await start();
  await updateEvent(a.url, later, 'title: "Later (gewijzigd)"');

  const fromA = await pull(a.url, first.cursor);
  const fromB = await pull(b.url, first.cursor);
  expect(fromA.items).toEqual([`tombstone ${hidden}`, `tombstone ${kept}`, 'event Later (gewijzigd)']);
  expect(fromB).toEqual(fromA);

  // Nothing new: the empty page keeps the partner's place on either instance.
  expect(await pull(b.url, fromA.cursor)).toEqual({ items: [], cursor: fromA.cursor });
  expect(await pull(a.url, fromA.cursor)).toEqual({ items: [], cursor: fromA.cursor });
}, 180_000);
