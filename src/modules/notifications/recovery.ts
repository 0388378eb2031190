import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { Log } from './worker';

/** The first key of the advisory locks that mark a living process (the second is a hash of its id). */
const LIVENESS_LOCK = 20_2020;

/**
 * Crash recovery for graphile-worker (its free edition unlocks a killed process's jobs only after 4 hours).
 * Each process holds a session advisory lock on its instance id on a connection of its own and records the
 * ids of its workers. PostgreSQL drops the lock when the process dies (kill -9, crash, power loss: the
 * connection closes); a sweep that can take the lock knows the instance is gone and hands its workers' jobs
 * back with graphile-worker's own `force_unlock_workers`. A job locked by a worker that no process recorded
 * (a process that died in the milliseconds between starting a worker and recording it) is unlocked after
 * `orphanAfterMs`.
 */
export class WorkerLiveness {
  readonly instance = randomUUID();
  private client: PoolClient | null = null;
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: Pool,
    private readonly dataSource: DataSource,
    private readonly log: Log,
    private readonly orphanAfterMs = 5 * 60_000,
  ) {}

  /** Takes the instance's lock; held until `stop` or the death of the process. */
  async start(): Promise<void> {
    this.client = await this.pool.connect();
    await this.client.query('SELECT pg_advisory_lock($1, hashtext($2))', [LIVENESS_LOCK, this.instance]);
  }

  /** Records a worker or worker pool of this instance (graphile-worker's `worker:create`, `pool:create`). */
  recordWorker(workerId: string): void {
    const insert = this.dataSource.query(
      'INSERT INTO worker_instance (worker_id, instance) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [workerId, this.instance],
    );
    this.pending = Promise.all([this.pending, insert]).catch((error: unknown) =>
      this.log.warn({ err: error }, 'worker: could not record a worker'),
    );
  }

  /** Unlocks the jobs of instances that are gone; returns how many workers were released. */
  async sweep(): Promise<number> {
    await this.pending;
    const instances = (await this.dataSource.query(
      'SELECT DISTINCT instance FROM worker_instance WHERE instance <> $1',
      [this.instance],
    )) as { instance: string }[];
    const dead: string[] = [];
    for (const { instance } of instances) {
      // Taking the lock succeeds only when its holder is gone; released at once (on the same connection).
      await this.dataSource.transaction(async (em) => {
        const [{ free }] = (await em.query('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS free', [
          LIVENESS_LOCK,
          instance,
        ])) as { free: boolean }[];
        if (free) dead.push(instance);
      });
    }
    const rows = (await this.dataSource.query(
      `WITH gone AS (DELETE FROM worker_instance WHERE instance = ANY($1::uuid[]) RETURNING worker_id)
       SELECT worker_id FROM gone
       UNION
       SELECT DISTINCT locked_by FROM graphile_worker._private_jobs j
        WHERE locked_by IS NOT NULL AND locked_at < now() - $2::int * interval '1 millisecond'
          AND NOT EXISTS (SELECT 1 FROM worker_instance w WHERE w.worker_id = j.locked_by)`,
      [dead, this.orphanAfterMs],
    )) as { worker_id: string }[];
    const workerIds = rows.map((r) => r.worker_id);
    if (workerIds.length > 0) {
      await this.dataSource.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [workerIds]);
      this.log.warn(
        { instances: dead.length, workers: workerIds.length },
        'worker: released jobs of dead processes',
      );
    }
    return workerIds.length;
  }

  /** A clean stop: forgets this instance's workers and releases the lock. */
  async stop(): Promise<void> {
    await this.pending;
    await this.dataSource
      .query('DELETE FROM worker_instance WHERE instance = $1', [this.instance])
      .catch(() => undefined);
    this.client?.release(true); // closes the connection, and with it the lock
    this.client = null;
  }
}
