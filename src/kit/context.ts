import type { EntityManager } from 'typeorm';
import type { Viewer } from './auth';
import type { Locale } from './i18n';

/**
 * The per-request loaders, one property per module. Each module adds its own by augmenting this interface:
 * `declare module '../../kit/context' { interface Loaders { news: NewsLoaders } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Abuse limits of one HTTP request (docs/operators.md "Rate limits"); absent outside HTTP (seeds, CLIs, tests of services). */
export interface RequestLimits {
  /** Throws RATE_LIMITED (HTTP 429) when the caller's address registered too often. */
  registration(ctx: Context, eventId: string): Promise<void>;
  /** Throws RATE_LIMITED (HTTP 429) when the caller's address applied to join the register too often. */
  application(ctx: Context): Promise<void>;
}

/** What every resolver and service receives first. Built once per request; never shared. */
export interface Context {
  requestId: string;
  viewer: Viewer;
  /** The entity manager: the request's, or the transaction's inside `withTransaction`. */
  em: EntityManager;
  loaders: Loaders;
  /** Makes a fresh set of loaders reading through `ctx.em` (used for transactions). */
  createLoaders: (ctx: Context) => Loaders;
  /** Absolute base URL of this API, for links in feeds and payloads. */
  baseUrl: string;
  /** The caller's language for sentences shown to people (`Accept-Language`; Dutch by default). */
  locale: Locale;
  limits?: RequestLimits;
  /**
   * Whether lists may take their page and the related rows their selection needs in one statement
   * (`prefetchPlan`, COMPILED_LISTS; on for API requests by default, absent elsewhere).
   */
  compiledLists?: boolean;
  /**
   * Inside `withTransaction`: the notifications of this transaction (the kit's `notify`), added to the job queue
   * with one statement just before the commit.
   */
  outbox?: { kind: string; key: string; data: unknown }[];
}
