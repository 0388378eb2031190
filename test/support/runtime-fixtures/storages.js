const { AsyncLocalStorage, executionAsyncResource } = require('node:async_hooks');
const { appendFileSync } = require('node:fs');
const { fail } = require('./fail');

/** What each of the two files runs: it makes and uses a storage, as the app's request store does. */
module.exports = (name) => {
  const storage = new AsyncLocalStorage();

  test('uses an AsyncLocalStorage', () =>
    storage.run(name, async () => expect(storage.getStore()).toBe(name)));

  test('counts the storages its promises carry', async () => {
    await null;
    // Node 20 gives each enabled storage its own symbol on every async resource.
    const carried = Object.getOwnPropertySymbols(executionAsyncResource()).filter(
      (symbol) => symbol.description === 'kResourceStore',
    );
    appendFileSync(process.env.STORAGE_COUNTS, `${name} ${carried.length}\n`);
  });

  test('keeps the line and column of a thrown error', () => {
    let thrown;
    try {
      fail();
    } catch (error) {
      thrown = error;
    }
    expect(thrown.stack).toMatch(/fail\.js:3:9\)/);
  });
};
