import { TIME_ZONE } from '../core';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Offset from UTC in minutes, e.g. 60 in winter and 120 in summer for Amsterdam. */
  offsetMinutes: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Wall-clock time in Amsterdam of an instant. */
export function amsterdamParts(instant: Date): LocalParts {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(formatter.formatToParts(instant).find((p) => p.type === type)?.value);
  const [year, month, day, hour, minute, second] = (
    ['year', 'month', 'day', 'hour', 'minute', 'second'] as const
  ).map(part);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round(
    (Date.UTC(year, month - 1, day, hour, minute, second) - wholeSeconds) / 60000,
  );
  return { year, month, day, hour, minute, second, offsetMinutes };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** ISO 8601 in Amsterdam time with its offset, e.g. `2018-03-15T19:00:00+01:00` (schema.org wants this). */
export function toAmsterdamIso(instant: Date): string {
  const p = amsterdamParts(instant);
  const sign = p.offsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(p.offsetMinutes);
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`
  );
}

/**
 * An instant as the Temporal `ZonedDateTime` shape that ical-generator formats: it prints the wall-clock
 * time of Amsterdam with `TZID=Europe/Amsterdam`, whatever the time zone of the server process.
 * (ical-generator would print a plain `Date` in the process's own time zone.)
 */
export function icalZoned(instant: Date): unknown {
  const p = amsterdamParts(instant);
  const fields = { year: p.year, month: p.month, day: p.day };
  const time = { hour: p.hour, minute: p.minute, second: p.second };
  const iso = toAmsterdamIso(instant);
  const instantStub = {
    epochMilliseconds: instant.getTime(),
    toZonedDateTimeISO: () => zoned,
    toString: () => instant.toISOString(),
  };
  const plainDate = { ...fields, toPlainDateTime: () => plainDateTime, toString: () => iso.slice(0, 10) };
  const plainDateTime = {
    ...fields,
    ...time,
    toPlainDate: () => plainDate,
    toZonedDateTime: () => zoned,
    toString: () => iso.slice(0, 19),
  };
  const zoned = {
    ...fields,
    ...time,
    timeZoneId: TIME_ZONE,
    toPlainDateTime: () => plainDateTime,
    withTimeZone: () => zoned,
    toInstant: () => instantStub,
    toJSON: () => iso,
    toString: () => iso,
  };
  return zoned;
}
