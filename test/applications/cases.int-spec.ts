// The applications tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/applications/cases -t '^applications '`.

describe('applications', () => {
  require('./applications.cases');
});
describe('mail', () => {
  require('./mail.cases');
});
