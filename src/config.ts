import 'dotenv/config';
import { z } from 'zod';

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
    SEED: z.enum(['demo', 'none']).default('demo'),
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
  })
  .superRefine((env, issue) => {
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEFAULT_JWT_SECRET) {
      issue.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'must be set to a secret of your own when NODE_ENV=production',
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
  seed: Env['SEED'];
  jwt: { secret: string; jwksUrl?: string; issuer?: string; audience?: string };
  log: { level: Env['LOG_LEVEL']; pretty: boolean };
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxBodyBytes: number };
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose values must never reach a log or a terminal, also when they are wrong. */
const SECRET_VARIABLES = new Set(['JWT_SECRET', 'DATABASE_URL']);

/**
 * Reads and validates the configuration; throws a ConfigError that names every bad variable (with its value,
 * except for secrets, of which only the length is shown).
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = defined[name];
        const got =
          SECRET_VARIABLES.has(name) && value !== undefined
            ? `a value of ${value.length} characters, not shown`
            : JSON.stringify(value ?? null);
        return `${name}: ${issue.message} (got ${got})`;
      }),
    );
  }
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
    seed: env.SEED,
    jwt: {
      secret: env.JWT_SECRET,
      jwksUrl: env.JWT_JWKS_URL,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
    },
    log: { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY ?? env.NODE_ENV === 'development' },
    limits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxCost: env.MAX_QUERY_COST,
      maxAliases: env.MAX_ALIASES,
      maxBodyBytes: env.MAX_BODY_BYTES,
    },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}
