const asyncHooks = require('node:async_hooks');
const { Script } = require('node:vm');
const Runtime = require('jest-runtime').default;

const { AsyncLocalStorage } = asyncHooks;

/**
 * jest's module runtime for one test file, with two changes for a worker that runs many files, each loading the
 * app into a fresh module registry:
 *
 * - **Modules are compiled by `vm.Script`** instead of `vm.compileFunction`. V8 caches what `vm.Script` compiles
 *   for every context of the process, including the functions it compiles lazily when they first run;
 *   `vm.compileFunction` has no such cache (nodejs/node#35375), so with it every file compiles the app and its
 *   packages again. The module is wrapped in a function on its own first line, so lines keep their numbers for
 *   stack traces and source maps; what the wrapper cannot compile goes to jest's own `compile`, which reports it
 *   as jest does. No `importModuleDynamically`: Node gives a script with one its own cache key, and swc turns
 *   our `import()` into `require`.
 * - **The file's `AsyncLocalStorage`s are disabled when it ends.** Node keeps every storage that has run in one
 *   list for the whole process and visits each of them for every promise and callback created afterwards. Each
 *   file makes new ones (the request store, the audit's mutation scope, jest-circus's own), and nothing disables
 *   them, so without this a worker's fiftieth file pays for the storages of the forty-nine before it on every
 *   `await`.
 */
class TestFileRuntime extends Runtime {
  #storages = [];

  constructor(...args) {
    super(...args);
    const storages = this.#storages;
    asyncHooks.AsyncLocalStorage = class extends AsyncLocalStorage {
      constructor(...options) {
        super(...options);
        storages.push(this);
      }
    };

    const executor = this.executor;
    const jestCompile = executor.compile.bind(executor);
    const parameters = executor.injectedModuleParameters.join(',');
    executor.compile = (source, filename) => {
      const context = executor.environment.getVmContext();
      if (context == null || executor.resolution.isCoreModule(filename)) return jestCompile(source, filename);
      let script;
      try {
        script = new Script(`(function (${parameters}) {${source}\n})`, { filename });
      } catch {
        return jestCompile(source, filename);
      }
      return script.runInContext(context);
    };
  }

  teardown() {
    super.teardown();
    asyncHooks.AsyncLocalStorage = AsyncLocalStorage;
    for (const storage of this.#storages.splice(0)) storage.disable();
  }
}

module.exports = TestFileRuntime;
