import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSortedSchema } from '../schema';

/** Writes schema/schema.graphql; with --check, exits 1 when the committed file is stale. */
const file = path.resolve(__dirname, '..', '..', '..', 'schema', 'schema.graphql');
const printed = printSortedSchema();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== printed) {
    console.error('schema/schema.graphql is stale: run `npm run schema:print` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current.');
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
