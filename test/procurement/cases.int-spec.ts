// The procurement tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/procurement/cases -t '^cpv-dutch '`.

describe('cpv-dutch', () => {
  require('./cpv-dutch.cases');
});
describe('cpv', () => {
  require('./cpv.cases');
});
describe('demo-data', () => {
  require('./demo-data.cases');
});
describe('figures', () => {
  require('./figures.cases');
});
describe('migration', () => {
  require('./migration.cases');
});
describe('ocds', () => {
  require('./ocds.cases');
});
describe('procedure', () => {
  require('./procedure.cases');
});
describe('requests', () => {
  require('./requests.cases');
});
describe('search-columns-migration', () => {
  require('./search-columns-migration.cases');
});
describe('shortlist', () => {
  require('./shortlist.cases');
});
describe('suppliers', () => {
  require('./suppliers.cases');
});
describe('thresholds', () => {
  require('./thresholds.cases');
});
describe('update-request', () => {
  require('./update-request.cases');
});
describe('visibility', () => {
  require('./visibility.cases');
});
