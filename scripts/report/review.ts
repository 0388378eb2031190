import type { Client } from './client';
import type { Formatter, Lang, Texts } from './i18n';

/** A municipality of the region, as the API names it. */
export interface Municipality {
  code: string;
  name: string;
}

/** A section's figures for the year reviewed and the year before: the shape of every section of the API. */
export interface YearPair<F> {
  current: F;
  previous: F;
}

/** What the API gave for one section: the whole region, and each municipality when the section asks for it. */
export interface SectionData<F> {
  region: YearPair<F>;
  /** By CBS code, in the order of `Review.municipalities`; empty for a section that is region-wide only. */
  byMunicipality: Map<string, YearPair<F>>;
}

/**
 * One raw figure: a row of the CSV, an entry of the JSON. `figure` is a dotted path within the section
 * (`awardedValue`, `months.3.checkedIn`); `municipality` is a CBS code, null for the whole region; `value` is
 * null where the API has none (a share of nothing) or suppressed it.
 */
export interface Figure {
  section: string;
  figure: string;
  municipality: string | null;
  year: number;
  value: number | null;
}

/** A figure of a section before it is placed in a year and a municipality. */
export interface FigureValue {
  figure: string;
  value: number | null;
  municipality?: string;
}

/** A piece of a section as a reader sees it; Markdown shows all but charts, HTML shows all. */
export type Block =
  | { kind: 'heading'; text: string }
  /** Markdown inline text (emphasis only): the same words in Markdown and HTML. */
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; align?: ('left' | 'right')[] }
  | { kind: 'chart'; name: string; title: string; svg: string };

export interface RenderContext {
  year: number;
  /**
   * The last day the review covers (`YYYY-MM-DD`, Amsterdam): 31 December, or today for a year not yet
   * ended, which the texts then say ("tot en met 6 december").
   */
  periodEnd: string;
  /** False for the current year: the review covers it up to and including `periodEnd`. */
  complete: boolean;
  /** `periodEnd` as a reader writes it: "31 december 2018", "6 December 2026". */
  periodEndText: string;
  lang: Lang;
  format: Formatter;
  texts: Texts;
  municipalities: Municipality[];
  /** The municipality's name by CBS code (the code itself when the API did not list it). */
  nameOf(code: string): string;
}

/**
 * A section of the review: which field of `AnnualReview` it reads, how, and how it reads to a person. One
 * file per section (`sections/<name>.ts`): a module's section is added by adding its file and one line in
 * `sections/index.ts`.
 */
export interface SectionDefinition<F> {
  /** The field on `AnnualReview`, e.g. `procurement`. */
  name: string;
  /** The section's heading, in each language. */
  title: Record<Lang, string>;
  /** A heading that names a year (e.g. "Agenda 2019" in the review of 2018); `title` when left out. */
  heading?(year: number, lang: Lang): string;
  /** The API answers null without `reports:read` (or ADMIN): null then means a missing scope, not no data. */
  restricted: boolean;
  /** Also fetched per municipality, for the section's comparisons between municipalities. */
  perMunicipality: boolean;
  /** The section for the year, region-wide (municipality null) or for one municipality; null when hidden. */
  fetch(client: Client, year: number, municipality: string | null): Promise<YearPair<F> | null>;
  /**
   * The raw figures of one year of the section. A figure the API lists per municipality inside a
   * region-wide answer (e.g. businesses per municipality) names its municipality's CBS code.
   */
  figures(figures: F): FigureValue[];
  /** The text, tables and charts under the heading. */
  render(data: SectionData<F>, context: RenderContext): Block[];
}

export interface Review {
  year: number;
  /** The last day the review covers: 31 December, or the day the report was made for a year not yet ended. */
  periodEnd: string;
  lang: Lang;
  /** When the figures were read (ISO 8601). */
  generatedAt: string;
  /** The API they were read from. */
  source: string;
  municipalities: Municipality[];
  sections: { definition: SectionDefinition<unknown>; data: SectionData<unknown> }[];
  /** Sections this client knows that the API does not have (an older server, a module it does not run). */
  skipped: SectionDefinition<unknown>[];
}

/** Every raw figure of the review, in the order of the sections, then region first, then year and figure. */
export function figuresOf(review: Review): Figure[] {
  const rows: Figure[] = [];
  for (const { definition, data } of review.sections) {
    const scopes: [string | null, YearPair<unknown>][] = [[null, data.region], ...data.byMunicipality];
    for (const [municipality, pair] of scopes) {
      for (const [year, figures] of [
        [review.year, pair.current],
        [review.year - 1, pair.previous],
      ] as const) {
        for (const f of definition.figures(figures)) {
          rows.push({
            section: definition.name,
            figure: f.figure,
            municipality: f.municipality ?? municipality,
            year,
            value: f.value,
          });
        }
      }
    }
  }
  return rows;
}
