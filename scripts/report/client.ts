import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import { ExitCode, ReportError } from './errors';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

/** The API does not know a field this client asks for: an older server, or a module it does not run. */
export class UnknownFieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnknownFieldError';
  }
}

export interface ClientOptions {
  url: string;
  apiKey?: string;
  /** A bearer token instead of a key (`npm run report:demo` creates its key with an ADMIN token). */
  token?: string;
  /** What to do about a FORBIDDEN answer; by default, get the scope the review needs. */
  forbiddenHint?: string;
  /** Per request; a report is a few dozen small requests, so a long wait means something is wrong. */
  timeoutMs?: number;
  /** How often a request refused with 429/503 is sent again, after the server's `Retry-After`. */
  retries?: number;
  /** The longest `Retry-After` the client waits for; a longer one fails the run instead. */
  maxRetryAfterSeconds?: number;
}

export interface Client {
  /** Runs one operation; resolves with `data` only when there are no errors. */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
  /** Requests sent so far (retries included), for the progress line and the tests. */
  readonly requests: number;
}

const FIELD_UNKNOWN = /^Cannot query field "([^"]+)" on type "([^"]+)"/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Why `fetch` failed, as the operating system said it (ECONNREFUSED, ENOTFOUND, ...). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return (error as Error).message;
}

/**
 * A small GraphQL-over-HTTP client on Node's `fetch`: it speaks to the API as any outside script would,
 * and turns every way a request can fail into one `ReportError` that says what to do.
 */
export function createClient(options: ClientOptions): Client {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 60;
  let requests = 0;

  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    'user-agent': 'regio-q4-report',
  };
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function send(body: string): Promise<Response> {
    for (let attempt = 0; ; attempt += 1) {
      requests += 1;
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') {
          throw new ReportError(
            `the API at ${options.url} did not answer within ${timeoutMs / 1000} s`,
            ExitCode.UNREACHABLE,
          );
        }
        throw new ReportError(
          `cannot reach the API at ${options.url} (${networkReason(error)}): is the server running, and is --url right?`,
          ExitCode.UNREACHABLE,
        );
      }
      if (response.status !== 429 && response.status !== 503) return response;
      const retryAfter = Number(response.headers.get('retry-after') ?? '1');
      if (attempt >= retries || !(retryAfter <= maxRetryAfterSeconds)) {
        throw new ReportError(
          response.status === 429
            ? `the API keeps refusing requests as too many (HTTP 429, retry after ${retryAfter} s): try again later`
            : `the API is unavailable (HTTP 503): try again later`,
          ExitCode.UNREACHABLE,
        );
      }
      await response.body?.cancel();
      await sleep(Math.max(retryAfter, 0.1) * 1000);
    }
  }

  return {
    get requests() {
      return requests;
    },
    async request(document, variables) {
      const operationName = getOperationAST(document)?.name?.value;
      const response = await send(JSON.stringify({ query: print(document), variables, operationName }));
      const type = response.headers.get('content-type') ?? '';
      const notGraphQL = new ReportError(
        `${options.url} did not answer as a GraphQL API (HTTP ${response.status}, ${type || 'no content type'}): is --url the /graphql endpoint?`,
        ExitCode.UNREACHABLE,
      );
      // The API's other routes answer 404/405 in JSON too: a GraphQL endpoint never does.
      if (!/json/.test(type) || response.status === 404 || response.status === 405) throw notGraphQL;
      let body: { data?: unknown; errors?: GraphQLErrorBody[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new ReportError(
          `the API at ${options.url} sent JSON that does not parse (HTTP ${response.status})`,
        );
      }
      // A GraphQL response has `data` or `errors`; any other JSON (a 404 of another route) is not one.
      if (typeof body !== 'object' || body === null || (!('data' in body) && !Array.isArray(body.errors))) {
        throw notGraphQL;
      }
      const errors = body.errors ?? [];
      const unauthenticated = errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
      if (response.status === 401 || unauthenticated) {
        const reason = unauthenticated?.message ?? `HTTP ${response.status}`;
        throw new ReportError(
          options.apiKey
            ? `the API refused the key (UNAUTHENTICATED: ${reason}): check --api-key; it may be revoked`
            : options.token
              ? `the API refused the token (UNAUTHENTICATED: ${reason})`
              : `the API wants an API key (UNAUTHENTICATED): give --api-key with a reports:read key`,
          ExitCode.UNAUTHENTICATED,
        );
      }
      const forbidden = errors.find((e) => e.extensions?.code === 'FORBIDDEN');
      if (forbidden) {
        throw new ReportError(
          `the API refused ${forbidden.path?.join('.') ?? operationName} (FORBIDDEN: ${forbidden.message}): ${options.forbiddenHint ?? 'the key needs the scope reports:read'}`,
          ExitCode.FORBIDDEN,
        );
      }
      for (const error of errors) {
        const unknown = FIELD_UNKNOWN.exec(error.message);
        if (unknown) throw new UnknownFieldError(unknown[1], error.message);
      }
      if (errors.length > 0) {
        const first = errors[0];
        throw new ReportError(
          `the API answered ${operationName} with ${first.extensions?.code ?? 'an error'}: ${first.message}`,
        );
      }
      if (body.data === undefined || body.data === null) {
        throw new ReportError(`the API answered ${operationName} without data (HTTP ${response.status})`);
      }
      return body.data as never;
    },
  };
}
