// The social-enterprise tests that need no file of their own (one `*.cases.ts` each), run in one jest module registry:
// every test file loads the app afresh, about half a CPU second, and these share one load
// (docs/module-authors.md, "How the test suite is set up").
// One of them alone: `npx jest test/social-enterprise/cases -t '^actors '`.

describe('actors', () => {
  require('./actors.cases');
});
describe('answer-mail', () => {
  require('./answer-mail.cases');
});
describe('answers', () => {
  require('./answers.cases');
});
describe('candidate-privacy', () => {
  require('./candidate-privacy.cases');
});
describe('corrections', () => {
  require('./corrections.cases');
});
describe('credits', () => {
  require('./credits.cases');
});
describe('demo-data', () => {
  require('./demo-data.cases');
});
describe('erasure-disk', () => {
  require('./erasure-disk.cases');
});
describe('erasure-figures', () => {
  require('./erasure-figures.cases');
});
describe('figures-scope', () => {
  require('./figures-scope.cases');
});
describe('opportunities', () => {
  require('./opportunities.cases');
});
describe('placements', () => {
  require('./placements.cases');
});
describe('project-interest', () => {
  require('./project-interest.cases');
});
describe('pseudonyms', () => {
  require('./pseudonyms.cases');
});
describe('subtraction', () => {
  require('./subtraction.cases');
});
