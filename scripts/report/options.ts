import path from 'node:path';
import { parseArgs } from 'node:util';
import { ReportError, ExitCode } from './errors';
import type { Lang } from './i18n';

export type Format = 'html' | 'md' | 'csv' | 'json';
const FORMATS: readonly Format[] = ['html', 'md', 'csv', 'json'];
const LANGS: readonly Lang[] = ['nl', 'en'];

export interface ReportOptions {
  year: number;
  url: string;
  /** The `reports:read` key; `undefined` asks as an anonymous caller (restricted sections then fail). */
  apiKey: string | undefined;
  format: Format;
  /** Where to write; `undefined` for standard output. */
  out: string | undefined;
  lang: Lang;
  quiet: boolean;
}

export const USAGE = `usage: npm run report -- --year <year> [--url <graphql url>] [--api-key <key>] [--out <file>]
       [--format html|md|csv|json] [--lang nl|en] [--quiet]
  --year      the calendar year to review, e.g. 2018
  --url       the API's GraphQL endpoint (default http://localhost:4000/graphql)
  --api-key   a key with the scope reports:read (or set REPORT_API_KEY)
  --out       the file to write; the format follows its extension (.html, .md, .csv, .json)
  --format    html, md, csv or json (default: from --out, else md on standard output)
  --lang      nl (default) or en
  --quiet     no progress on standard error`;

const DEFAULT_URL = 'http://localhost:4000/graphql';

function usageError(message: string): ReportError {
  return new ReportError(`${message} (npm run report -- --help)`, ExitCode.USAGE);
}

/** The format an output file's extension names, if any. */
function formatOfFile(file: string): Format | undefined {
  const extension = path.extname(file).slice(1).toLowerCase();
  if (extension === 'htm') return 'html';
  if (extension === 'markdown') return 'md';
  return FORMATS.find((format) => format === extension);
}

/**
 * Reads the command line. Every mistake is a one-line `ReportError` with exit code 2, before any request:
 * a typo must not cost a round of requests, nor overwrite a file.
 */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): ReportOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        year: { type: 'string' },
        url: { type: 'string' },
        'api-key': { type: 'string' },
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        lang: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--yaer'"; its longer hints about `--` do not apply here.
    throw usageError((error as Error).message.split('. ')[0]);
  }
  if (values.help) return 'help';

  if (values.year === undefined) throw usageError('--year is required, e.g. --year 2018');
  if (!/^\d{4}$/.test(values.year))
    throw usageError(`--year must be a year such as 2018, not "${values.year}"`);
  const year = Number(values.year);

  const url = values.url ?? DEFAULT_URL;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(`--url must be the API's GraphQL URL, e.g. ${DEFAULT_URL}, not "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw usageError(`--url must be an http or https URL, not "${url}"`);
  }

  const lang = (values.lang ?? 'nl').toLowerCase();
  if (!LANGS.includes(lang as Lang)) throw usageError(`--lang must be nl or en, not "${values.lang}"`);

  const out = values.out === undefined || values.out === '-' ? undefined : values.out;
  if (out === '') throw usageError('--out needs a file name');
  let format: Format;
  if (values.format !== undefined) {
    const asked = values.format.toLowerCase();
    if (!FORMATS.includes(asked as Format)) {
      throw usageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
    }
    format = asked as Format;
  } else if (out !== undefined) {
    const fromFile = formatOfFile(out);
    if (!fromFile) {
      throw usageError(
        `cannot tell the format from "${out}": give --format or end --out in .html, .md, .csv or .json`,
      );
    }
    format = fromFile;
  } else {
    format = 'md';
  }

  const apiKey = values['api-key'] ?? (env.REPORT_API_KEY || undefined);
  if (apiKey !== undefined && apiKey.trim() === '') throw usageError('--api-key is empty');

  return { year, url, apiKey, format, out, lang: lang as Lang, quiet: values.quiet ?? false };
}
