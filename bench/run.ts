import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { throwawayDatabase } from '../src/cli/throwaway-database';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/database';
import {
  Association,
  Business,
  BusinessMembership,
  Municipality,
  random,
  syntheticBusiness,
} from '../src/modules/core';
import { seedMissingDemoData } from '../src/seed';
import { createServer } from '../src/server';

/**
 * Latency of typical operations on a large synthetic data set (default 50,000 businesses), against the real
 * server and a throwaway embedded PostgreSQL, and of the news on 30,000 articles:
 * `npm run bench -- --businesses 200000 --articles 100000 --runs 50`.
 */
const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'first page, nested (100 rows)': {
    query:
      '{ businesses(first: 100) { totalCount nodes { name municipality { name } associations { name } } } }',
  },
  'filter by municipality': {
    query: '{ businesses(first: 50, filter: { municipality: "GM0352" }) { totalCount nodes { name } } }',
  },
  'search by part of the name': {
    query: '{ businesses(first: 20, filter: { search: "bakkerij" }) { totalCount nodes { name city } } }',
  },
  'exact KvK number': { query: '{ businessByKvkNumber(kvkNumber: "10004462") { name } }' },
  'deep page via cursor': {
    query: 'query ($after: String) { businesses(first: 100, after: $after) { nodes { name } } }',
  },
  'news: latest page with labels': {
    query:
      '{ articles(first: 20) { totalCount nodes { title labels { name } signatories { person { name } } } } }',
  },
  'news: Dutch search, ranked, snippets': {
    query:
      '{ articles(first: 20, filter: { search: "ondernemer" }) { totalCount nodes { title searchSnippet } } }',
  },
  'news: search for a rare word': {
    query:
      '{ articles(first: 20, filter: { search: "wethouder" }) { totalCount nodes { title searchSnippet } } }',
  },
  'news: archive by year and month': { query: '{ newsArchive { year count months { month count } } }' },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      businesses: { type: 'string', default: '50000' },
      articles: { type: 'string', default: '30000' },
      runs: { type: 'string', default: '30' },
    },
  });
  const count = Number(values.businesses);
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  const database = await throwawayDatabase();
  const sqlCounts = new Map<string, number>();
  const log = pino(
    { level: 'info' },
    {
      write: (line: string) => {
        const entry = JSON.parse(line) as { msg: string; operationName?: string; sqlCount?: number };
        if (entry.msg === 'request' && entry.operationName)
          sqlCounts.set(entry.operationName, entry.sqlCount ?? 0);
      },
    },
  );
  const dataSource = createDataSource(database.url, { poolSize: 10 });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedMissingDemoData(dataSource);
    const loadStart = performance.now();
    const municipalities = new Map(
      (await dataSource.manager.find(Municipality)).map((m) => [m.cbsCode, m.id]),
    );
    const associations = new Map(
      (await dataSource.manager.find(Association)).map((a) => [a.municipalityId, a.id]),
    );
    const next = random(42);
    const offset = 1000; // past the demo businesses, whose KvK numbers come from the same generator
    for (let start = 0; start < count; start += 2000) {
      const batch = Array.from({ length: Math.min(2000, count - start) }, (_, i) =>
        syntheticBusiness(offset + start + i, 7),
      );
      const inserted = await dataSource.manager.insert(
        Business,
        batch.map(({ cbsCode, ...b }) => ({ ...b, municipalityId: municipalities.get(cbsCode)! })),
      );
      const members = inserted.identifiers
        .map((identifier, i) => ({
          id: identifier.id as string,
          municipalityId: municipalities.get(batch[i].cbsCode)!,
        }))
        .filter(() => next() < 0.6)
        .map((b) => ({
          businessId: b.id,
          associationId: associations.get(b.municipalityId)!,
          since: '2015-01-01',
          until: null,
        }));
      if (members.length > 0) await dataSource.manager.insert(BusinessMembership, members);
    }
    // Articles: published over the years, one in a thousand mentions a rare word.
    await dataSource.query(
      `INSERT INTO article (slug, title, body, status, published_at)
       SELECT 'bench-' || i,
              'Nieuws ' || i || ' over ' || (ARRAY['ondernemers', 'gemeenten', 'netwerken', 'inkoop', 'werk'])[1 + i % 5],
              repeat('De ondernemers in de regio werken samen met de gemeenten aan inkoop en werk. ', 8)
                || CASE WHEN i % 1000 = 0 THEN 'De wethouder was er ook.' ELSE '' END,
              'PUBLISHED', now() - make_interval(hours => i)
         FROM generate_series(1, $1) AS i`,
      [articles],
    );
    await dataSource.query('ANALYZE');
    console.log(
      `loaded ${count} businesses and ${articles} articles in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
    );

    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' });
    const server = await createServer(config, dataSource, log);
    const url = await server.listen(0, '127.0.0.1');
    const deepCursor = await (async () => {
      let after: string | null = null;
      for (let page = 0; page < 50; page += 1) {
        const res: Response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: QUERIES['deep page via cursor'].query.replace('nodes { name }', 'pageInfo { endCursor }'),
            variables: { after },
          }),
        });
        after = ((await res.json()) as { data: { businesses: { pageInfo: { endCursor: string } } } }).data
          .businesses.pageInfo.endCursor;
      }
      return after;
    })();
    QUERIES['deep page via cursor'].variables = { after: deepCursor };

    console.log(`\n${runs} runs each, sequential, one client; milliseconds\n`);
    console.log(
      'operation'.padEnd(40),
      'p50'.padStart(7),
      'p95'.padStart(7),
      'max'.padStart(7),
      'SQL'.padStart(5),
    );
    for (const [name, { query, variables }] of Object.entries(QUERIES)) {
      const operationName = name.replace(/[^A-Za-z]/g, '');
      const durations: number[] = [];
      for (let run = 0; run < runs + 3; run += 1) {
        const started = performance.now();
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `query ${operationName}${query.startsWith('query') ? query.slice(5) : ` ${query}`}`,
            variables,
          }),
        });
        const body = (await res.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        if (run >= 3) durations.push(performance.now() - started); // the first runs warm caches
      }
      durations.sort((a, b) => a - b);
      console.log(
        name.padEnd(40),
        percentile(durations, 50).toFixed(1).padStart(7),
        percentile(durations, 95).toFixed(1).padStart(7),
        durations.at(-1)!.toFixed(1).padStart(7),
        String(sqlCounts.get(operationName) ?? '?').padStart(5),
      );
    }
    await server.close();
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
