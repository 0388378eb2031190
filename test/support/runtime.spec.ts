import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The test runtime (`test/support/runtime.js`) in a jest of its own, running two files in one process as a
 * worker does (in an order of jest's choosing): the file run second must not carry the storages of the one
 * run first, and stack traces keep their lines and columns although modules are compiled differently.
 */

jest.setTimeout(60_000);

const root = path.join(__dirname, '..', '..');
const fixtures = path.join(__dirname, 'runtime-fixtures');

async function runJest(runtime: string | undefined): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-runtime-'));
  const counts = path.join(dir, 'counts');
  try {
    const config = { rootDir: fixtures, testMatch: ['**/*.check.js'], transform: {}, runtime };
    await promisify(execFile)(
      process.execPath,
      [
        path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--config',
        JSON.stringify(config),
        '--runInBand',
        '--ci',
        `--cacheDirectory=${path.join(dir, 'cache')}`,
      ],
      { cwd: root, env: { ...process.env, STORAGE_COUNTS: counts } },
    );
    return Object.fromEntries(
      readFileSync(counts, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(' '))
        .map(([name, count]) => [name, Number(count)]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a file's async storages end with it, and stack traces keep their lines", async () => {
  const counts = await runJest(path.join(root, 'test', 'support', 'runtime.js'));
  expect(counts.first).toBe(counts.second);
  expect(counts.first).toBeLessThanOrEqual(2); // its own and jest-circus's
});

test("without it, jest's runtime leaves the first file's storages on the second file's promises", async () => {
  const { first, second } = await runJest(undefined);
  // Node 24 keeps async context in one frame instead of a symbol per storage on every resource: no such cost.
  // Whichever file ran second also carries the storages of the other.
  if (first > 0) expect(Math.abs(first - second)).toBe(2);
});
