import { DateTime } from 'luxon';
import { TIME_ZONE } from '../../kit';

/** An instant as Amsterdam wall-clock time (for iCalendar, which prints it with `TZID=Europe/Amsterdam`). */
export function inAmsterdam(instant: Date): DateTime {
  return DateTime.fromJSDate(instant, { zone: TIME_ZONE });
}

/** ISO 8601 in Amsterdam time with its offset, e.g. `2018-03-15T19:00:00+01:00` (schema.org wants this). */
export function toAmsterdamIso(instant: Date): string {
  return inAmsterdam(instant).toISO({ suppressMilliseconds: true })!;
}
