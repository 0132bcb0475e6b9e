import { localDateIn } from '@certpace/db';
import { TZDate } from '@date-fns/tz';

/** The calendar date it is in `timezone` at `now`. */
export function localToday(timezone: string, now: Date): string {
  return localDateIn(timezone, now);
}

/** The instant local midnight begins `date` in `timezone` (the first instant of that day). */
export function startOfLocalDay(date: string, timezone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, timezone).getTime());
}
