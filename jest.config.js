/** @type {import('jest').Config} */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  // A package is loaded when the file first uses it, not when it imports it: every test file loads the app
  // afresh in jest's module registry, and many never touch some of its packages (GraphiQL's 9 MB page, the
  // mail and job libraries). About 0.6 s of CPU less per file. Our own modules (`./x`) and side-effect imports
  // (`import 'reflect-metadata'`) stay eager.
  module: { type: 'commonjs', lazy: true },
  sourceMaps: 'inline',
};

const shared = {
  testEnvironment: 'node',
  // jest's runtime, compiling modules through V8's cache and ending each file's async storages with it: see there.
  runtime: '<rootDir>/test/support/runtime.js',
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
  // The longest files first, also on a clean checkout without jest's cache of durations.
  testSequencer: '<rootDir>/test/support/sequencer.js',
  // Three workers on two cores: files wait part of their time for PostgreSQL, the servers they spawn and Chromium,
  // and a third worker fills those waits (docs/module-authors.md, "How the test suite is set up").
  maxWorkers: 3,
};
