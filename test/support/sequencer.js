const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

/**
 * Jest runs the longest test files first, so that no worker is left with a long one at the end while the other
 * waits: it knows their durations from its cache of earlier runs. A clean checkout (CI) has no cache, and jest
 * then orders by file size, which puts some of the longest files last. These are the known long files, with
 * their seconds in a run of the whole suite (three workers on two cores; the order is what counts); jest's own figures
 * win when it has them. Refresh after a change that makes a file much longer or shorter, or add a new long one
 * (`npx jest --json --outputFile=results.json` gives each file's time).
 */
const SECONDS = {
  'test/reliability/compiled-lists.int-spec.ts': 60,
  'test/reliability/fuzz-1-of-2.int-spec.ts': 48,
  'test/core/cli.int-spec.ts': 45,
  'test/social-enterprise/cases.int-spec.ts': 43,
  'test/reliability/authorization-matrix-2-of-2.int-spec.ts': 41,
  'test/reliability/fuzz-2-of-2.int-spec.ts': 40,
  'test/reliability/faults.int-spec.ts': 39,
  'test/core/playground-browser.int-spec.ts': 38,
  'test/procurement/cases.int-spec.ts': 38,
  'test/core/startup.int-spec.ts': 37,
  'test/notifications/cases.int-spec.ts': 34,
  'test/report/report.int-spec.ts': 28,
  'test/procurement/demo-data-restart.int-spec.ts': 23,
  'test/core/cases.int-spec.ts': 23,
  'test/notifications/webhooks.int-spec.ts': 19,
  'test/networking/cases.int-spec.ts': 18,
  'test/reliability/authorization-matrix-1-of-2.int-spec.ts': 17,
  'test/reliability/processes.int-spec.ts': 17,
  'test/reliability/abuse.int-spec.ts': 17,
  'test/notifications/processes.int-spec.ts': 16,
  'test/reliability/shutdown.int-spec.ts': 14,
  'test/news/cases.int-spec.ts': 14,
  'test/politics/cases.int-spec.ts': 13,
  'test/reliability/supervisor.int-spec.ts': 12,
  'test/http/cases.int-spec.ts': 12,
  'test/reliability/cases.int-spec.ts': 11,
  'test/reliability/rate-limit-processes.int-spec.ts': 10,
  'test/review/cases.int-spec.ts': 10,
  'test/networking/sync-instances.int-spec.ts': 9,
  'test/core/demo-data.int-spec.ts': 9,
  'test/core/drift.int-spec.ts': 9,
  'test/report/layout.int-spec.ts': 8,
};

class LongestFirst extends Sequencer {
  /** Milliseconds: jest's figure from its cache, else the table's, else undefined. */
  time(test) {
    const seconds = SECONDS[path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/')];
    return super.time(test) ?? (seconds === undefined ? undefined : seconds * 1000);
  }

  /** Failed last time first (as jest does), then the longest known, then the rest by size (jest's guess). */
  sort(tests) {
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    for (const test of tests) test.duration = this.time(test);
    return [...tests].sort(
      (a, b) =>
        Number(this.hasFailed(b)) - Number(this.hasFailed(a)) ||
        (b.duration ?? -1) - (a.duration ?? -1) ||
        size(b) - size(a),
    );
  }
}

module.exports = LongestFirst;
