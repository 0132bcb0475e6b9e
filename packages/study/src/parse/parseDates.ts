import { isTimeZone, parseLocalTime } from '@certpace/db';
import { StudyError } from '../errors/StudyError.js';
import { isIsoDate } from '../time/isoDates.js';

/** A real calendar date written `YYYY-MM-DD`, or an `invalid-date` error naming the field. */
export function parseDate(value: unknown, field: string, label: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!isIsoDate(text)) {
    const shown = typeof value === 'string' ? `"${value}"` : 'nothing';
    throw new StudyError(
      'invalid-date',
      `${label}: ${shown} is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-15.`,
      { field },
    );
  }
  return text;
}

/** A date that is `today` or later (or strictly later with `after`). */
export function parseFutureDate(
  value: unknown,
  options: { field: string; label: string; today: string; allowToday?: boolean },
): string {
  const date = parseDate(value, options.field, options.label);
  const allowToday = options.allowToday ?? true;
  if (date < options.today || (!allowToday && date === options.today)) {
    throw new StudyError(
      'date-in-past',
      `${options.label}: ${date} is ${date === options.today ? 'today' : 'in the past'} (today is ${options.today}). Choose a later date.`,
      { field: options.field },
    );
  }
  return date;
}

/** An IANA timezone name the runtime knows, or an `invalid-timezone` error. */
export function parseTimezone(value: unknown, field = 'timezone'): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '' || !isTimeZone(text)) {
    throw new StudyError(
      'invalid-timezone',
      `Timezone: "${String(value ?? '')}" is not a known timezone. Use an IANA name such as Europe/Berlin, America/New_York or UTC.`,
      { field },
    );
  }
  return text;
}

/** A 24-hour local time `HH:MM` (7:30 is accepted as 07:30). */
export function parseTimeOfDay(value: unknown, field = 'time'): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const padded = /^\d:\d{2}$/.test(text) ? `0${text}` : text;
  try {
    parseLocalTime(padded);
    return padded;
  } catch {
    throw new StudyError(
      'invalid-time',
      `Time: "${String(value ?? '')}" is not a time of day. Use 24-hour HH:MM, such as 07:30 or 18:00.`,
      { field },
    );
  }
}
