/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`). Done on UTC midnights, so
 * no timezone or daylight saving can move a day.
 */
import type { Weekday } from '@certpace/db';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The UTC midnight of a real ISO date, or undefined (2027-02-30 included). */
export function isoDateToUtc(value: string): number | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return undefined;
  }
  return time;
}

export function isIsoDate(value: string): boolean {
  return isoDateToUtc(value) !== undefined;
}

function utc(value: string): number {
  const time = isoDateToUtc(value);
  if (time === undefined) throw new RangeError(`not an ISO date: ${value}`);
  return time;
}

export function formatUtcDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return formatUtcDate(utc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAY_BY_UTC_DAY[new Date(utc(date)).getUTCDay()]!;
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  const back = (new Date(utc(date)).getUTCDay() + 6) % 7;
  return addDays(date, -back);
}

/** The first day of the month holding `date`. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 8)}01`;
}
