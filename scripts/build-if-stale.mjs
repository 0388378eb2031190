// Builds dist/ with tsc only when a source file changed since the last successful build, so the CLIs
// (`npm run token`, `npm run apikey`, `npm run report`) and `npm start` start in about a second when the
// build is current.
// Usage: node scripts/build-if-stale.mjs [--force] [--no-check]
//   --force: build anyway (`npm run build`)
//   --no-check: emit without type checking, half the time (the tests' global setup: their own run checks no
//     types either, `npm run typecheck` does); tsc emits the same files either way.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');
// What tsconfig.build.json compiles, and what decides how.
const inputs = [
  'src',
  'bench',
  'scripts',
  'ormconfig.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
];

function newestChange(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  // A directory's own mtime changes when a file in it is added, removed or renamed.
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changedAt = Math.max(
  ...inputs
    .map((entry) => path.join(root, entry))
    .filter(existsSync)
    .map(newestChange),
);
if (process.argv.includes('--force') || changedAt > builtAt) {
  const startedAt = new Date();
  // On standard error: standard output is what the CLIs print (a token, a key, the schema).
  process.stderr.write(
    builtAt === 0
      ? 'Compiling the API (first start, about 40 s)…\n'
      : 'Compiling the API (changed sources)…\n',
  );
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const noCheck = process.argv.includes('--no-check') ? ['--noCheck'] : [];
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', ...noCheck], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    process.stderr.write('The build failed (see the errors above): fix them, then run the command again.\n');
    process.exit(result.status ?? 1);
  }
  // Dated to the start of the build: a file saved while tsc ran counts as changed next time.
  writeFileSync(stamp, `${startedAt.toISOString()}\n`);
  utimesSync(stamp, startedAt, startedAt);
  process.stderr.write(`Compiled in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s.\n`);
}
