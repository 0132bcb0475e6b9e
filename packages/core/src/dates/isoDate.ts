/**
 * ISO calendar dates (`YYYY-MM-DD`) as whole day numbers counted from
 * 1970-01-01. Pure integer arithmetic on the proleptic Gregorian calendar:
 * no `Date`, so no time zone or DST can move a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Weekday keys in ISO order, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDay(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

/** The day number of a well-formed, real ISO date; `undefined` for anything else (2027-02-30 included). */
export function parseIsoDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return dayFromCivil(year, month, day);
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== undefined;
}

export function formatIsoDate(dayNumber: number): string {
  const [year, month, day] = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The weekday key of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): Weekday {
  const index = (((dayNumber + 3) % 7) + 7) % 7;
  return WEEKDAYS[index]!;
}

/** The same month and day `years` later; 29 February falls back to the 28th. */
export function addYears(dayNumber: number, years: number): number {
  const [year, month, day] = civilFromDay(dayNumber);
  const target = year + years;
  return dayFromCivil(target, month, Math.min(day, daysInMonth(target, month)));
}
