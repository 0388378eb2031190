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
import { ErrorCode, fromGlobalId, hasRole, Role, singleQueryValue, ViewerKind } from '../kit';
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

/** Consumes a point; resolves with the seconds to wait when the limit is used up, else null. */
async function consume(limit: RateLimiterAbstract, key: string, log: Logger): Promise<number | null> {
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
}

/**
 * Per client address for every request, and per API key for requests that present one (a key's limit holds
 * wherever it is used from). A limit of 0 is off. Answers 429 with `Retry-After` and `RATE_LIMITED`.
 */
export function createRateLimits(config: AppConfig, dataSource: DataSource, log: Logger): RateLimits {
  const settings = config.rateLimits;
  const window = settings.windowSeconds;
  const perAddress =
    settings.perAddress > 0 ? limiter(dataSource, 'addr', settings.perAddress, window) : null;
  const perApiKey = settings.perApiKey > 0 ? limiter(dataSource, 'key', settings.perApiKey, window) : null;
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
        errors: [{ message: error.message, extensions: { code: ErrorCode.RATE_LIMITED, retryAfter } }],
      });
  };

  return {
    middleware,
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
