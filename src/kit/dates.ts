import { DateTime } from 'luxon';

export const TIME_ZONE = 'Europe/Amsterdam';

// Building an Intl.DateTimeFormat loads time zone data each time: one shared formatter is many times cheaper.
const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** Today's date in Amsterdam as `YYYY-MM-DD` (the day memberships and deadlines are judged by). */
export function todayInAmsterdam(now: Date = new Date()): string {
  return amsterdamDay.format(now);
}

/** Whether a dated period `[since, until]` (until open when null) includes `day`. */
export function periodIncludes(period: { since: string; until: string | null }, day: string): boolean {
  return period.since <= day && (period.until === null || period.until >= day);
}

/**
 * The instant at a wall-clock time (`HH:MM`) in Amsterdam, `days` after today (before it when negative): for
 * demo data placed relative to the day it is loaded.
 */
export function amsterdamDayAt(days: number, time: string, now: Date = new Date()): Date {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromJSDate(now, { zone: TIME_ZONE })
    .startOf('day')
    .plus({ days })
    .set({ hour, minute })
    .toJSDate();
}

/**
 * SQL for "`column` falls in the year `year`" in Amsterdam time, as a range on the column itself so that an
 * index on it serves the filter (`extract(year FROM column)` hides the column from the planner). `year` is an
 * SQL expression of an integer (a parameter such as `$1` or `:year`); `kind` is the column's type: an instant
 * (`timestamptz`) or a calendar day (`date`).
 */
export function yearRange(column: string, year: string, kind: 'timestamp' | 'date' = 'timestamp'): string {
  const start = (y: string) =>
    kind === 'date' ? `make_date(${y}, 1, 1)` : `make_timestamptz(${y}, 1, 1, 0, 0, 0, '${TIME_ZONE}')`;
  return `(${column} >= ${start(year)} AND ${column} < ${start(`(${year}) + 1`)})`;
}
