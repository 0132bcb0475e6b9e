import { tzOffset } from '@date-fns/tz';
import { assertTimeZone, parseLocalTime } from './timeZone.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The instant at which the wall-clock time `hours:minutes` of the calendar day
 * `utcMidnight` (the day's midnight read as UTC) happens in `timeZone`.
 *
 * Daylight saving makes a wall time occur once, never (spring forward) or
 * twice (fall back). Never: the first valid minute after it, which is the
 * moment the clocks jump. Twice: the first occurrence, so it fires once.
 */
export function wallTimeToInstant(
  timeZone: string,
  utcMidnight: number,
  hours: number,
  minutes: number,
): Date {
  const wall = utcMidnight + (hours * 60 + minutes) * MINUTE;
  // The offsets in force around that wall time; a transition lies between them if they differ.
  const before = tzOffset(timeZone, new Date(wall - DAY));
  const after = tzOffset(timeZone, new Date(wall + DAY));
  // The common case: no clock change near this day.
  if (before === after) return new Date(wall - before * MINUTE);
  const offsets = new Set([before, after]);
  const valid = [...offsets]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => wall - tzOffset(timeZone, new Date(instant)) * MINUTE === instant)
    .sort((a, b) => a - b);
  const first = valid[0];
  if (first !== undefined) return new Date(first);
  return new Date(transitionAround(timeZone, wall));
}

/** The first instant of the new offset, for a wall time that falls in a spring-forward gap. */
function transitionAround(timeZone: string, wall: number): number {
  // Every instant that could show this wall time lies within a day of it.
  let before = wall - DAY;
  let after = wall + DAY;
  const offsetBefore = tzOffset(timeZone, new Date(before));
  while (after - before > MINUTE) {
    const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
    if (tzOffset(timeZone, new Date(middle)) === offsetBefore) before = middle;
    else after = middle;
  }
  return after;
}

/**
 * The next instant, strictly after `after`, at which it is `localTime`
 * (`HH:MM`) in `timeZone`: at most one per local calendar day, whatever
 * daylight saving does. Throws `InvalidTimeZoneError` or
 * `InvalidLocalTimeError` for bad input.
 */
export function nextReminderAt(localTime: string, timeZone: string, after: Date): Date {
  assertTimeZone(timeZone);
  const { hours, minutes } = parseLocalTime(localTime);
  const localNow = after.getTime() + tzOffset(timeZone, after) * MINUTE;
  const today = Math.floor(localNow / DAY) * DAY;
  for (let day = today; day <= today + 2 * DAY; day += DAY) {
    const instant = wallTimeToInstant(timeZone, day, hours, minutes);
    if (instant.getTime() > after.getTime()) return instant;
  }
  /* c8 ignore next -- a wall time occurs on one of any three consecutive days */
  throw new Error(`No ${localTime} found in ${timeZone} after ${after.toISOString()}`);
}

/**
 * The latest instant at or before `atOrBefore` at which it was `localTime` in
 * `timeZone`: the reminder that should have fired most recently.
 */
export function previousReminderAt(localTime: string, timeZone: string, atOrBefore: Date): Date {
  assertTimeZone(timeZone);
  const { hours, minutes } = parseLocalTime(localTime);
  const localNow = atOrBefore.getTime() + tzOffset(timeZone, atOrBefore) * MINUTE;
  const today = Math.floor(localNow / DAY) * DAY;
  for (let day = today; day >= today - 2 * DAY; day -= DAY) {
    const instant = wallTimeToInstant(timeZone, day, hours, minutes);
    if (instant.getTime() <= atOrBefore.getTime()) return instant;
  }
  /* c8 ignore next -- a wall time occurs on one of any three consecutive days */
  throw new Error(`No ${localTime} found in ${timeZone} before ${atOrBefore.toISOString()}`);
}
