import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadFigures, SingleClientFigures } from './load';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
}

export function machine(postgres: string): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
  };
}

export interface RunFigures {
  connections: number;
  api: LoadFigures;
  floor: LoadFigures;
  /** API req/s ÷ floor req/s; null when the floor completed nothing. */
  ratio: number | null;
  sqlPerRequest: number | null;
  /** CPU time (user and system) of the API process during its rounds ÷ their requests, in ms. */
  apiCpuMsPerRequest?: number | null;
  peakRssMiB: number;
  /** With `--engine`, for the workloads the engine covers. */
  engine?: EngineFigures;
}

/** The generic engine's figures beside the API's and the floor's, from the same rounds. */
export interface EngineFigures extends LoadFigures {
  /** API req/s ÷ engine req/s. */
  apiToEngine: number | null;
  /** Engine req/s ÷ floor req/s. */
  engineToFloor: number | null;
  sqlPerRequest: number | null;
  cpuMsPerRequest: number | null;
}

export interface WorkloadResult {
  id: string;
  title: string;
  single?: { api: SingleClientFigures; floor: SingleClientFigures; engine?: SingleClientFigures };
  runs: RunFigures[];
}

export interface BenchResult {
  date: string;
  commit: string;
  machine: Machine;
  options: Record<string, unknown>;
  dataset: Record<string, number>;
  sizesMiB: Record<string, number>;
  loadSeconds: number;
  api: { startScript: string; poolSize: number; compiledLists?: string };
  workloads: WorkloadResult[];
}

export function gitCommit(cwd: string): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd,
      encoding: 'utf8',
    });
    return dirty.trim() ? `${commit} (with changes)` : commit;
  } catch {
    return 'unknown';
  }
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const int = (value: number) => Math.round(value).toLocaleString('en');
const percent = (value: number | null) =>
  value === null ? '–' : `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%`;

const emptyRounds = (run: RunFigures) => {
  const empty = run.api.emptyRounds + run.floor.emptyRounds;
  return empty > 0 ? ` (${empty} round${empty > 1 ? 's' : ''} without a completed request)` : '';
};

export function markdown(result: BenchResult): string {
  const m = result.machine;
  const lines = [
    `## Benchmark ${result.date} (${result.commit})`,
    '',
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}.`,
    `Data: ${Object.entries(result.dataset)
      .map(([name, count]) => `${int(count)} ${name}`)
      .join(', ')} (loaded in ${result.loadSeconds.toFixed(1)} s; ${Object.entries(result.sizesMiB)
      .map(([name, mib]) => `${name} ${int(mib)} MiB`)
      .join(', ')}). ` +
      `API: \`${result.api.startScript}\`, NODE_ENV=production, pool ${result.api.poolSize}; ` +
      `floor: node:http, one SQL statement, pool ${result.api.poolSize}.` +
      (result.api.compiledLists ? ` API COMPILED_LISTS=${result.api.compiledLists}.` : ''),
    `Load: autocannon, ${result.options.rounds} alternating rounds of ${result.options.duration} s ` +
      `after ${result.options.warmup} s of warm-up each.` +
      (result.options.rateLimits ? ' Rate limits on (set too high to refuse).' : ''),
    '',
    '| workload | c | API req/s | floor req/s | API ÷ floor | API p50 / p99 ms | floor p50 / p99 ms | SQL / request | API CPU ms / request | API peak RSS MiB | failures |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const workload of result.workloads) {
    for (const run of workload.runs) {
      lines.push(
        `| ${workload.title} | ${run.connections} | ${int(run.api.rps)} | ${int(run.floor.rps)} | ` +
          `${percent(run.ratio)} | ${ms(run.api.p50)} / ${ms(run.api.p99)} | ` +
          `${ms(run.floor.p50)} / ${ms(run.floor.p99)} | ` +
          `${run.sqlPerRequest === null ? '?' : Number(run.sqlPerRequest.toFixed(1))} | ` +
          `${run.apiCpuMsPerRequest == null ? '?' : run.apiCpuMsPerRequest.toFixed(2)} | ` +
          `${int(run.peakRssMiB)} | ${run.api.failures + run.floor.failures}${emptyRounds(run)} |`,
      );
    }
  }
  const withEngine = result.workloads.filter((workload) => workload.runs.some((run) => run.engine));
  if (withEngine.length > 0) {
    lines.push(
      '',
      `Generic engine (graphql-js and join-monster ${String(result.options.engine)}, node:http, pool ` +
        `${result.api.poolSize}), the same rounds:`,
      '',
      '| workload | c | API req/s | engine req/s | floor req/s | API ÷ engine | engine ÷ floor | engine p50 / p99 ms | engine SQL / request | engine CPU ms / request | API CPU ms / request |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const workload of withEngine) {
      for (const run of workload.runs) {
        const e = run.engine;
        if (!e) continue;
        lines.push(
          `| ${workload.title} | ${run.connections} | ${int(run.api.rps)} | ${int(e.rps)} | ${int(run.floor.rps)} | ` +
            `${e.apiToEngine === null ? '–' : `${e.apiToEngine.toFixed(2)}×`} | ${percent(e.engineToFloor)} | ` +
            `${ms(e.p50)} / ${ms(e.p99)} | ` +
            `${e.sqlPerRequest === null ? '?' : Number(e.sqlPerRequest.toFixed(1))} | ` +
            `${e.cpuMsPerRequest === null ? '?' : e.cpuMsPerRequest.toFixed(2)} | ` +
            `${run.apiCpuMsPerRequest == null ? '?' : run.apiCpuMsPerRequest.toFixed(2)} |`,
        );
      }
    }
  }
  const single = result.workloads.filter((workload) => workload.single);
  const engineColumn = single.some((workload) => workload.single?.engine);
  if (single.length > 0) {
    lines.push(
      '',
      `One client, one request at a time (${result.options.single} requests):`,
      '',
      `| workload | API p50 / p95 ms | floor p50 / p95 ms |${engineColumn ? ' engine p50 / p95 ms |' : ''}`,
      `|---|--:|--:|${engineColumn ? '--:|' : ''}`,
      ...single.map(
        ({ title, single: s }) =>
          `| ${title} | ${ms(s!.api.p50)} / ${ms(s!.api.p95)} | ${ms(s!.floor.p50)} / ${ms(s!.floor.p95)} |` +
          (engineColumn ? ` ${s!.engine ? `${ms(s!.engine.p50)} / ${ms(s!.engine.p95)}` : '–'} |` : ''),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Writes `<dir>/<date>.json`, `.md` beside it, and the plans (`-plans.md`) and the CPU profile's summary
 * (`-profile.md`) when there are; returns their paths.
 */
export function save(
  result: BenchResult,
  dir: string,
  extra: { plans?: string; profile?: string } = {},
): string[] {
  mkdirSync(dir, { recursive: true });
  const name = result.date.replace(/:/g, '-');
  const json = path.join(dir, `${name}.json`);
  const md = path.join(dir, `${name}.md`);
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(md, markdown(result));
  const written = [json, md];
  for (const [kind, text] of Object.entries(extra)) {
    if (!text) continue;
    const file = path.join(dir, `${name}-${kind}.md`);
    writeFileSync(
      file,
      `## ${kind === 'plans' ? 'Plans' : 'Profile'} ${result.date} (${result.commit})\n\n${text}`,
    );
    written.push(file);
  }
  return written;
}
