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

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', swc] },
  // jose, feed and parse5 (with its entities) ship ES modules only; jest's module system loads CommonJS, so
  // they are compiled like our code.
  transformIgnorePatterns: ['/node_modules/(?!(jose|feed|parse5|entities)/)'],
};

module.exports = {
  projects: [
    {
      // Pure rules and helpers beside the code: no PostgreSQL, no server (`npm run test:unit`).
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      // The API against a real PostgreSQL: one for the run, a fresh database per file.
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  // A global option: a project's own is ignored.
  testTimeout: 60_000,
  // Two cores: one worker per core keeps PostgreSQL and the test servers from starving each other.
  maxWorkers: 2,
};
