import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from './client';
import { ExitCode, ReportError } from './errors';
import { gatherReview } from './gather';
import { formatter, TEXTS } from './i18n';
import type { Format, ReportOptions } from './options';
import { parseOptions, USAGE } from './options';
import { createProgress } from './progress';
import { renderCsv, renderJson } from './render/data';
import { renderHtml } from './render/html';
import { renderMarkdown } from './render/markdown';
import type { RenderContext, Review } from './review';
import { SECTIONS } from './sections';

/**
 * The board's annual review from the live API:
 * `npm run report -- --year 2018 --api-key <reports:read key> --out review-2018.html`.
 * It speaks to the API over HTTP only, as any outside client does (no import of the server's code).
 */

/** What the sections need to write in the review's language. */
export function renderContext(review: Review): RenderContext {
  const municipalityNames = new Map(review.municipalities.map((m) => [m.code, m.name]));
  const format = formatter(review.lang);
  return {
    year: review.year,
    periodEnd: review.periodEnd,
    complete: review.periodEnd.endsWith('-12-31'),
    periodEndText: format.day(review.periodEnd),
    lang: review.lang,
    format,
    texts: TEXTS[review.lang],
    municipalities: review.municipalities,
    nameOf: (code) => municipalityNames.get(code) ?? code,
  };
}

function render(review: Review, format: Format): string {
  const context = renderContext(review);
  switch (format) {
    case 'html':
      return renderHtml(review, context);
    case 'md':
      return renderMarkdown(review, context);
    case 'csv':
      return renderCsv(review);
    case 'json':
      return renderJson(review);
  }
}

/** Written beside the target and renamed over it: a failed run never leaves half a report behind. */
function writeAtomically(file: string, text: string): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new ReportError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

export async function run(
  argv: string[],
  io: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream; env: NodeJS.ProcessEnv },
): Promise<number> {
  let options: ReportOptions | 'help';
  try {
    options = parseOptions(argv, io.env);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    io.stderr.write(`report: ${error.message}\n`);
    return error.exitCode;
  }
  if (options === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return ExitCode.OK;
  }
  const progress = createProgress(io.stderr, options.quiet);
  try {
    const client = createClient({ url: options.url, apiKey: options.apiKey });
    const review = await gatherReview(
      client,
      SECTIONS,
      { year: options.year, lang: options.lang, source: options.url, hasKey: options.apiKey !== undefined },
      progress,
    );
    const text = render(review, options.format);
    progress.end();
    if (options.out === undefined) {
      io.stdout.write(text);
    } else {
      // `npm run` starts scripts in the package's folder; a relative --out means the caller's folder.
      const file = path.resolve(io.env.INIT_CWD ?? process.cwd(), options.out);
      writeAtomically(file, text);
      io.stderr.write(
        `report: wrote ${file} (${options.format}, ${review.sections.length} sections, ${client.requests} requests)\n`,
      );
    }
    return ExitCode.OK;
  } catch (error) {
    progress.end();
    if (error instanceof ReportError) {
      io.stderr.write(`report: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`report: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return ExitCode.FAILED;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
