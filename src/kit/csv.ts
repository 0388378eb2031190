import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { Connection } from './relay';
import { MAX_PAGE_SIZE } from './relay';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, and tab or carriage return, which some
 * programs skip before looking): prefixed with `'`, so an entrepreneur's name such as `=HYPERLINK(...)` stays
 * text when an organiser opens the download (OWASP "CSV injection").
 */
const FORMULA = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | Date | null | undefined;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return String(value);
  return FORMULA.test(value) ? `'${value}` : value;
}

/** A CSV document: a header row, then the rows; every cell through the formula guard. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return stringify(
    [header, ...rows].map((row) => row.map(cell)),
    { record_delimiter: 'windows' },
  );
}

/**
 * Sends a download: UTF-8 with a byte order mark (so Excel reads "é" right), `Content-Disposition: attachment`
 * with the file name, and never stored by shared caches (most downloads hold personal data).
 */
export function sendCsv(response: Response, fileName: string, header: string[], rows: CsvCell[][]): void {
  const safe = fileName.replace(/[^A-Za-z0-9._-]+/g, '-');
  response
    .status(200)
    .set('cache-control', 'private, no-store')
    .set('content-disposition', `attachment; filename="${safe}"`)
    .type('text/csv; charset=utf-8')
    .send(`\uFEFF${toCsv(header, rows)}`);
}

/** Rows a download holds at most; more is refused rather than cut off silently. */
export const EXPORT_MAX_ROWS = 10_000;

/**
 * Every node of a list, page after page through the API's own service (so the export sees exactly what
 * `first`/`after` would show the caller). Null when the list is longer than `EXPORT_MAX_ROWS`.
 */
export async function allNodes<T>(
  load: (page: { first: number; after?: string }) => Promise<Connection<T>>,
): Promise<T[] | null> {
  const nodes: T[] = [];
  let after: string | undefined;
  for (;;) {
    const connection = await load({ first: MAX_PAGE_SIZE, after });
    nodes.push(...(await connection.nodes));
    const pageInfo = await connection.pageInfo;
    if (nodes.length > EXPORT_MAX_ROWS) return null;
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return nodes;
    after = pageInfo.endCursor;
  }
}
