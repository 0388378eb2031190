// The politics tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/politics/cases -t '^coalition '`.

describe('coalition', () => {
  require('./coalition.cases');
});
describe('commitments', () => {
  require('./commitments.cases');
});
describe('migration', () => {
  require('./migration.cases');
});
describe('outreach', () => {
  require('./outreach.cases');
});
describe('popolo', () => {
  require('./popolo.cases');
});
describe('reference-data', () => {
  require('./reference-data.cases');
});
describe('tracker', () => {
  require('./tracker.cases');
});
