import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../src/config';
import { loadConfig } from '../../src/config';
import { createDataSource, poolTimeouts } from '../../src/database';
import type { Logger } from '../../src/logger';
import { createLogger } from '../../src/logger';
import type { TokenClaims } from '../../src/kit';
import { fromGlobalId, Role, signToken } from '../../src/kit';
import { issueApiKey, Organisation } from '../../src/modules/core';
import type { Server } from '../../src/server';
import { createServer } from '../../src/server';
import { TEMPLATE_DEMO, TEMPLATE_EMPTY } from './global-setup';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: {
      message: string;
      path?: (string | number)[];
      extensions?: Record<string, unknown> & { code?: string };
    }[];
  };
}

export interface RequestLog {
  requestId: string;
  status: number;
  sqlCount: number;
  operationName?: string;
  callerKind?: string;
  errorCodes?: string[];
  durationMs: number;
}

function adminUrl(): string {
  const url = process.env.Q4_TEST_DATABASE_URL;
  if (!url) throw new Error('Q4_TEST_DATABASE_URL is not set: run the tests through jest (global setup)');
  return url;
}

/**
 * A fresh database for one test file, copied from a template made after the real migrations; `blank` has
 * no tables at all, for running the migrations themselves.
 */
export async function createTestDatabase(
  template: 'demo' | 'empty' | 'blank',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `q4_test_${process.env.JEST_WORKER_ID ?? 0}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  // FILE_COPY copies the template's files; the default (WAL_LOG) writes all of them through the WAL as well,
  // twice the time for the 20 MB demo template, and fsync is off in the run's cluster.
  await admin.query(
    `CREATE DATABASE ${name} TEMPLATE ${{ demo: TEMPLATE_DEMO, empty: TEMPLATE_EMPTY, blank: 'template0' }[template]} STRATEGY FILE_COPY`,
  );
  await admin.end();
  return {
    url: adminUrl().replace(/\/[^/]+$/, `/${name}`),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * A fresh database of a template with a query runner on it, for tests of a migration's `up` and `down`: call
 * `close()` in `afterAll`.
 */
export async function migrationDatabase(template: 'demo' | 'empty') {
  const database = await createTestDatabase(template);
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  return {
    runner,
    query: <T>(sql: string, parameters: unknown[] = []) => runner.query(sql, parameters) as Promise<T[]>,
    close: async () => {
      await runner.release();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export interface TestServer {
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  server: Server;
  /** Every request's log line, as the server wrote it. */
  logs: RequestLog[];
  /** Every line logged at level error or above (unexpected errors, with their stacks). */
  errorLogs: string[];
  /** Every line the server logged, as written. */
  logLines: string[];
  log: Logger;
  graphql<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V>,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** The log line of a response (SQL statement count, caller kind, ...). */
  logOf(response: { headers: Headers }): Promise<RequestLog>;
  token(
    claims: Partial<TokenClaims> & { roles: Role[] },
    expiresIn?: string | number,
  ): Promise<Record<string, string>>;
  apiKey(
    organisationName: string,
    scopes: string[],
  ): Promise<{ headers: Record<string, string>; secret: string; feedToken: string }>;
  close(): Promise<void>;
}

/** The real server (HTTP, Apollo, auth, limits, logging) on a fresh copy of a template database. */
export async function startTestServer(
  options: { template?: 'demo' | 'empty'; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const database = await createTestDatabase(options.template ?? 'demo');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    // Rate limits are off unless a test turns them on: most files send many requests from one address.
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_API_KEY: '0',
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: '0',
    REGISTRATIONS_PER_EVENT_PER_ADDRESS: '0',
    APPLICATIONS_PER_ADDRESS_PER_DAY: '0',
    ...options.env,
  });
  const logs: RequestLog[] = [];
  const errorLogs: string[] = [];
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        logLines.push(line);
        const entry = JSON.parse(line) as RequestLog & { msg: string; level: number };
        if (entry.msg === 'request') logs.push(entry);
        if (entry.level >= 50) errorLogs.push(line);
      }
      done();
    },
  });
  const log = createLogger({ log: { level: 'info', pretty: false } }, sink);
  const dataSource = createDataSource(database.url, { poolSize: 20, log, ...poolTimeouts(config) });
  await dataSource.initialize();
  const server = await createServer(config, dataSource, log);
  const url = await server.listen(0, '127.0.0.1');

  const graphql: TestServer['graphql'] = async (query, variables, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      // English unless a test asks for another language: the assertions read like the code's messages.
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };

  return {
    url,
    config,
    dataSource,
    server,
    logs,
    errorLogs,
    logLines,
    log,
    graphql,
    async logOf(response) {
      const requestId = response.headers.get('x-request-id');
      // The line is written when the response finishes, which may be a tick after the client has it.
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const entry = logs.find((l) => l.requestId === requestId);
        if (entry) return entry;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no log line for request ${requestId}`);
    },
    async token(claims, expiresIn) {
      const token = await signToken(
        config.jwt.secret,
        { sub: claims.sub ?? 'test-user', ...claims },
        expiresIn,
      );
      return { authorization: `Bearer ${token}` };
    },
    async apiKey(organisationName, scopes) {
      const organisation = await dataSource.manager.findOneByOrFail(Organisation, { name: organisationName });
      const { secret, feedToken } = await issueApiKey(dataSource.manager, {
        organisationId: organisation.id,
        name: 'test key',
        scopes: scopes as never,
        createdBy: 'test',
      });
      return { headers: { 'x-api-key': secret }, secret, feedToken };
    },
    async close() {
      await server.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export { Role };

/** The database id inside a global id, for tests that look at the tables themselves. */
export const dbId = (globalId: string) => fromGlobalId(globalId).id;
