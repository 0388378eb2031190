// The core tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/core/cases -t '^audit-migration '`.

describe('audit-migration', () => {
  require('./audit-migration.cases');
});
describe('auth', () => {
  require('./auth.cases');
});
describe('businesses', () => {
  require('./businesses.cases');
});
describe('graphql-over-http', () => {
  require('./graphql-over-http.cases');
});
describe('http', () => {
  require('./http.cases');
});
describe('limits', () => {
  require('./limits.cases');
});
describe('playground-examples', () => {
  require('./playground-examples.cases');
});
describe('readme-examples', () => {
  require('./readme-examples.cases');
});
