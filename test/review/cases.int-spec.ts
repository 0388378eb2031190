// The review tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/review/cases -t '^annual-review '`.

describe('annual-review', () => {
  require('./annual-review.cases');
});
describe('migration', () => {
  require('./migration.cases');
});
describe('reports-key', () => {
  require('./reports-key.cases');
});
describe('seed-history', () => {
  require('./seed-history.cases');
});
