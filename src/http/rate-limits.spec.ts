import { RateLimiterRes } from 'rate-limiter-flexible';
import { batchedLimiter, clientAddressOf } from './rate-limits';

const of = (ip: string) => clientAddressOf({ ip, socket: {} as never });

describe('the client address the limits count', () => {
  test('IPv4, also mapped into IPv6, is the address itself', () => {
    expect(of('203.0.113.9')).toBe('203.0.113.9');
    expect(of('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  test('IPv6 counts by its /64: the addresses one subscriber can vary share one limit', () => {
    expect(of('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd:12::/64');
    expect(of('2001:0db8:abcd:0012:ffff::1')).toBe('2001:db8:abcd:12::/64');
    expect(of('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(of('::1')).toBe('0:0:0:0::/64');
    expect(of('2001:db8:abcd:13::1')).not.toBe(of('2001:db8:abcd:12::1'));
  });
});

/** A shared counter as PostgreSQL keeps it, answering after a turn of the event loop, and its writes. */
function sharedCounter(limit: number) {
  const state = { count: 0, writes: 0 };
  return {
    state,
    async consume(_key: string, points = 1) {
      state.writes += 1;
      await new Promise((resolve) => setImmediate(resolve));
      state.count += points;
      const res = new RateLimiterRes(Math.max(0, limit - state.count), 60_000, state.count);
      // As rate-limiter-flexible's in-memory block answers: refused with 0 consumed points.
      if (state.count > limit) throw new RateLimiterRes(0, 60_000, 0);
      return res;
    },
  };
}

const log = { warn: () => {} };
const admitted = async (limiter: { consume(key: string): Promise<unknown> }) =>
  limiter.consume('k').then(
    () => true,
    (error: unknown) => {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    },
  );

describe('a limit counted in memory and written in batches', () => {
  test('far from the limit one write per batch (1% of the limit), and never more let through than the limit', async () => {
    const shared = sharedCounter(1000); // batches of 10
    const limiter = batchedLimiter(shared, 1000, log, 60_000);
    const answers: boolean[] = [];
    for (let i = 0; i < 1100; i += 1) answers.push(await admitted(limiter));
    // One process: exactly the limit, decided on the shared count near it.
    expect(answers.filter(Boolean)).toHaveLength(1000);
    expect(answers.slice(0, 1000).every(Boolean)).toBe(true);
    // Far fewer writes than requests: batches of 10 until near the limit, then one per request.
    expect(shared.state.writes).toBeLessThan(1100 / 10 + 150);
    expect(shared.state.writes).toBeGreaterThan(0);
  });

  test('two processes on one counter: at least the limit and at most 2 × batch − 1 more per process', async () => {
    const shared = sharedCounter(1000);
    const one = batchedLimiter(shared, 1000, log, 60_000);
    const two = batchedLimiter(shared, 1000, log, 60_000);
    let allowed = 0;
    for (let i = 0; i < 700; i += 1) {
      const both = await Promise.all([admitted(one), admitted(two)]);
      allowed += both.filter(Boolean).length;
    }
    expect(allowed).toBeGreaterThanOrEqual(1000);
    expect(allowed).toBeLessThanOrEqual(1000 + 2 * (2 * 10 - 1));
  });

  test('close() writes the points held in memory, and a second close writes nothing more', async () => {
    const shared = sharedCounter(1000); // batches of 10
    const limiter = batchedLimiter(shared, 1000, log, 60_000);
    for (let i = 0; i < 5; i += 1) expect(await admitted(limiter)).toBe(true);
    // The first point went to the shared counter (to learn the window), the next four wait for a batch.
    expect(shared.state.count).toBe(1);
    await limiter.close();
    expect(shared.state).toEqual({ count: 5, writes: 2 });
    await limiter.close();
    expect(shared.state).toEqual({ count: 5, writes: 2 });
  });

  test('limits under 200 count every request in the shared counter', async () => {
    const shared = sharedCounter(150);
    const limiter = batchedLimiter(shared, 150, log, 60_000);
    for (let i = 0; i < 20; i += 1) await admitted(limiter);
    expect(shared.state.writes).toBe(20);
  });
});
