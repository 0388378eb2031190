import { Client } from 'pg';
import { toGlobalId } from '../../src/kit';
import { DEMO_OPEN_EVENT } from '../../src/modules/networking/networking.seed';
import type { ServerProcess } from '../support/processes';
import { postGraphQL, startServerProcess, stopServerProcess } from '../support/processes';
import { createTestDatabase } from '../support/test-server';
import { startSmtpServer } from './smtp';

/**
 * The compiled API as its own processes on one database, with a real SMTP server: what the outbox promises
 * when processes die or run side by side.
 */
let database: { url: string; drop(): Promise<void> };
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let db: Client;
const running: ServerProcess[] = [];
const eventId = toGlobalId('Event', DEMO_OPEN_EVENT.id);

beforeAll(async () => {
  database = await createTestDatabase('demo');
  db = new Client({ connectionString: database.url });
  await db.connect();
  // The demo's own mails wait in the template's queue: not this file's business.
  await db.query('DELETE FROM graphile_worker._private_jobs');
  smtp = await startSmtpServer();
});

afterAll(async () => {
  await Promise.all(running.map((server) => stopServerProcess(server)));
  await db?.end();
  await smtp?.close();
  await database?.drop();
});

const start = async () => {
  const server = await startServerProcess({
    DATABASE_URL: database.url,
    PORT: '0',
    SEED: 'none',
    SMTP_URL: smtp.url,
    SMTP_TIMEOUT_MS: '60000',
    FRONTEND_URL: 'https://www.regioq4.test',
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: '0',
    REGISTRATIONS_PER_EVENT_PER_ADDRESS: '0',
  });
  running.push(server);
  return server;
};

const register = async (server: ServerProcess, email: string) => {
  const body = (await postGraphQL(
    server.url,
    `mutation { registerForEvent(input: { eventId: "${eventId}", name: "Gast", email: "${email}" }) {
       registration { status } userErrors { code } } }`,
  )) as { data: { registerForEvent: { userErrors: unknown[] } } };
  expect(body.data.registerForEvent.userErrors).toEqual([]);
};

const until = async (predicate: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('the outbox across processes', () => {
  it('sends a mail exactly once after kill -9 of the API while it was sending, and a restart', async () => {
    const a = await start();
    smtp.setHolding(true);
    await register(a, 'killed@example.nl');
    // Committed; the worker has the mail's job locked and waits for the mail server's answer.
    await until(() => smtp.held() > 0);
    const [locked] = (
      await db.query(
        `SELECT locked_by FROM graphile_worker._private_jobs j
           JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = 'mail'`,
      )
    ).rows as { locked_by: string | null }[];
    expect(locked.locked_by).not.toBeNull();
    expect(await stopServerProcess(a, 'SIGKILL')).toBeNull();
    running.splice(running.indexOf(a), 1);
    smtp.setHolding(false);
    expect(smtp.to('killed@example.nl')).toEqual([]);

    const started = Date.now();
    const b = await start();
    // Not after graphile-worker's 4 hours: the new process finds the dead one's lock gone at its start.
    await smtp.waitFor(() => smtp.to('killed@example.nl').length > 0, 20_000);
    expect(Date.now() - started).toBeLessThan(20_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.to('killed@example.nl')).toHaveLength(1);
    const mail = (await db.query(`SELECT status FROM mail_message WHERE to_address = 'killed@example.nl'`))
      .rows;
    expect(mail).toEqual([{ status: 'SENT' }]);
    await stopServerProcess(b);
    running.splice(running.indexOf(b), 1);
    expect((await db.query('SELECT count(*)::int AS n FROM worker_instance')).rows[0].n).toBe(0);
  });

  it('sends each mail once when two API processes share the queue', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const addresses = Array.from({ length: 30 }, (_, i) => `twee${i}@example.nl`);
    await Promise.all(addresses.map((address, i) => register(i % 2 ? a : b, address)));
    await smtp.waitFor(() => addresses.every((address) => smtp.to(address).length > 0), 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    for (const address of addresses)
      expect({ address, n: smtp.to(address).length }).toEqual({ address, n: 1 });
    // Both processes run workers on the queue.
    const instances = (await db.query('SELECT count(DISTINCT instance)::int AS n FROM worker_instance'))
      .rows[0].n;
    expect(instances).toBe(2);
  });
});
