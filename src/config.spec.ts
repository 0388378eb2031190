import { ConfigError, DEFAULT_JWT_SECRET, loadConfig } from './config';

describe('configuration', () => {
  test('defaults give a working development setup', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      host: 'localhost',
      port: 4000,
      dataDir: './.data',
      databaseUrl: undefined,
      runMigrations: true,
      seed: 'demo',
      log: { pretty: true },
      limits: { maxDepth: 12, maxCost: 20000, maxAliases: 30, maxBodyBytes: 100000 },
    });
  });

  test('reads and converts values; empty strings count as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://q4:secret@db.internal:5432/q4',
      MIGRATIONS_RUN: 'false',
      SEED: 'none',
      HOST: '',
    });
    expect(config).toMatchObject({ port: 8080, runMigrations: false, seed: 'none', host: 'localhost' });
    expect(config.databaseUrl).toBe('postgres://q4:secret@db.internal:5432/q4');
  });

  test('names every bad variable with the value it got', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'vierduizend', SEED: 'everything', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('"vierduizend"');
    expect(message).toContain('SEED');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('JWT_SECRET');
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  test('never shows the value of a secret, also a wrong one', () => {
    let error: unknown;
    try {
      loadConfig({ JWT_SECRET: 'too-short-secret', DATABASE_URL: 'mysql://q4:hunter2@db/q4' });
    } catch (e) {
      error = e;
    }
    const message = (error as ConfigError).message;
    expect(message).toContain(
      'JWT_SECRET: must be at least 32 characters (got a value of 16 characters, not shown)',
    );
    expect(message).toContain('DATABASE_URL');
    expect(message).not.toContain('too-short-secret');
    expect(message).not.toContain('hunter2');
  });

  test('production refuses the default JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: must be set to a secret of your own/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEFAULT_JWT_SECRET })).toThrow(ConfigError);
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://api.regioq4.nl' })
        .log.pretty,
    ).toBe(false);
  });

  test('production loads no demo data unless SEED=demo says so', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://api.regioq4.nl',
    };
    expect(loadConfig(production).seed).toBe('none');
    expect(loadConfig({ ...production, SEED: '' }).seed).toBe('none');
    expect(loadConfig({ ...production, SEED: 'demo' }).seed).toBe('demo');
    // Elsewhere the demo data stays the default, for a newcomer's first start.
    expect(loadConfig({ NODE_ENV: 'development' }).seed).toBe('demo');
    expect(loadConfig({ NODE_ENV: 'test' }).seed).toBe('demo');
  });
});
