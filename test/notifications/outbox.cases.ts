import { buildContext } from '../../src/context';
import { notify, userError, UserErrorCode, withTransaction } from '../../src/kit';
import {
  eventCreated,
  eventUpdated,
  waitlistPromoted,
} from '../../src/modules/networking/networking.notifications';
import type { RequestStore } from '../../src/request-store';
import { requestStore } from '../../src/request-store';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

// The outbox's cost and atomicity, through the kit's own `withTransaction` on a real database: however many
// notifications a mutation makes, they are queued by one statement just before the commit; a rolled-back one
// queues nothing.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const queued = async (key: string) =>
  Number(
    (
      await server.dataSource.query(
        `SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE payload->>'key' LIKE $1`,
        [`%${key}%`],
      )
    )[0].n,
  );

/** Runs `fn` in a transaction as one request would, and returns the statements it sent. */
async function statementsOf(fn: Parameters<typeof withTransaction>[1]): Promise<number> {
  const store: RequestStore = {
    requestId: 'outbox-test',
    startedAt: process.hrtime.bigint(),
    sqlCount: 0,
    errorCodes: [],
    locale: 'nl',
  };
  await requestStore.run(store, () =>
    withTransaction(buildContext(server.dataSource, { baseUrl: server.url }), fn),
  );
  return store.sqlCount;
}

describe('the outbox', () => {
  it('adds one statement to a transaction, however many notifications it makes', async () => {
    const change = (tx: Parameters<Parameters<typeof withTransaction>[1]>[0]) =>
      tx.em.query(`UPDATE event SET title = title WHERE id = '00000000-0000-4000-8000-000000000000'`);
    const none = await statementsOf(async (tx) => {
      await change(tx);
      return {};
    });
    const three = await statementsOf(async (tx) => {
      await change(tx);
      await notify(tx, eventCreated, 'outbox-a', { eventId: 'outbox-a' });
      await notify(tx, eventUpdated, 'outbox-a:2', { eventId: 'outbox-a', revision: 2 });
      await notify(tx, waitlistPromoted, 'outbox-a', { registrationIds: [] });
      return {};
    });
    expect(three).toBe(none + 1);
    expect(await queued('outbox-a')).toBe(3);
  });

  it('queues nothing when the transaction rolls back (user errors) or fails', async () => {
    await statementsOf(async (tx) => {
      await notify(tx, eventCreated, 'outbox-b', { eventId: 'outbox-b' });
      return { userErrors: [userError(UserErrorCode.INVALID, 'refused')] };
    });
    await expect(
      statementsOf(async (tx) => {
        await notify(tx, eventCreated, 'outbox-c', { eventId: 'outbox-c' });
        await tx.em.query('SELECT 1/0');
        return {};
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await queued('outbox-b')).toBe(0);
    expect(await queued('outbox-c')).toBe(0);
  });
});
