import { allocateMinutes, type PlanOptions, type Weekday } from '@certpace/core';
import { datesBetween, weekdayOf } from './isoDays.js';

export interface NaiveDay {
  readonly date: string;
  readonly minutesByDomain: Readonly<Record<string, number>>;
}

/**
 * The reference planner: every day's minutes split by domain priority with
 * `allocateMinutes` (once per distinct day length), and nothing more: no
 * phases, no mock exam, no interleaving across days, no light last day. It is
 * close to the least work a weighted day-by-day plan can be, so the real
 * planner's rate is read against it.
 */
export function naivePlan(options: PlanOptions): NaiveDay[] {
  const availability = options.availability;
  const minutesOn = (date: string) =>
    typeof availability === 'number'
      ? availability
      : ((availability as Partial<Record<Weekday, number>>)[weekdayOf(date)] ?? 0);
  const splits = new Map<number, Readonly<Record<string, number>>>();
  const split = (minutes: number) => {
    let found = splits.get(minutes);
    if (!found) {
      found =
        minutes >= 15
          ? allocateMinutes({
              blueprint: options.blueprint,
              totalMinutes: minutes,
              ...(options.mastery ? { mastery: options.mastery } : {}),
            })
          : {};
      splits.set(minutes, found);
    }
    return found;
  };
  return datesBetween(options.start, options.examDate).map((date) => ({
    date,
    minutesByDomain: { ...split(minutesOn(date)) },
  }));
}
