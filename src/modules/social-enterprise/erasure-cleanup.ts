import type { DataSource, QueryRunner } from 'typeorm';

/** The tables that hold a candidate's personal data and free text. */
const ERASED_TABLES = 'candidate, placement_transition';

/** How long a rewrite waits for running readers of a table (new ones wait behind it meanwhile). */
const LOCK_TIMEOUT = '5s';

export interface ErasureCleanup {
  /** The tables and their indexes were rewritten: the old row versions are in none of their files. */
  tables: boolean;
  /** pg_statistic was rewritten: no sample of the erased values is left in the planner's statistics. */
  statistics: boolean;
  /** A WAL segment switch and a checkpoint ran, so the segments holding the old values could go. */
  wal: boolean;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Removes from disk what an erasure left behind, once it has committed, on a connection of its own (VACUUM
 * cannot run in a transaction). See docs/privacy.md "Candidates" and docs/operators.md "Backups and erasure".
 *
 * An UPDATE leaves the old row version in the table file and its entries in the index files; plain VACUUM
 * marks that space free but leaves the bytes in the page (measured). VACUUM FULL writes each table and its
 * indexes anew and empties the old files, in milliseconds for these small tables, under an ACCESS EXCLUSIVE
 * lock. ANALYZE replaces the planner's samples of the columns, and VACUUM FULL pg_statistic drops the old
 * samples' bytes (superusers only). Then a WAL segment switch and a checkpoint: the segments that hold the
 * old values are no longer needed, and PostgreSQL deletes them (the embedded one at once: wal_recycle=off).
 * A step that fails or is not allowed is logged at warn; the erasure itself stands.
 */
/**
 * Waits (up to SNAPSHOT_WAIT_MS) until no other session holds a snapshot taken before now. VACUUM FULL keeps a
 * row version that such a snapshot may still see (a transaction of the notification worker, a report that began
 * just before the erasure), so it would copy the erased values into the new table file.
 */
async function untilOlderSnapshotsEnd(runner: QueryRunner): Promise<void> {
  const [{ horizon }] = await runner.query(
    `SELECT (pg_snapshot_xmax(pg_current_snapshot())::text::bigint % 4294967296)::text AS horizon`,
  );
  const deadline = Date.now() + SNAPSHOT_WAIT_MS;
  while (Date.now() < deadline) {
    const [{ older }] = await runner.query(
      `SELECT count(*)::int AS older FROM pg_stat_activity
        WHERE pid <> pg_backend_pid() AND backend_xmin IS NOT NULL AND age(backend_xmin) > age($1::text::xid)`,
      [horizon],
    );
    if (older === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How long the cleanup waits for sessions with an older snapshot before it rewrites the tables anyway. */
const SNAPSHOT_WAIT_MS = 10_000;

export async function removeErasedFromDisk(dataSource: DataSource): Promise<ErasureCleanup> {
  const done: ErasureCleanup = { tables: false, statistics: false, wal: false };
  const warn = (message: string) => dataSource.logger.log('warn', `erasure: ${message}`);
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
    const [{ superuser }] = await runner.query(`SELECT current_setting('is_superuser') = 'on' AS superuser`);
    await untilOlderSnapshotsEnd(runner);
    try {
      await runner.query(`VACUUM (FULL, ANALYZE) ${ERASED_TABLES}`);
      done.tables = true;
    } catch (error) {
      warn(`the old rows stay in the table files until VACUUM FULL ${ERASED_TABLES} runs (${reason(error)})`);
    }
    try {
      // Without the right, VACUUM only warns and skips the table: ask first.
      if (!superuser) throw new Error('not a superuser');
      // ANALYZE's old samples too stay while a snapshot older than it is open.
      await untilOlderSnapshotsEnd(runner);
      await runner.query('VACUUM FULL pg_statistic');
      done.statistics = true;
    } catch (error) {
      warn(`old samples may stay in pg_statistic until it is vacuumed (${reason(error)})`);
    }
    try {
      await runner.query('SELECT pg_switch_wal()');
      await runner.query('CHECKPOINT');
      done.wal = true;
    } catch (error) {
      warn(`the values stay in the WAL until PostgreSQL removes its old segments (${reason(error)})`);
    }
    await runner.query('RESET lock_timeout');
  } catch (error) {
    warn(`no clean-up on disk (${reason(error)})`);
  } finally {
    await runner.release();
  }
  return done;
}
