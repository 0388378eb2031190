import { ReportMunicipalitiesDocument } from './__generated__/graphql';
import type { Client } from './client';
import { UnknownFieldError } from './client';
import { ExitCode, ReportError } from './errors';
import type { Lang } from './i18n';
import { periodEndOf } from './i18n';
import type { Progress } from './progress';
import type { Municipality, Review, SectionData, SectionDefinition, YearPair } from './review';

/** Requests in flight at once: enough to overlap round trips, few enough to stay far from any rate limit. */
const CONCURRENCY = 4;

async function inTurns<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  return results;
}

/**
 * Reads the review from the API: the municipalities, then every section region-wide (which also tells
 * which sections the API has and which the key may read), then the per-municipality figures.
 */
export async function gatherReview(
  client: Client,
  sections: SectionDefinition<unknown>[],
  options: { year: number; lang: Lang; source: string; hasKey: boolean },
  progress: Progress,
): Promise<Review> {
  const { year } = options;
  const { municipalities: listed } = await client.request(ReportMunicipalitiesDocument, {});
  const municipalities: Municipality[] = listed.map((m) => ({ code: m.cbsCode, name: m.name }));

  // Every request is a step: the municipalities, then each section region-wide and per municipality.
  const total = sections.reduce((sum, s) => sum + 1 + (s.perMunicipality ? municipalities.length : 0), 1);
  let done = 1;
  progress.step('municipalities', done, total);
  const fetched = async <F>(section: SectionDefinition<F>, municipality: Municipality | null) => {
    const pair = await section.fetch(client, year, municipality?.code ?? null);
    done += 1;
    progress.step(`${section.name}${municipality ? ` ${municipality.name}` : ''}`, done, total);
    return pair;
  };

  const available: SectionDefinition<unknown>[] = [];
  const skipped: SectionDefinition<unknown>[] = [];
  const hidden: string[] = [];
  const regions = new Map<string, YearPair<unknown>>();
  await inTurns(
    sections.map((section) => async () => {
      try {
        const pair = await fetched(section, null);
        if (pair === null) {
          if (section.restricted) hidden.push(section.name);
          else throw new ReportError(`the API gave no ${section.name} section for ${year}`);
          return;
        }
        regions.set(section.name, pair);
      } catch (error) {
        // A section the server does not know is left out, not an error: the client may be newer than it.
        if (!(error instanceof UnknownFieldError)) throw error;
        skipped.push(section);
        done += section.perMunicipality ? municipalities.length + 1 : 1;
      }
    }),
    CONCURRENCY,
  );
  if (hidden.length > 0) {
    const which = sections.filter((s) => hidden.includes(s.name)).map((s) => s.name);
    throw new ReportError(
      options.hasKey
        ? `the key lacks the scope reports:read, which the sections ${which.join(', ')} need (the API leaves them empty): ask an admin for a key with reports:read`
        : `no API key given: the sections ${which.join(', ')} need a key with the scope reports:read (--api-key or REPORT_API_KEY)`,
      ExitCode.FORBIDDEN,
    );
  }
  for (const section of sections) if (regions.has(section.name)) available.push(section);

  const data = new Map<string, SectionData<unknown>>(
    available.map((s) => [s.name, { region: regions.get(s.name)!, byMunicipality: new Map() }]),
  );
  const perMunicipality = available.filter((s) => s.perMunicipality);
  const pairs = await inTurns(
    perMunicipality.flatMap((section) =>
      municipalities.map((municipality) => async () => ({
        section,
        municipality,
        pair: await fetched(section, municipality),
      })),
    ),
    CONCURRENCY,
  );
  // Filled after all have come back, so the order is the municipalities' whatever the timing.
  for (const { section, municipality, pair } of pairs) {
    if (pair === null)
      throw new ReportError(`the API gave no ${section.name} section for ${municipality.name}`);
    data.get(section.name)!.byMunicipality.set(municipality.code, pair);
  }

  const generatedAt = new Date();
  return {
    year,
    periodEnd: periodEndOf(year, generatedAt),
    lang: options.lang,
    generatedAt: generatedAt.toISOString(),
    source: options.source,
    municipalities,
    sections: available.map((definition) => ({ definition, data: data.get(definition.name)! })),
    skipped,
  };
}
