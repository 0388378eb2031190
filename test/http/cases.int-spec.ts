// The http tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/http/cases -t '^caching '`.

describe('caching', () => {
  require('./caching.cases');
});
describe('cors', () => {
  require('./cors.cases');
});
describe('exports', () => {
  require('./exports.cases');
});
describe('trusted-documents', () => {
  require('./trusted-documents.cases');
});
