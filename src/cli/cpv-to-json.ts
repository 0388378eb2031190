import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Converts the CPV 2008 CSV (`code,label_en`, 8-digit codes without check digit) into
 * `src/migrations/data/cpv-2008.json`, a list of `[code, label]` that the AddProcurement migration
 * inserts (`npx tsc -p tsconfig.build.json && node dist/src/cli/cpv-to-json.js <cpv-2008.csv>`). The file
 * lives beside the migrations and belongs to that migration: it never changes, so a landed migration keeps
 * its data; a new version of the vocabulary comes with a new migration and a file of its own.
 */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

const [source] = process.argv.slice(2);
if (!source) {
  console.error('usage: node dist/src/cli/cpv-to-json.js <cpv-2008.csv>');
  process.exit(2);
}
const lines = readFileSync(source, 'utf8').split(/\r?\n/).filter(Boolean);
const header = lines.shift();
if (header !== 'code,label_en') throw new Error(`unexpected header ${header}`);
const entries = lines.map((line) => {
  const [code, label] = parseCsvLine(line);
  if (!/^\d{8}$/.test(code) || !label) throw new Error(`bad line: ${line}`);
  return [code, label.trim()];
});
const target = path.resolve(__dirname, '..', '..', '..', 'src', 'migrations', 'data', 'cpv-2008.json');
writeFileSync(target, `[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`);
console.log(`${entries.length} codes written to ${path.relative(process.cwd(), target)}`);
