// The reliability tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/reliability/cases -t '^bad-input '`.

describe('bad-input', () => {
  require('./bad-input.cases');
});
describe('form-errors', () => {
  require('./form-errors.cases');
});
describe('overload', () => {
  require('./overload.cases');
});
describe('tokens', () => {
  require('./tokens.cases');
});
describe('update-nulls', () => {
  require('./update-nulls.cases');
});
