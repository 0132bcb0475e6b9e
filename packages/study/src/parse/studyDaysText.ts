import { WEEKDAYS, type Weekday } from '@certpace/db';

const SHORT_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/**
 * Study days as people write them, the inverse of `parseStudyDays`:
 * `Mon–Fri`, `Mon, Wed, Sat`, `every day`, `no day`. Runs of three or more
 * days become ranges; days are put in week order and counted once. Plain
 * text, so both front ends write a plan's days the same way.
 */
export function studyDaysText(days: readonly Weekday[]): string {
  const indexes = WEEKDAYS.flatMap((d, i) => (days.includes(d) ? [i] : []));
  if (indexes.length === WEEKDAYS.length) return 'every day';
  if (indexes.length === 0) return 'no day';
  const name = (index: number) => SHORT_NAMES[WEEKDAYS[index]!];
  const parts: string[] = [];
  for (let start = 0; start < indexes.length; ) {
    let end = start;
    while (end + 1 < indexes.length && indexes[end + 1] === indexes[end]! + 1) end += 1;
    if (end - start >= 2) parts.push(`${name(indexes[start]!)}–${name(indexes[end]!)}`);
    else for (let i = start; i <= end; i++) parts.push(name(indexes[i]!));
    start = end + 1;
  }
  return parts.join(', ');
}
