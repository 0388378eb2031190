import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

const MAX_OPERATION_NAMES = 500;

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Prometheus metrics of one server: GraphQL operations, errors by code, HTTP requests, the database pool. */
export function createMetrics(dataSource: DataSource) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
  for (const [state, read] of [
    ['total', (p: PgPool) => p.totalCount],
    ['idle', (p: PgPool) => p.idleCount],
    ['waiting', (p: PgPool) => p.waitingCount],
  ] as const) {
    new Gauge({
      name: `db_pool_${state}_connections`,
      help: `Database pool connections: ${state}.`,
      registers: [registry],
      collect() {
        const current = pool();
        this.set(current ? read(current) : 0);
      },
    });
  }

  // Operation names come from clients: past a bound, new names share one series instead of adding more.
  const knownOperations = new Set<string>();
  const operationLabel = (name: string) => {
    if (knownOperations.has(name)) return name;
    if (knownOperations.size >= MAX_OPERATION_NAMES) return 'other';
    knownOperations.add(name);
    return name;
  };

  return {
    registry,
    recordOperation(name: string, seconds: number, errorCodes: string[]) {
      const operation = operationLabel(name);
      operations.inc({ operation, outcome: errorCodes.length > 0 ? 'error' : 'ok' });
      duration.observe({ operation }, seconds);
      for (const code of errorCodes) errors.inc({ code });
    },
    recordHttp(route: string, status: number) {
      httpRequests.inc({ route, status: String(status) });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
