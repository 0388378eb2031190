import type { Request, Response, Router } from 'express';
import type { NonEmptyArray } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { ApiScope, Role, Viewer } from './auth';
import type { Catalogue, Formatter } from './i18n';
import { addDutch, addFormatter } from './i18n';
import type { Context } from './context';
import type { ErrorCode } from './errors';
import type { NotificationKind, ReminderSchedule } from './notifications';
import type { Node } from './relay';

/** How `node(id:)` refetches one type: load by database id, applying the type's visibility rules. */
export interface NodeType {
  type: abstract new (...args: never[]) => Node;
  load: (ctx: Context, id: string) => Promise<Node | null>;
}

/**
 * A string value in an example's variables that becomes the time the browser opens the playground (ISO 8601),
 * e.g. `{ from: PLAYGROUND_NOW }`: "upcoming" stays upcoming however long the server runs.
 */
export const PLAYGROUND_NOW = '{{now}}';

/** An operation preloaded as a tab in the playground, for one kind of user. */
export interface PlaygroundExample {
  title: string;
  query: string;
  /**
   * The variables as shown. A `lookup(...)` value is read by the server when it builds the page (in
   * development and test) by running an operation of this tab; in production its hint is shown instead.
   */
  variables?: Record<string, unknown>;
  /** Further headers, shown as they are. Credentials come from `token` or `apiKey`, never from here. */
  headers?: Record<string, string>;
  /**
   * The person the tab acts for. In development and test the page carries a 1-hour token with these claims
   * (`sub` defaults to `playground`); in production the header says which `npm run -s token` makes one.
   */
  token?: PlaygroundToken;
  /**
   * The organisation key the tab acts with. In development and test the server issues the playground's own
   * key for it (see `src/playground.ts`); in production the header says which `npm run -s apikey` makes one.
   */
  apiKey?: { organisation: string; scopes: ApiScope[] };
}

export interface PlaygroundToken {
  roles: Role[];
  municipality?: string;
  kvk?: string;
  /** The short name of the association a SECRETARY acts for (`ZZO`); the token carries its id. */
  association?: string;
  sub?: string;
  name?: string;
}

/** A variable value that the playground reads from the result of another operation of the same tab. */
export class PlaygroundLookup {
  constructor(
    /** The operation of the tab to run (as the tab's caller, with the variables looked up before this one). */
    readonly operation: string,
    /** The value in its `data`; undefined when there is none (the hint is shown then). */
    readonly pick: (data: any) => unknown, // eslint-disable-line @typescript-eslint/no-explicit-any
    /** What the user fills in by hand where nothing is looked up, e.g. `<an id from Associations>`. */
    readonly hint: unknown,
  ) {}
}

/** `lookup('Associations', (data) => data.associations[0]?.id, '<an id from Associations>')`. */
export function lookup(
  operation: string,
  pick: PlaygroundLookup['pick'],
  hint: unknown = `<from ${operation}>`,
): PlaygroundLookup {
  return new PlaygroundLookup(operation, pick, hint);
}

/** What a route handler of a module (a feed, a download) gets to build a context of its own. */
export interface RouteDeps {
  dataSource: DataSource;
  /** A context for a request outside GraphQL: fresh loaders; anonymous unless a viewer is given. */
  createContext(request: { requestId: string; baseUrl: string; viewer?: Viewer }): Context;
  /** Absolute base URL of this API for a request (`PUBLIC_URL`, else the request's host), for links. */
  baseUrlOf(request: Request): string;
  /** Refuses a request the way every route does: `{ errors: [{ message, extensions: { code, requestId } }] }`. */
  refuse(response: Response, status: number, code: ErrorCode, message: string): void;
  /**
   * Who is calling, exactly as for `/graphql` (src/authenticate.ts: a bearer token, an `X-Api-Key`, or
   * anonymous). Credentials that are presented but wrong reject with UNAUTHENTICATED (401): pass the error to
   * `refusalOf`. Use the viewer in `createContext`, so a download applies the API's own rules.
   */
  authenticate(request: Request): Promise<Viewer>;
}

const STATUS_OF: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

/**
 * How a route refuses an error the API's services throw (`forbidden(...)`, a bad token): its code and HTTP
 * status, for `RouteDeps.refuse`. Null for anything else (a bug, the database): pass that on to `next`.
 */
export function refusalOf(error: unknown): { status: number; code: ErrorCode; message: string } | null {
  const extensions = (error as { extensions?: { code?: unknown; http?: { status?: number } } })?.extensions;
  const code = typeof extensions?.code === 'string' ? extensions.code : undefined;
  const status = extensions?.http?.status ?? (code ? STATUS_OF[code] : undefined);
  if (!code || !status) return null;
  return { status, code: code as ErrorCode, message: (error as Error).message };
}

/** A query parameter given once (undefined when absent, null when repeated or nested: refuse those). */
export function singleQueryValue(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : null;
}

/**
 * A module's one export. The registry (`src/modules/index.ts`) lists the descriptors; the schema, the
 * DataSource, the context and the HTTP routes are built from that list and nothing else.
 */
export interface ModuleDescriptor<L extends object = object> {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  nodeTypes: NodeType[];
  /** Called once per request (and per transaction); the result appears as `ctx.loaders[name]`. */
  createLoaders: (ctx: Context) => L;
  /** Demo data; runs once per database (recorded in `demo_data`), in registry order, in one transaction. */
  seedDemo?: (ctx: Context) => Promise<void>;
  /** Example operations for the playground. */
  examples?: PlaygroundExample[];
  /** Extra HTTP routes (feeds), mounted at the root. */
  routes?: (router: Router, deps: RouteDeps) => void;
  /** The Dutch of the module's English sentences (`<module>.nl.json`, see `src/kit/i18n.ts`). */
  dutch?: Catalogue;
  /** Formats its Dutch sentences use beyond `euros`, `date` and `datetime` (`src/kit/i18n.ts`). */
  formatters?: Record<string, Formatter>;
  /** The kinds of notification the module sends (`notify(tx, kind, key, data)`), rendered by the module. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  notifications?: NotificationKind<any>[];
  /** Reminders the worker's clock asks for every minute (README of notifications: docs/notifications.md). */
  reminders?: ReminderSchedule[];
}

export function defineModule<L extends object>(descriptor: ModuleDescriptor<L>): ModuleDescriptor<L> {
  if (descriptor.dutch) addDutch(descriptor.dutch);
  for (const [name, format] of Object.entries(descriptor.formatters ?? {})) addFormatter(name, format);
  return descriptor;
}
