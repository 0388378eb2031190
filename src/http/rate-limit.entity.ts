import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The counters of `rate-limiter-flexible`'s PostgreSQL store, one row per limited key and window, shared by
 * every instance. The library would create this table itself at run time; it is created by a migration
 * instead (`tableCreated: true`), so the columns are exactly those the library reads and writes.
 */
@Entity({ name: 'rate_limit' })
export class RateLimitCounter {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  @Column({ type: 'integer', default: 0 })
  points!: number;

  /** Epoch milliseconds when the window ends; null for counters that never expire. */
  @Column({ type: 'bigint', nullable: true })
  expire!: string | null;
}
