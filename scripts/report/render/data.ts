import { stringify } from 'csv-stringify/sync';
import { figuresOf } from '../review';
import type { Review } from '../review';

export const CSV_COLUMNS = ['section', 'figure', 'municipality', 'year', 'value'] as const;

/**
 * The raw figures, one row each (RFC 4180, comma-separated, a header row). An empty cell is null: the whole
 * region in `municipality`, no value in `value`. Numbers are written as JavaScript prints them (a dot for
 * decimals, no grouping), so reading the file back gives the same figures as the JSON.
 */
export function renderCsv(review: Review): string {
  return stringify(
    figuresOf(review).map((f) => [f.section, f.figure, f.municipality ?? '', f.year, f.value ?? '']),
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix' },
  );
}

/** The raw figures with what they are about: the year, the municipalities, the sections and the source. */
export function renderJson(review: Review): string {
  return `${JSON.stringify(
    {
      year: review.year,
      generatedAt: review.generatedAt,
      source: review.source,
      municipalities: review.municipalities,
      sections: review.sections.map((s) => s.definition.name),
      skipped: review.skipped.map((s) => s.name),
      figures: figuresOf(review),
    },
    null,
    2,
  )}\n`;
}
