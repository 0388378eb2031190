import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { Client } from 'pg';
import { freePort, throwawayDatabase } from '../src/cli/throwaway-database';
import { createDataSource } from '../src/database';
import { ApiScope, Role, signToken } from '../src/kit';
import { issueApiKey, MAX_SYNTHETIC_BUSINESSES, Organisation } from '../src/modules/core';
import { seedMissingDemoData } from '../src/seed';
import { DEFAULT_SIZE, loadDataset } from './dataset/generate';
import { ENGINE_WORKLOADS } from './engine-schema';
import { explainWorkloads, PostgresLog } from './explain';
import { summariseProfile } from './profile';
import type { LoadFigures, Target } from './load';
import { alternate, singleClient } from './load';
import type { ApiProcess, EngineProcess, FloorProcess } from './processes';
import { cpuSeconds, root, RssSampler, startApi, startEngine, startFloor, stopStarted } from './processes';
import type { BenchResult, RunFigures, WorkloadResult } from './report';
import { gitCommit, machine, markdown, save } from './report';
import type { Caller, Workload } from './workloads';
import { workloads } from './workloads';

const USAGE = `npm run bench -- [options]
  --businesses N      synthetic businesses besides the demo's 300 (default ${DEFAULT_SIZE.businesses})
  --events N          synthetic events (default ${DEFAULT_SIZE.events})
  --articles N        synthetic articles (default ${DEFAULT_SIZE.articles})
  --workloads A,B     only these workloads (${workloads.map((w) => w.id).join(', ')}; default all)
  --connections A,B   concurrencies (default 16,64)
  --duration S        seconds per round (default 10)
  --rounds N          alternating rounds of API and floor (default 3)
  --warmup S          seconds of warm-up for each target, per concurrency (default 2)
  --single N          requests of one client, one at a time, per target (default 30; 0 skips)
  --cpu-prof          profile the API process (node --cpu-prof) and summarise where its CPU time went
  --rate-limits       run the API with its per-address and per-key limits on (set too high to refuse), so
                      the figures include what counting every request costs
  --engine MODE       also load the generic engine (graphql-js and join-monster 4, engine-server.ts) for
                      the workloads it covers (${ENGINE_WORKLOADS.join(', ')}), nested lists as JOINs in one
                      statement (join) or one more statement per level (batch)
  --engine-prepared   the engine runs each statement as a named prepared statement (named by its text)
  --explain           also write EXPLAIN (ANALYZE, BUFFERS) of every statement of API and floor per workload
  --keep-data DIR     keep the database in DIR and reuse its data set on the next run with the same sizes
                      (a 2,000,000-business set loads once); remove DIR when done
  --out DIR           where results go (default bench/results)`;

function options() {
  const { values } = parseArgs({
    options: {
      businesses: { type: 'string', default: String(DEFAULT_SIZE.businesses) },
      events: { type: 'string', default: String(DEFAULT_SIZE.events) },
      articles: { type: 'string', default: String(DEFAULT_SIZE.articles) },
      workloads: { type: 'string' },
      connections: { type: 'string', default: '16,64' },
      duration: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '2' },
      single: { type: 'string', default: '30' },
      explain: { type: 'boolean', default: false },
      engine: { type: 'string' },
      'engine-prepared': { type: 'boolean', default: false },
      'rate-limits': { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(root, 'bench', 'results') },
      'keep-data': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: keyof typeof values, min = 0, max = Number.MAX_SAFE_INTEGER) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min || value > max) {
      console.error(`--${name} must be a whole number from ${min} to ${max}\n\n${USAGE}`);
      process.exit(2);
    }
    return value;
  };
  const wanted = values.workloads?.split(',').map((id) => id.trim().toLowerCase());
  const selected = wanted ? workloads.filter((w) => wanted.includes(w.id.toLowerCase())) : workloads;
  if (selected.length === 0 || (wanted && selected.length !== wanted.length)) {
    console.error(`--workloads: unknown name in "${values.workloads}"\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.engine !== undefined && values.engine !== 'join' && values.engine !== 'batch') {
    console.error(`--engine must be join or batch\n\n${USAGE}`);
    process.exit(2);
  }
  const connections = values.connections.split(',').map(Number);
  if (connections.some((c) => !Number.isInteger(c) || c < 1)) {
    console.error(`--connections must be whole numbers, e.g. 16,64\n\n${USAGE}`);
    process.exit(2);
  }
  return {
    size: {
      businesses: count('businesses', 0, MAX_SYNTHETIC_BUSINESSES - 1000),
      events: count('events'),
      articles: count('articles'),
    },
    selected,
    connections,
    duration: count('duration', 1),
    rounds: count('rounds', 1),
    warmup: count('warmup'),
    single: count('single'),
    explain: values.explain,
    engine: values.engine as 'join' | 'batch' | undefined,
    enginePrepared: values['engine-prepared'],
    rateLimits: values['rate-limits'],
    cpuProf: values['cpu-prof'],
    out: values.out,
    keepData: values['keep-data'] ? path.resolve(values['keep-data']) : undefined,
  };
}

/** Where in two answers they first differ, for a message that points at it. */
function firstDifference(a: unknown, b: unknown, names: [string, string], at = 'data'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        names,
        `${at}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${at}: ${names[0]} ${JSON.stringify(a)?.slice(0, 300)} but ${names[1]} ${JSON.stringify(b)?.slice(0, 300)}`;
}

async function post(target: Target): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${target.url}: HTTP ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as { data?: unknown; errors?: unknown };
}

/** The API, the floor (and the engine) must give the same `data` before their speed means anything. */
async function assertSameData(
  workload: Workload,
  api: Target,
  floor: Target,
  engine?: Target,
): Promise<void> {
  const fromApi = await post(api);
  if (fromApi.errors)
    throw new Error(`${workload.id}: the API answered errors: ${JSON.stringify(fromApi.errors)}`);
  const fromFloor = await post(floor);
  const normalise = workload.normalise ?? ((data: unknown) => data);
  const difference = firstDifference(normalise(fromApi.data), normalise(fromFloor.data), ['API', 'floor']);
  if (difference) throw new Error(`${workload.id}: API and floor disagree at ${difference}`);
  if (!engine) return;
  const fromEngine = await post(engine);
  if (fromEngine.errors)
    throw new Error(`${workload.id}: the engine answered errors: ${JSON.stringify(fromEngine.errors)}`);
  const engineDifference = firstDifference(normalise(fromEngine.data), normalise(fromFloor.data), [
    'engine',
    'floor',
  ]);
  if (engineDifference) throw new Error(`${workload.id}: engine and floor disagree at ${engineDifference}`);
}

async function main(): Promise<void> {
  const opts = options();
  const started = new Date();
  const jwtSecret = randomBytes(32).toString('hex');
  const postgresLog = new PostgresLog();
  const database = await throwawayDatabase(postgresLog.logger, opts.keepData);
  // Interrupted (Ctrl-C, a supervisor's SIGTERM): the processes it started stop with it, and PostgreSQL
  // shuts down cleanly, so a kept data directory can be used again.
  const interrupted = (signal: NodeJS.Signals) => {
    console.error(`${signal}: stopping the API, the floor, the engine and PostgreSQL`);
    void stopStarted()
      .then(() => database.stop())
      .finally(() => process.exit(128 + os.constants.signals[signal]));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, interrupted);
  // A kept data directory remembers the sizes it was loaded with; another size starts from an empty one.
  const loadedMarker = opts.keepData && path.join(opts.keepData, 'bench-dataset.json');
  const loadedBefore =
    loadedMarker && existsSync(loadedMarker)
      ? (JSON.parse(readFileSync(loadedMarker, 'utf8')) as { size: unknown; loadSeconds: number })
      : undefined;
  const reuse = loadedBefore !== undefined && isDeepStrictEqual(loadedBefore.size, opts.size);
  let api: ApiProcess | undefined;
  let floor: FloorProcess | undefined;
  let engine: EngineProcess | undefined;
  try {
    console.error('database: migrations and demo data');
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedMissingDemoData(dataSource);
    const park = await dataSource.manager.findOneByOrFail(Organisation, {
      name: 'Nationaal Park Utrechtse Heuvelrug',
    });
    const partnerKey = await issueApiKey(dataSource.manager, {
      organisationId: park.id,
      name: 'benchmark sync',
      scopes: [ApiScope.EVENTS_READ],
      createdBy: 'bench',
    });
    await dataSource.destroy();

    const client = new Client({ connectionString: database.url });
    await client.connect();
    const loadStart = performance.now();
    if (loadedBefore && !reuse) {
      throw new Error(`--keep-data ${opts.keepData} holds a data set of other sizes: remove it first`);
    }
    if (!reuse) await loadDataset(client, opts.size);
    // A reused set reports the time it took to load the first time.
    const loadSeconds = reuse ? loadedBefore.loadSeconds : (performance.now() - loadStart) / 1000;
    if (loadedMarker && !reuse) {
      writeFileSync(loadedMarker, JSON.stringify({ size: opts.size, loadSeconds }));
    }
    const counts = (
      await client.query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM business) AS businesses, (SELECT count(*) FROM event) AS events,
                (SELECT count(*) FROM registration) AS registrations, (SELECT count(*) FROM article) AS articles`,
      )
    ).rows[0];
    const postgres = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]
      .server_version;
    const sizes = (
      await client.query<Record<string, string>>(
        `SELECT pg_database_size(current_database()) AS database, pg_relation_size('business') AS "business table",
                pg_total_relation_size('business') AS "business with indexes"`,
      )
    ).rows[0];
    const sizesMiB = Object.fromEntries(
      Object.entries(sizes).map(([name, bytes]) => [name, Math.round(Number(bytes) / 1024 ** 2)]),
    );
    await client.end();
    const dataset = Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, Number(count)]));
    console.error(
      `data set: ${Object.entries(dataset)
        .map(([name, count]) => `${count.toLocaleString('en')} ${name}`)
        .join(', ')} in ${loadSeconds.toFixed(1)} s`,
    );

    const profileDir = path.join(os.tmpdir(), `regio-q4-profile-${process.pid}`);
    api = await startApi({
      databaseUrl: database.url,
      jwtSecret,
      port: await freePort(),
      extraArgs: opts.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      rateLimits: opts.rateLimits,
    });
    floor = await startFloor({ databaseUrl: database.url, poolSize: api.poolSize, port: await freePort() });
    if (opts.engine) {
      engine = await startEngine({
        databaseUrl: database.url,
        poolSize: api.poolSize,
        port: await freePort(),
        mode: opts.engine,
        prepared: opts.enginePrepared,
      });
    }
    const headers: Record<Caller, Record<string, string>> = {
      anonymous: {},
      admin: {
        authorization: `Bearer ${await signToken(jwtSecret, { sub: 'bench', roles: [Role.ADMIN] }, '12h')}`,
      },
      partner: { 'x-api-key': partnerKey.secret },
    };
    const apiTarget = (workload: Workload, url: string): Target => ({
      url: `${url}/graphql`,
      headers: headers[workload.caller],
      body: JSON.stringify({ query: workload.query }),
    });
    const rss = new RssSampler(api.pid);
    const results: WorkloadResult[] = [];
    for (const workload of opts.selected) {
      const targets = {
        api: apiTarget(workload, api.url),
        floor: {
          url: `${floor.url}/${workload.id}`,
          headers: {},
          body: JSON.stringify({ query: workload.query }),
        },
      };
      // The engine answers as an anonymous caller: only the workloads its schema covers.
      const engineTarget: Target | undefined =
        engine && workload.caller === 'anonymous' && ENGINE_WORKLOADS.includes(workload.id)
          ? { url: `${engine.url}/graphql`, headers: {}, body: JSON.stringify({ query: workload.query }) }
          : undefined;
      await assertSameData(workload, targets.api, targets.floor, engineTarget);
      const result: WorkloadResult = { id: workload.id, title: workload.title, runs: [] };
      if (opts.single > 0) {
        result.single = {
          api: await singleClient(targets.api, opts.single),
          floor: await singleClient(targets.floor, opts.single),
          ...(engineTarget ? { engine: await singleClient(engineTarget, opts.single) } : {}),
        };
      }
      for (const connections of opts.connections) {
        rss.reset();
        const sql = api.sql;
        sql.reset();
        const apiPid = api.pid;
        const enginePid = engine?.pid;
        let cpu = 0;
        let cpuAtStart = 0;
        let engineCpu = 0;
        let engineCpuAtStart = 0;
        const engineBefore = engineTarget && (await engine!.stats());
        const figures: Partial<Record<'engine', LoadFigures>> & Record<'api' | 'floor', LoadFigures> =
          await alternate(
            // Without the engine, `alternate` loads the two targets it is given and returns their figures.
            (engineTarget ? { ...targets, engine: engineTarget } : targets) as Record<
              'api' | 'floor' | 'engine',
              Target
            >,
            { connections, seconds: opts.duration, rounds: opts.rounds, warmup: opts.warmup },
            {
              before: (which) => {
                if (which === 'api') {
                  rss.start();
                  cpuAtStart = cpuSeconds(apiPid);
                } else if (which === 'engine') engineCpuAtStart = cpuSeconds(enginePid!);
              },
              after: (which) => {
                if (which === 'api') {
                  cpu += cpuSeconds(apiPid) - cpuAtStart;
                  rss.stop();
                } else if (which === 'engine') engineCpu += cpuSeconds(enginePid!) - engineCpuAtStart;
              },
            },
          );
        // Like the API's, counted over every engine request of this concurrency, the warm-up included.
        const engineAfter = engineTarget && (await engine!.stats());
        // Counted over every API request of this concurrency, the warm-up included.
        const sqlPerRequest = sql.perRequest;
        const engineFigures = figures.engine;
        const run: RunFigures = {
          connections,
          api: figures.api,
          floor: figures.floor,
          ratio: figures.floor.rps > 0 ? figures.api.rps / figures.floor.rps : null,
          sqlPerRequest,
          apiCpuMsPerRequest: figures.api.requests > 0 ? (cpu * 1000) / figures.api.requests : null,
          peakRssMiB: rss.peakMiB,
          ...(engineFigures && engineBefore && engineAfter
            ? {
                engine: {
                  ...engineFigures,
                  apiToEngine: engineFigures.rps > 0 ? figures.api.rps / engineFigures.rps : null,
                  engineToFloor: figures.floor.rps > 0 ? engineFigures.rps / figures.floor.rps : null,
                  sqlPerRequest:
                    engineAfter.requests > engineBefore.requests
                      ? (engineAfter.statements - engineBefore.statements) /
                        (engineAfter.requests - engineBefore.requests)
                      : null,
                  cpuMsPerRequest:
                    engineFigures.requests > 0 ? (engineCpu * 1000) / engineFigures.requests : null,
                },
              }
            : {}),
        };
        result.runs.push(run);
        console.error(
          `${workload.id} c=${connections}: API ${run.api.rps.toFixed(0)} req/s, floor ${run.floor.rps.toFixed(0)} req/s ` +
            `(${run.ratio === null ? '?' : (run.ratio * 100).toFixed(1)}%), API p99 ${run.api.p99} ms, ` +
            `${sqlPerRequest?.toFixed(1) ?? '?'} SQL/request, ` +
            `API CPU ${run.apiCpuMsPerRequest?.toFixed(2) ?? '?'} ms/request`,
        );
        if (run.engine) {
          console.error(
            `  engine ${run.engine.rps.toFixed(0)} req/s, API ÷ engine ${run.engine.apiToEngine?.toFixed(2) ?? '?'}, ` +
              `engine p99 ${run.engine.p99} ms, ${run.engine.sqlPerRequest?.toFixed(1) ?? '?'} SQL/request, ` +
              `engine CPU ${run.engine.cpuMsPerRequest?.toFixed(2) ?? '?'} ms/request`,
          );
        }
        if (figures.api.emptyRounds + figures.floor.emptyRounds + (figures.engine?.emptyRounds ?? 0) > 0) {
          console.error(`  some rounds completed no request: give slow workloads a longer --duration`);
        }
      }
      results.push(result);
    }

    const result: BenchResult = {
      date: started.toISOString().slice(0, 16) + 'Z',
      commit: gitCommit(root),
      machine: machine(postgres),
      options: {
        connections: opts.connections,
        duration: opts.duration,
        rounds: opts.rounds,
        warmup: opts.warmup,
        single: opts.single,
        size: opts.size,
        rateLimits: opts.rateLimits,
        ...(opts.engine ? { engine: `${opts.engine}${opts.enginePrepared ? ', prepared' : ''}` } : {}),
      },
      dataset,
      sizesMiB,
      loadSeconds,
      // The API reads COMPILED_LISTS from the environment the bench runs in.
      api: {
        startScript: api.script,
        poolSize: api.poolSize,
        compiledLists: process.env.COMPILED_LISTS ?? 'on',
      },
      workloads: results,
    };
    console.log(markdown(result));
    await api.stop(); // writes the CPU profile
    const profile = opts.cpuProf ? summariseProfile(profileDir) : undefined;
    if (profile) console.log(profile);
    const plans = opts.explain
      ? await explainWorkloads({
          databaseUrl: database.url,
          jwtSecret,
          workloads: opts.selected,
          apiTarget,
          postgresLog,
        })
      : undefined;
    for (const file of save(result, opts.out, { plans, profile }))
      console.error(`written: ${path.relative(process.cwd(), file)}`);
  } finally {
    await api?.stop();
    await floor?.stop();
    await engine?.stop();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
