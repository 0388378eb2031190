import autocannon from 'autocannon';

/** One target of a workload: where to send the request and how. */
export interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadFigures {
  requests: number;
  seconds: number;
  /** Requests per second over all rounds. */
  rps: number;
  /** Median over the rounds of each round's percentile, in ms. */
  p50: number;
  p99: number;
  /** Responses other than 2xx, and connection errors and timeouts. */
  failures: number;
  /** Rounds in which not one request completed: rounds shorter than a request say nothing. */
  emptyRounds: number;
}

export interface SingleClientFigures {
  p50: number;
  p95: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function cannon(target: Target, connections: number, seconds: number) {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections,
    duration: seconds,
    // Slow requests still count (at 2,000,000 businesses some take seconds even alone).
    timeout: 120,
  });
  const measured = (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000;
  return {
    requests: result.requests.total,
    seconds: measured,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * Loads the targets (API, floor and, with `--engine`, the engine) in turns: a warm-up of each, then `rounds`
 * short rounds that rotate which goes first, so that a noisy neighbour on a shared machine slows all alike and
 * the ratios hold. `around` is called before and after each target's rounds (not its warm-up).
 */
export async function alternate<K extends string>(
  targets: Record<K, Target>,
  options: { connections: number; seconds: number; rounds: number; warmup: number },
  around: { before(which: K): void; after(which: K): void },
): Promise<Record<K, LoadFigures>> {
  const names = Object.keys(targets) as K[];
  if (options.warmup > 0) {
    for (const which of names) await cannon(targets[which], options.connections, options.warmup);
  }
  const rounds = Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<
    K,
    Awaited<ReturnType<typeof cannon>>[]
  >;
  for (let round = 0; round < options.rounds; round += 1) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const which of order) {
      around.before(which);
      rounds[which].push(await cannon(targets[which], options.connections, options.seconds));
      around.after(which);
    }
  }
  const figures = (list: Awaited<ReturnType<typeof cannon>>[]): LoadFigures => {
    const requests = list.reduce((sum, r) => sum + r.requests, 0);
    const seconds = list.reduce((sum, r) => sum + r.seconds, 0);
    return {
      requests,
      seconds,
      rps: requests / seconds,
      p50: median(list.map((r) => r.p50)),
      p99: median(list.map((r) => r.p99)),
      failures: list.reduce((sum, r) => sum + r.failures, 0),
      emptyRounds: list.filter((r) => r.requests === 0).length,
    };
  };
  return Object.fromEntries(names.map((name) => [name, figures(rounds[name])])) as Record<K, LoadFigures>;
}

/** One client, one request at a time: the latency a single caller sees, without queueing. */
export async function singleClient(target: Target, requests: number): Promise<SingleClientFigures> {
  const durations: number[] = [];
  for (let i = 0; i < requests + 5; i += 1) {
    const started = performance.now();
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...target.headers },
      body: target.body,
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${target.url}: HTTP ${response.status}`);
    // The first requests warm connections and caches.
    if (i >= 5) durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  const at = (p: number) =>
    durations[Math.min(durations.length - 1, Math.floor((p / 100) * durations.length))];
  return { p50: at(50), p95: at(95) };
}
