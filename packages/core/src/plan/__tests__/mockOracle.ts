import { parseIsoDate, weekdayOf } from '../../dates/isoDate.js';
import type { Availability, Plan, Task } from '../types.js';

/** Whole blocks a day holds by its availability. */
export function blocksAvailable(availability: Availability, date: string, block: number): number {
  const minutes =
    typeof availability === 'number'
      ? availability
      : (availability[weekdayOf(parseIsoDate(date)!)] ?? 0);
  return Math.floor(minutes / block);
}

/**
 * Free blocks of the days a mock may use, in date order: the study days from
 * `from` on (their availability less the done tasks kept on them), the light
 * last study day left out.
 */
export function mockDays(
  plan: Plan,
  availability: Availability,
  from: string,
  kept: readonly Task[],
): { date: string; free: number }[] {
  const block = plan.input.blockMinutes;
  const days = plan.days
    .filter((d) => d.date >= from)
    .map((d) => {
      const taken = kept
        .filter((t) => t.date === d.date)
        .reduce((s, t) => s + Math.ceil(t.minutes / block), 0);
      return {
        date: d.date,
        free: Math.max(0, blocksAvailable(availability, d.date, block) - taken),
      };
    })
    .filter((d) => d.free > 0);
  return days.slice(0, -1);
}

/**
 * Whether `questions` in `minutes` split into some number k of timed parts
 * fits on k consecutive days of `free` blocks. Worked out independently of
 * the planner from an upper bound: no part of k takes more than
 * ceil(minutes × ceil(questions / k) / questions) minutes.
 */
export function someSplitFits(
  free: readonly number[],
  questions: number,
  minutes: number,
  block: number,
): boolean {
  for (let k = 1; k <= Math.min(questions, free.length); k += 1) {
    const need = Math.ceil(Math.ceil((minutes * Math.ceil(questions / k)) / questions) / block);
    let run = 0;
    for (const f of free) {
      run = f >= need ? run + 1 : 0;
      if (run >= k) return true;
    }
  }
  return false;
}
