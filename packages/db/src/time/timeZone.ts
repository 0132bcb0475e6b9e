import { tz } from '@date-fns/tz';
// The one function, not the package's index: the index loads about 450 modules (~9 MiB resident).
import { format } from 'date-fns/format';
import { InvalidLocalTimeError, InvalidTimeZoneError } from '../database/errors.js';

// IANA names are Area/Location (or UTC, Etc/GMT+5 ...): this also keeps out
// bare offsets such as "+02:00", which Intl accepts but which have no DST rules.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

// Known-good names only (a few hundred at most), so bad input cannot grow it.
const known = new Set<string>();

/** Whether `timeZone` is an IANA timezone name the runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  if (known.has(timeZone)) return true;
  if (!IANA_NAME.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  known.add(timeZone);
  return true;
}

/** Returns `timeZone` if it is a known IANA name, else throws `InvalidTimeZoneError`. */
export function assertTimeZone(timeZone: string): string {
  if (!isTimeZone(timeZone)) throw new InvalidTimeZoneError(timeZone);
  return timeZone;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses a 24-hour `HH:MM` into hours and minutes, or throws `InvalidLocalTimeError`. */
export function parseLocalTime(value: string): { hours: number; minutes: number } {
  const match = HH_MM.exec(value);
  if (!match) throw new InvalidLocalTimeError(value);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** The calendar date (`YYYY-MM-DD`) it is in `timeZone` at `instant`. */
export function localDateIn(timeZone: string, instant: Date): string {
  assertTimeZone(timeZone);
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}
