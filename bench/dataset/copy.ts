import { once } from 'node:events';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Progress } from '../progress';

/** A value of a COPY row: null is SQL NULL, arrays become array literals. */
export type CopyValue = string | number | boolean | Date | null | readonly string[];

/** COPY's text format: backslash, tab, newline and carriage return are escaped; `\N` is NULL. */
function copyText(value: CopyValue): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return `{${value.map((item) => JSON.stringify(item)).join(',')}}`.replace(/\\/g, '\\\\');
  return String(value).replace(
    /[\\\t\n\r]/g,
    (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!,
  );
}

/**
 * Streams rows into `table` with one COPY: the fastest way into PostgreSQL, tens of thousands of rows a
 * second even with the indexes in place. Writes wait for the stream to drain, so memory stays flat.
 */
export async function copyRows(
  client: Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<CopyValue[]>,
  progress?: Progress,
): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = once(stream, 'finish');
  let batch = '';
  let count = 0;
  for (const row of rows) {
    batch += `${row.map(copyText).join('\t')}\n`;
    count += 1;
    if (batch.length > 1 << 16) {
      progress?.tick(count);
      count = 0;
      if (!stream.write(batch)) await once(stream, 'drain');
      batch = '';
    }
  }
  stream.end(batch);
  await done;
  progress?.tick(count);
}
