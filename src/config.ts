import 'dotenv/config';
import { z } from 'zod';
import type { TrustedDocuments } from './http/trusted-documents';
import { loadTrustedDocuments, TrustedDocumentsError } from './http/trusted-documents';
import { DEV_ORIGINS, isOrigin, parseOrigins } from './origins';

export const DEFAULT_JWT_SECRET = 'regio-q4-development-secret-change-me';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('localhost'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./.data'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    MIGRATIONS_RUN: booleanString.default(true),
    // Unset: `demo` in development and test, `none` in production (the demo data has known accounts).
    SEED: z.enum(['demo', 'none']).optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEFAULT_JWT_SECRET),
    JWT_JWKS_URL: z.url().optional(),
    JWT_ISSUER: z.string().min(1).optional(),
    JWT_AUDIENCE: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_PRETTY: booleanString.optional(),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
    MAX_QUERY_COST: z.coerce.number().int().min(1).default(20000),
    MAX_ALIASES: z.coerce.number().int().min(1).default(30),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(100_000),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    // Hot lists in one statement with the related rows their selection needs (docs/module-authors.md).
    COMPILED_LISTS: z.enum(['on', 'off']).default('on'),
    // For frontend teams: which browser origins may call the API, how long shared caches keep anonymous
    // public reads, and (optionally) the only operations the API runs.
    CORS_ORIGINS: z.string().optional(),
    PUBLIC_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
    TRUSTED_DOCUMENTS: z.string().min(1).optional(),
    // Reliability: token lifetime, overload and database outages (docs/operators.md "Reliability").
    JWT_MAX_LIFETIME: z
      .string()
      .regex(/^\d+\s*[smhd]?$/, 'must be a duration like 3600, 90m, 12h or 1d')
      .default('12h'),
    MAX_IN_FLIGHT_REQUESTS: z.coerce.number().int().min(1).default(500),
    DB_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(2_000),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
    // Abuse: rate limits (counters in PostgreSQL, shared by all instances), proxies, slow clients and the
    // switches that are off by default in production. See docs/operators.md, "Safe defaults".
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|\d+|[\w.:/,\s-]+)$/, 'true, false, a hop count or a list of addresses/subnets')
      .optional(),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(0).default(600),
    RATE_LIMIT_PER_API_KEY: z.coerce.number().int().min(0).default(1200),
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(0).default(5),
    REGISTRATIONS_PER_EVENT_PER_ADDRESS: z.coerce.number().int().min(0).default(10),
    APPLICATIONS_PER_ADDRESS_PER_DAY: z.coerce.number().int().min(0).default(3),
    HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
    MAX_CONNECTIONS: z.coerce.number().int().min(1).default(1_000),
    GRAPHQL_INTROSPECTION: booleanString.optional(),
    GRAPHQL_PLAYGROUND: booleanString.optional(),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    // Notifications (docs/notifications.md): mail, links, the worker and partner webhooks.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.nl:587')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Regio Q4 <noreply@regioq4.nl>'),
    FRONTEND_URL: z.url().optional(),
    NOTIFICATIONS_WORKER: booleanString.default(true),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
    SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(60_000),
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(9),
    WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).default(3),
    WEBHOOK_ALLOWED_HOSTS: z.string().optional(),
    // Procurement (docs/procurement.md): where the supplier search stops counting.
    SUPPLIER_COUNT_CAP: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  })
  .superRefine((env, issue) => {
    for (const origin of parseOrigins(env.CORS_ORIGINS ?? '')) {
      if (!isOrigin(origin)) {
        issue.addIssue({
          code: 'custom',
          path: ['CORS_ORIGINS'],
          message: `${JSON.stringify(origin)} is not an origin like https://www.regioq4.nl (scheme, host, port; no path) or *`,
        });
      }
    }
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEFAULT_JWT_SECRET) {
      issue.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'must be set to a secret of your own when NODE_ENV=production',
      });
    }
    if (env.NODE_ENV === 'production' && !env.FRONTEND_URL && !env.PUBLIC_URL) {
      issue.addIssue({
        code: 'custom',
        path: ['FRONTEND_URL'],
        message: 'must be set when NODE_ENV=production: the links in mails point there',
      });
    }
    if (env.NODE_ENV === 'production' && !env.PUBLIC_URL) {
      issue.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: "must be set when NODE_ENV=production: links must not come from the request's Host header",
      });
    }
  });

export type Env = z.infer<typeof configSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  publicUrl?: string;
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  poolSize: number;
  runMigrations: boolean;
  seed: 'demo' | 'none';
  jwt: { secret: string; jwksUrl?: string; issuer?: string; audience?: string; maxLifetimeSeconds: number };
  log: { level: Env['LOG_LEVEL']; pretty: boolean };
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxBodyBytes: number };
  shutdownTimeoutMs: number;
  /** COMPILED_LISTS: lists prefetch what their selection needs in their page statement (`prefetchPlan`). */
  compiledLists: boolean;
  // For frontend teams (see src/http/)
  corsOrigins: string[];
  publicCacheMaxAge: number;
  /** TRUSTED_DOCUMENTS, read and checked here so that a bad file stops start-up before the database. */
  trustedDocuments?: { location: string; documents: TrustedDocuments };
  /** Bounds that turn overload and database outages into fast 503s (docs/operators.md "Reliability"). */
  reliability: { maxInFlightRequests: number; dbConnectionTimeoutMs: number; dbStatementTimeoutMs: number };
  // Abuse (docs/operators.md "Rate limits"): 0 turns a rate limit off.
  trustProxy: boolean | number | string;
  rateLimits: {
    windowSeconds: number;
    perAddress: number;
    perApiKey: number;
    registrationsPerAddressPerHour: number;
    registrationsPerEventPerAddress: number;
    /** Applications to join the register (`applyAsBusiness`) per client address per day; 0 is off. */
    applicationsPerAddressPerDay: number;
  };
  http: {
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    keepAliveTimeoutMs: number;
    maxConnections: number;
  };
  graphql: { introspection: boolean; playground: boolean };
  metrics: { token?: string; port?: number };
  /** The supplier search (docs/procurement.md). */
  procurement: { supplierCountCap: number };
  /** Mail, links and webhooks (docs/notifications.md). */
  notifications: {
    smtpUrl?: string;
    mailFrom: string;
    /** Links people click in mails (`FRONTEND_URL`; in development http://localhost:3000). */
    frontendUrl: string;
    /** Whether the API process also runs the worker (`npm run worker` runs it alone). */
    worker: boolean;
    concurrency: number;
    smtpTimeoutMs: number;
    webhooks: {
      timeoutMs: number;
      retryBaseMs: number;
      maxAttempts: number;
      disableAfter: number;
      allowedHosts: string[];
    };
  };
}

const SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** `3600`, `90m`, `12h`, `1d` in seconds. */
export function durationSeconds(text: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  if (!match) throw new Error(`${JSON.stringify(text)} is not a duration like 3600, 90m, 12h or 1d`);
  return Number(match[1]) * SECONDS[(match[2] || 's') as keyof typeof SECONDS];
}

function trustProxyOf(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose values must never reach a log or a terminal, also when they are wrong. */
const SECRET_VARIABLES = new Set(['JWT_SECRET', 'DATABASE_URL', 'SMTP_URL']);

/**
 * Reads and validates the configuration; throws a ConfigError that names every bad variable (with its value,
 * except for secrets, of which only the length is shown).
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(defined);
  const problems = (parsed.error?.issues ?? []).map((issue) => {
    const name = issue.path.join('.');
    const value = defined[name];
    const got =
      SECRET_VARIABLES.has(name) && value !== undefined
        ? `a value of ${value.length} characters, not shown`
        : JSON.stringify(value ?? null);
    return `${name}: ${issue.message} (got ${got})`;
  });
  // The allow-list is read here, with the rest of the configuration: a manifest that does not match its
  // documents then stops start-up in milliseconds, not after PostgreSQL, the migrations and the demo data.
  let trustedDocuments: AppConfig['trustedDocuments'];
  if (defined.TRUSTED_DOCUMENTS) {
    try {
      trustedDocuments = {
        location: defined.TRUSTED_DOCUMENTS,
        documents: loadTrustedDocuments(defined.TRUSTED_DOCUMENTS),
      };
    } catch (error) {
      if (!(error instanceof TrustedDocumentsError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    poolSize: env.DB_POOL_SIZE,
    runMigrations: env.MIGRATIONS_RUN,
    seed: env.SEED ?? (env.NODE_ENV === 'production' ? 'none' : 'demo'),
    jwt: {
      secret: env.JWT_SECRET,
      jwksUrl: env.JWT_JWKS_URL,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      maxLifetimeSeconds: durationSeconds(env.JWT_MAX_LIFETIME),
    },
    log: { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY ?? env.NODE_ENV === 'development' },
    limits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxCost: env.MAX_QUERY_COST,
      maxAliases: env.MAX_ALIASES,
      maxBodyBytes: env.MAX_BODY_BYTES,
    },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    compiledLists: env.COMPILED_LISTS === 'on',
    corsOrigins:
      env.CORS_ORIGINS === undefined && env.NODE_ENV !== 'production'
        ? DEV_ORIGINS
        : parseOrigins(env.CORS_ORIGINS ?? ''),
    publicCacheMaxAge: env.PUBLIC_CACHE_MAX_AGE,
    trustedDocuments,
    reliability: {
      maxInFlightRequests: env.MAX_IN_FLIGHT_REQUESTS,
      dbConnectionTimeoutMs: env.DB_CONNECTION_TIMEOUT_MS,
      dbStatementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    },
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    rateLimits: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      perAddress: env.RATE_LIMIT_PER_ADDRESS,
      perApiKey: env.RATE_LIMIT_PER_API_KEY,
      registrationsPerAddressPerHour: env.REGISTRATIONS_PER_ADDRESS_PER_HOUR,
      registrationsPerEventPerAddress: env.REGISTRATIONS_PER_EVENT_PER_ADDRESS,
      applicationsPerAddressPerDay: env.APPLICATIONS_PER_ADDRESS_PER_DAY,
    },
    http: {
      headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: env.KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: env.MAX_CONNECTIONS,
    },
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== 'production',
      playground: env.GRAPHQL_PLAYGROUND ?? env.NODE_ENV !== 'production',
    },
    metrics: { token: env.METRICS_TOKEN, port: env.METRICS_PORT },
    procurement: { supplierCountCap: env.SUPPLIER_COUNT_CAP },
    notifications: {
      smtpUrl: env.SMTP_URL,
      mailFrom: env.MAIL_FROM,
      frontendUrl:
        env.FRONTEND_URL ?? (env.NODE_ENV === 'production' ? env.PUBLIC_URL! : 'http://localhost:3000'),
      worker: env.NOTIFICATIONS_WORKER,
      concurrency: env.WORKER_CONCURRENCY,
      smtpTimeoutMs: env.SMTP_TIMEOUT_MS,
      webhooks: {
        timeoutMs: env.WEBHOOK_TIMEOUT_MS,
        retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
        maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
        disableAfter: env.WEBHOOK_DISABLE_AFTER,
        allowedHosts: (env.WEBHOOK_ALLOWED_HOSTS ?? '')
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      },
    },
  };
}
