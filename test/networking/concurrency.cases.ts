import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database';
import type { Server } from '../../src/server';
import { createServer } from '../../src/server';
import { toGlobalId } from '../../src/kit';
import {
  CancelRegistrationDocument,
  EventDetailsDocument,
  EventRegistrationsDocument,
  RegisterForEventDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { dbId, startTestServer } from '../support/test-server';
import type { Fixtures } from './fixtures';
import { fixtures } from './fixtures';

let api: TestServer;
let f: Fixtures;
/** A second API instance on the same database: its own pool, like a second process behind a balancer. */
let second: { dataSource: DataSource; server: Server; url: string };

beforeAll(async () => {
  api = await startTestServer();
  f = await fixtures(api);
  const url = (api.dataSource.options as { url?: string }).url!;
  const dataSource = createDataSource(url, { poolSize: 20 });
  await dataSource.initialize();
  const server = await createServer(api.config, dataSource, pino({ level: 'silent' }));
  second = { dataSource, server, url: await server.listen(0, '127.0.0.1') };
});
afterAll(async () => {
  await second.server.close();
  await second.dataSource.destroy();
  await api.close();
});

/** A typed operation against either instance. */
async function post<T, V>(baseUrl: string, document: TypedDocumentNode<T, V>, variables: V, headers = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as { data?: T };
}

test('50 simultaneous registrations through two instances: 20 seats, 30 waiting in order of arrival', async () => {
  const eventId = await f.createEvent({ capacity: 20 });
  const emails = Array.from({ length: 50 }, (_, i) => `deelnemer${i}@example.nl`);
  const results = await Promise.all(
    emails.map((email, i) =>
      post(i % 2 === 0 ? api.url : second.url, RegisterForEventDocument, {
        input: { eventId, name: email, email },
      }),
    ),
  );
  const payloads = results.map((r) => r.data!.registerForEvent);
  expect(payloads.every((p) => p.registration !== null)).toBe(true);
  const confirmed = payloads.filter((p) => p.registration!.status === 'CONFIRMED');
  const waitlisted = payloads.filter((p) => p.registration!.status === 'WAITLISTED');
  expect(confirmed).toHaveLength(20);
  expect(waitlisted).toHaveLength(30);
  expect(waitlisted.map((p) => p.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
    Array.from({ length: 30 }, (_, i) => i + 1),
  );

  // Arrival order at the database (the order the event lock was granted) decides: every confirmed
  // registration arrived before every waitlisted one, and the positions follow arrival.
  const rows: { id: string; status: string; arrival: string }[] = await api.dataSource.query(
    `SELECT id, status, arrival FROM registration WHERE event_id = $1 ORDER BY arrival`,
    [dbId(eventId)],
  );
  expect(rows.map((r) => r.status)).toEqual([
    ...Array(20).fill('CONFIRMED'),
    ...Array(30).fill('WAITLISTED'),
  ]);
  const positionOf = new Map(payloads.map((p) => [dbId(p.registration!.id), p.waitlistPosition]));
  expect(rows.slice(20).map((r) => positionOf.get(r.id))).toEqual(
    Array.from({ length: 30 }, (_, i) => i + 1),
  );

  const details = await api.graphql(EventDetailsDocument, { id: eventId });
  expect(details.body.data?.event).toMatchObject({
    confirmedCount: 20,
    waitlistCount: 30,
    remainingCapacity: 0,
  });

  // Three confirmed people cancel at once (through both instances): the first three waiting get their seats.
  const byArrival = rows.map((r) => toGlobalId('Registration', r.id));
  const cancellations = await Promise.all(
    [0, 1, 2].map((i) =>
      post(
        i % 2 === 0 ? api.url : second.url,
        CancelRegistrationDocument,
        { input: { id: byArrival[i] } },
        f.admin,
      ),
    ),
  );
  const promoted = cancellations.flatMap((c) => c.data!.cancelRegistration.promoted.map((p) => p.id));
  expect(promoted.sort()).toEqual(byArrival.slice(20, 23).sort());
  const list = await api.graphql(EventRegistrationsDocument, { id: eventId, first: 100 }, f.admin);
  const nodes = list.body.data!.event!.registrations.nodes;
  expect(nodes.filter((n) => n.status === 'CONFIRMED')).toHaveLength(20);
  expect(nodes.filter((n) => n.status === 'WAITLISTED').map((n) => [n.id, n.waitlistPosition])).toEqual(
    byArrival.slice(23).map((id, i) => [id, i + 1]),
  );
});
