// The news tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/news/cases -t '^articles '`.

describe('articles', () => {
  require('./articles.cases');
});
describe('feeds', () => {
  require('./feeds.cases');
});
describe('mutations', () => {
  require('./mutations.cases');
});
describe('search', () => {
  require('./search.cases');
});
