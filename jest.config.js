/** @type {import('jest').Config} */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', swc] },
  // jose, feed and parse5 (with its entities) ship ES modules only; jest's module system loads CommonJS, so
  // they are compiled like our code.
  transformIgnorePatterns: ['/node_modules/(?!(jose|feed|parse5|entities)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  // Two cores: one worker per core keeps PostgreSQL and the test servers from starving each other.
  maxWorkers: 2,
};
