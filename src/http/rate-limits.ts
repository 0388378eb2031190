import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Request, RequestHandler } from 'express';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import type { Context, RequestLimits } from '../kit';
import {
  DEFAULT_LOCALE,
  ErrorCode,
  fromGlobalId,
  hasRole,
  Role,
  singleQueryValue,
  translate,
  ViewerKind,
} from '../kit';
import { currentRequest } from '../request-store';
import { secretHashOfFeedToken } from '../modules/core';

const TABLE = 'rate_limit';
const HOUR = 3600;
/** How long the per-event count of one address is kept: longer than registration for an event stays open. */
const EVENT_CAP_SECONDS = 180 * 24 * HOUR;

/**
 * The client as the limits count it: the address as it arrives through `trust proxy`, IPv4 mapped into IPv6
 * as the IPv4 address, and an IPv6 address by its /64 (one subscriber gets a whole /64, so single addresses
 * would be free to vary).
 */
export function clientAddressOf(req: Pick<Request, 'ip' | 'socket'>): string {
  const address = (req.ip ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.)/i, '');
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** An event's global id as one key: the uuid inside, lower case (ids differing in case are the same event). */
function eventKey(eventId: string): string {
  try {
    return fromGlobalId(eventId, 'Event').id.toLowerCase();
  } catch {
    return eventId;
  }
}

function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

function rateLimited(retryAfter: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfter,
      // Apollo reads `http` (status and a HeaderMap) off the error and drops it from the response; the
      // typings of graphql-yoga (GraphiQL's package) declare it differently, hence the cast.
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) } as never,
    },
  });
}

/**
 * Counters in PostgreSQL (the `rate_limit` table, created by a migration), so every instance counts against
 * the same limit. A key over its limit is also blocked in this process's memory until its window ends, so
 * a flood costs no more database round trips. When PostgreSQL cannot be reached, each process falls back
 * to counting in memory (the same limit per process) rather than refusing everything.
 */
function limiter(
  dataSource: DataSource,
  keyPrefix: string,
  points: number,
  duration: number,
): RateLimiterAbstract {
  return new RateLimiterPostgres({
    storeClient: dataSource,
    storeType: 'typeorm',
    tableName: TABLE,
    tableCreated: true,
    keyPrefix,
    points,
    duration,
    inMemoryBlockOnConsumed: points + 1,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
  });
}

/** A limit's points are counted in memory and written in batches of 1% of the limit, at most this many. */
const MAX_BATCH = 10;
/** How often points counted in memory but not yet written are written anyway (ms). */
const FLUSH_INTERVAL_MS = 1000;

/** What one process knows of a key: the count PostgreSQL last answered, and its own points not yet counted there. */
interface KeyCount {
  known: number;
  /** When the key's window ends (ms since the epoch), after which `known` starts again from 0. */
  resetAt: number;
  /** Let through here, not yet sent. */
  pending: number;
  /** Sent, not yet answered. */
  writing: number;
}

/**
 * A limiter in PostgreSQL whose points are counted in memory while a key is far from its limit, and written
 * in batches: one upsert per `batch` requests (1% of the limit, at most 10) instead of one per request.
 * Near the limit (what PostgreSQL last said plus this process's points not yet counted there, within a batch
 * of it) and while a batch is still being written, every point goes to PostgreSQL as it comes and the
 * request waits for the shared count's answer. A key's first request is counted in PostgreSQL too (it learns
 * the count and window), and points left in memory are written at least every second.
 *
 * Tolerance across processes: a process holds at most `2 × batch − 1` points the others do not know of yet
 * (one batch being written, one filling), so with N processes a key gets at most N × (2 × batch − 1)
 * requests more than its limit in a window (about 2% of the limit per process; none for limits under 200,
 * which count every request in PostgreSQL as before). `close()` writes the points still in memory (the server
 * closes it on a clean stop); only a process that dies loses them.
 */
export function batchedLimiter(
  limit: Consumer,
  points: number,
  log: Pick<Logger, 'warn'>,
  flushIntervalMs = FLUSH_INTERVAL_MS,
): ClosableConsumer {
  const batch = Math.min(MAX_BATCH, Math.floor(points / 100));
  if (batch < 2) return { consume: (key, count) => limit.consume(key, count), close: async () => undefined };
  const counts = new Map<string, KeyCount>();
  const learn = (count: KeyCount, res: RateLimiterRes, refused = false) => {
    // A key blocked in memory is refused with 0 consumed points: a refusal means the limit is used up.
    count.known = refused ? Math.max(res.consumedPoints, points + 1) : res.consumedPoints;
    count.resetAt = Date.now() + res.msBeforeNext;
  };
  const writes = new Set<Promise<unknown>>();
  const write = (key: string, count: KeyCount) => {
    const sent = count.pending;
    count.pending = 0;
    count.writing += sent;
    const written = limit
      .consume(key, sent)
      .then(
        (res) => learn(count, res as RateLimiterRes),
        (error: unknown) => {
          if (error instanceof RateLimiterRes) learn(count, error);
          else log.warn({ err: error }, 'rate limit points not written');
        },
      )
      .finally(() => {
        count.writing -= sent;
        writes.delete(written);
      });
    writes.add(written);
  };
  const timer = setInterval(() => {
    const now = Date.now();
    for (const [key, count] of counts) {
      if (count.pending > 0 && count.writing === 0) write(key, count);
      else if (count.pending === 0 && count.writing === 0 && now >= count.resetAt) counts.delete(key);
    }
  }, flushIntervalMs);
  timer.unref();
  return {
    async close() {
      clearInterval(timer);
      for (const [key, count] of counts) if (count.pending > 0) write(key, count);
      await Promise.all(writes);
    },
    async consume(key: string): Promise<unknown> {
      let count = counts.get(key);
      if (count && Date.now() >= count.resetAt) {
        count.known = 0;
        count.resetAt = Infinity; // until PostgreSQL names the new window
      }
      if (
        count &&
        count.known + count.writing + count.pending + batch < points &&
        (count.pending + 1 < batch || count.writing === 0)
      ) {
        count.pending += 1;
        if (count.pending >= batch) write(key, count);
        return undefined;
      }
      // New, near the limit, or a batch still being written: this point, with any not yet sent, decided by
      // the shared count now.
      if (!count) counts.set(key, (count = { known: 0, resetAt: Infinity, pending: 0, writing: 0 }));
      const now = count.pending + 1;
      count.pending = 0;
      count.writing += now;
      try {
        const res = (await limit.consume(key, now)) as RateLimiterRes;
        learn(count, res);
        return res;
      } catch (error) {
        if (error instanceof RateLimiterRes) learn(count, error, true);
        throw error;
      } finally {
        count.writing -= now;
      }
    },
  };
}

/** What `consume` needs of a limiter: a point for a key, rejected with a `RateLimiterRes` over the limit. */
export interface Consumer {
  consume(key: string, points?: number): Promise<unknown>;
}

/** A limiter that holds points in memory: `close()` writes them and stops its timer. */
export interface ClosableConsumer extends Consumer {
  close(): Promise<void>;
}

/** Consumes a point; resolves with the seconds to wait when the limit is used up, else null. */
async function consume(limit: Consumer, key: string, log: Logger): Promise<number | null> {
  try {
    await limit.consume(key);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return retryAfterSeconds(error);
    // Neither the store nor the in-memory insurance answered: let the request through and say so.
    log.warn({ err: error }, 'rate limit not checked');
    return null;
  }
}

export interface RateLimits {
  /** In front of GraphQL and every module's routes (feeds, pages, exports). */
  middleware: RequestHandler;
  /** Handed to each GraphQL request's context: the stricter limits on registering for events. */
  requestLimits(clientAddress: string): RequestLimits;
  /** Writes the points counted in memory and not yet written: after the last request, before the pool closes. */
  close(): Promise<void>;
}

/**
 * Per client address for every request, and per API key for requests that present one (a key's limit holds
 * wherever it is used from). A limit of 0 is off. Answers 429 with `Retry-After` and `RATE_LIMITED`.
 */
export function createRateLimits(config: AppConfig, dataSource: DataSource, log: Logger): RateLimits {
  const settings = config.rateLimits;
  const window = settings.windowSeconds;
  // The limits every request counts against are counted in memory and written in batches; the registration
  // limits (a few per hour) count every point in PostgreSQL.
  const perAddress =
    settings.perAddress > 0
      ? batchedLimiter(limiter(dataSource, 'addr', settings.perAddress, window), settings.perAddress, log)
      : null;
  const perApiKey =
    settings.perApiKey > 0
      ? batchedLimiter(limiter(dataSource, 'key', settings.perApiKey, window), settings.perApiKey, log)
      : null;
  const anonymousRegistrations =
    settings.registrationsPerAddressPerHour > 0
      ? limiter(dataSource, 'reg', settings.registrationsPerAddressPerHour, HOUR)
      : null;
  const applications =
    settings.applicationsPerAddressPerDay > 0
      ? limiter(dataSource, 'apply', settings.applicationsPerAddressPerDay, 24 * HOUR)
      : null;
  const registrationsPerEvent =
    settings.registrationsPerEventPerAddress > 0
      ? limiter(dataSource, 'reg-event', settings.registrationsPerEventPerAddress, EVENT_CAP_SECONDS)
      : null;

  /**
   * The keys a request counts against, each by the SHA-256 of its secret (never the secret itself): the one
   * in `X-Api-Key`, and the one whose calendar feed token is in `?token=` (calendar apps cannot send the
   * header; the feed must not be a way around the key's limit). A key given both ways counts once.
   */
  const apiKeysOf = async (req: Request): Promise<Set<string>> => {
    const keys = new Set<string>();
    const apiKey = req.get('x-api-key');
    if (apiKey) keys.add(createHash('sha256').update(apiKey.trim()).digest('hex'));
    const token = singleQueryValue(req.query.token);
    if (token) {
      try {
        const secretHash = await secretHashOfFeedToken(dataSource.manager, token);
        if (secretHash) keys.add(secretHash);
      } catch (error) {
        // Like an unreachable counter store: the feed route answers for itself when the database is down.
        log.warn({ err: error }, 'rate limit not checked for a feed token');
      }
    }
    return keys;
  };

  const middleware: RequestHandler = async (req, res, next) => {
    const checks: Promise<number | null>[] = [];
    if (perAddress) checks.push(consume(perAddress, clientAddressOf(req), log));
    if (perApiKey) for (const key of await apiKeysOf(req)) checks.push(consume(perApiKey, key, log));
    const waits = (await Promise.all(checks)).filter((wait): wait is number => wait !== null);
    if (waits.length === 0) return next();
    const retryAfter = Math.max(...waits);
    const error = rateLimited(retryAfter, `Too many requests; try again in ${retryAfter} s`);
    res
      .status(429)
      .set('retry-after', String(retryAfter))
      .json({
        errors: [
          {
            message: translate(currentRequest()?.locale ?? DEFAULT_LOCALE, error.message),
            extensions: { code: ErrorCode.RATE_LIMITED, retryAfter },
          },
        ],
      });
  };

  return {
    middleware,
    close: async () => {
      await Promise.all([perAddress?.close(), perApiKey?.close()]);
    },
    requestLimits: (clientAddress) => ({
      async registration(ctx: Context, eventId: string) {
        // Admins register people on their behalf, from one office address.
        if (hasRole(ctx.viewer, Role.ADMIN)) return;
        // One limit after the other, stopping at the first that refuses: a refused registration must not
        // use up the other limit too, or concurrent requests could each be refused by a different one.
        const checks: [RateLimiterAbstract | null, string][] = [
          [registrationsPerEvent, `${eventKey(eventId)}:${clientAddress}`],
          [ctx.viewer.kind === ViewerKind.ANONYMOUS ? anonymousRegistrations : null, clientAddress],
        ];
        for (const [limit, key] of checks) {
          const retryAfter = limit && (await consume(limit, key, log));
          if (retryAfter)
            throw rateLimited(
              retryAfter,
              `Too many registrations from your address; try again in ${retryAfter} s`,
            );
        }
      },
      async application(ctx: Context) {
        if (hasRole(ctx.viewer, Role.ADMIN)) return;
        const retryAfter = applications && (await consume(applications, clientAddress, log));
        if (retryAfter) {
          throw rateLimited(
            retryAfter,
            `Too many applications from your address; try again in ${retryAfter} s`,
          );
        }
      },
    }),
  };
}
