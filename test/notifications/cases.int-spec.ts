// The notifications tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/notifications/cases -t '^address '`.

describe('address', () => {
  require('./address.cases');
});
describe('demo-mail-view', () => {
  require('./demo-mail-view.cases');
});
describe('drain', () => {
  require('./drain.cases');
});
describe('mail', () => {
  require('./mail.cases');
});
describe('networking-mails', () => {
  require('./networking-mails.cases');
});
describe('outbox', () => {
  require('./outbox.cases');
});
describe('procurement-mails', () => {
  require('./procurement-mails.cases');
});
describe('reminders', () => {
  require('./reminders.cases');
});
describe('social-enterprise-mails', () => {
  require('./social-enterprise-mails.cases');
});
describe('webhooks-production', () => {
  require('./webhooks-production.cases');
});
