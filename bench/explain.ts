import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import pino from 'pino';
import { freePort } from '../src/cli/throwaway-database';
import type { Logger } from '../src/logger';
import type { Target } from './load';
import { startApi } from './processes';
import type { Workload } from './workloads';

/** Lists of a hundred ids make plans unreadable: long lines are cut. */
const shorten = (line: string) => (line.length > 240 ? `${line.slice(0, 240)} …` : line);

/**
 * The throwaway PostgreSQL's server log (which `throwawayDatabase` hands to a logger at debug level),
 * kept while capturing; warnings and errors go to stderr as always.
 */
export class PostgresLog {
  private capturing = false;
  private chunks: string[] = [];
  readonly logger: Logger = pino(
    { level: 'debug' },
    {
      write: (line: string) => {
        const entry = JSON.parse(line) as { level: number; msg: string; postgres?: string };
        if (this.capturing && entry.postgres) this.chunks.push(entry.postgres);
        else if (entry.level >= 40) console.error(entry.postgres ?? entry.msg);
      },
    },
  );

  start(): void {
    this.chunks = [];
    this.capturing = true;
  }

  /** The plans that auto_explain logged since `start()`, each with its statement and duration. */
  stop(): LoggedPlan[] {
    this.capturing = false;
    return this.chunks
      .join('\n')
      .split(/^.*?LOG: {2}duration: /m)
      .slice(1)
      .map((entry) => {
        const [head, ...lines] = entry.split('\n');
        const text = lines.map((line) => line.replace(/^\t/, ''));
        return {
          ms: Number.parseFloat(head),
          query: (text.find((line) => line.startsWith('Query Text: ')) ?? '').slice('Query Text: '.length),
          text: [`-- ${head.replace(/\s+plan:$/, '')}`, ...text].map(shorten).join('\n').trimEnd(),
        };
      });
  }
}

export interface LoggedPlan {
  ms: number;
  query: string;
  /** Duration, statement, parameters and plan, as auto_explain logged them. */
  text: string;
}

/** The plans that matter in full (1 ms or more), the quick statements by their first words. */
function apiSection(plans: LoggedPlan[]): string[] {
  const total = plans.reduce((sum, plan) => sum + plan.ms, 0);
  const main = plans.filter((plan) => plan.ms >= 1);
  const quick = plans.filter((plan) => plan.ms < 1);
  return [
    `API: ${plans.length} statements, ${total.toFixed(1)} ms in all.`,
    ...(main.length > 0 ? ['', '```text', main.map((plan) => plan.text).join('\n\n'), '```'] : []),
    ...(quick.length > 0
      ? [
          '',
          'Under 1 ms:',
          '',
          ...quick.map(
            (plan) => `- ${plan.ms.toFixed(3)} ms: \`${plan.query.replace(/\s+/g, ' ').slice(0, 110)} …\``,
          ),
        ]
      : []),
  ];
}

const AUTO_EXPLAIN = {
  session_preload_libraries: 'auto_explain',
  'auto_explain.log_min_duration': '0',
  'auto_explain.log_analyze': 'on',
  'auto_explain.log_buffers': 'on',
};

async function post(target: Target): Promise<void> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  await response.arrayBuffer();
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the API sends for each workload, and of the floor's one
 * statement. The API's statements are not known from outside (they change as the code does), so
 * PostgreSQL's auto_explain logs them: a second API process starts with it enabled for its database
 * sessions, answers each workload once to warm up and once to be recorded; then the setting is removed.
 */
export async function explainWorkloads(settings: {
  databaseUrl: string;
  jwtSecret: string;
  workloads: Workload[];
  apiTarget: (workload: Workload, apiUrl: string) => Target;
  postgresLog: PostgresLog;
}): Promise<string> {
  const database = new URL(settings.databaseUrl).pathname.slice(1);
  const client = new Client({ connectionString: settings.databaseUrl });
  await client.connect();
  const sections: string[] = [];
  try {
    for (const [name, value] of Object.entries(AUTO_EXPLAIN)) {
      await client.query(`ALTER DATABASE ${database} SET ${name} = '${value}'`);
    }
    const api = await startApi({
      databaseUrl: settings.databaseUrl,
      jwtSecret: settings.jwtSecret,
      port: await freePort(),
    });
    try {
      for (const workload of settings.workloads) {
        const target = settings.apiTarget(workload, api.url);
        await post(target);
        settings.postgresLog.start();
        await post(target);
        await sleep(500); // the server log arrives through a pipe
        const apiPlans = settings.postgresLog.stop();
        await client.query({ text: workload.floor, values: workload.floorParams }); // warm, as the API was
        const floorPlan = await client.query<{ 'QUERY PLAN': string }>({
          text: `EXPLAIN (ANALYZE, BUFFERS) ${workload.floor}`,
          values: workload.floorParams,
        });
        sections.push(
          `### ${workload.title}`,
          '',
          ...apiSection(apiPlans),
          '',
          'Floor:',
          '',
          '```text',
          floorPlan.rows.map((row) => shorten(row['QUERY PLAN'])).join('\n'),
          '```',
          '',
        );
      }
    } finally {
      await api.stop();
    }
  } finally {
    await client.query(`ALTER DATABASE ${database} RESET ALL`);
    await client.end();
  }
  return sections.join('\n');
}
