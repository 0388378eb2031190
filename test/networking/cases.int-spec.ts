// The networking tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/networking/cases -t '^calendar-tokens '`.

describe('calendar-tokens', () => {
  require('./calendar-tokens.cases');
});
describe('concurrency', () => {
  require('./concurrency.cases');
});
describe('demo-data', () => {
  require('./demo-data.cases');
});
describe('event-sync', () => {
  require('./event-sync.cases');
});
describe('feeds-figures', () => {
  require('./feeds-figures.cases');
});
describe('registration', () => {
  require('./registration.cases');
});
describe('sync-visibility', () => {
  require('./sync-visibility.cases');
});
