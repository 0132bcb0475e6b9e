import { type Executor, listStudyDays } from '@certpace/db';
import { addDays } from '../time/isoDates.js';

/**
 * A streak of study days. A study day is a local day with a done task or a
 * finished quiz the learner answered in. The streak survives until the end
 * of the next local day: studying yesterday keeps it alive all of today.
 */
export interface StreakView {
  /** Consecutive study days up to today (or up to yesterday, while today is still open). */
  readonly current: number;
  /** The longest run ever. */
  readonly best: number;
  readonly studiedToday: boolean;
  readonly lastStudyDay: string | null;
  /** The last local date on which studying keeps the current streak; null when there is none. */
  readonly keepBy: string | null;
}

/** The streak from a list of study dates (any order), as of `today`. */
export function streakFrom(dates: readonly string[], today: string): StreakView {
  const days = [...new Set(dates)].filter((d) => d <= today).sort();
  let best = 0;
  let run = 0;
  let previous: string | undefined;
  for (const day of days) {
    run = previous !== undefined && addDays(previous, 1) === day ? run + 1 : 1;
    best = Math.max(best, run);
    previous = day;
  }
  const last = days.at(-1) ?? null;
  const alive = last !== null && (last === today || addDays(last, 1) === today);
  return {
    current: alive ? run : 0,
    best,
    studiedToday: last === today,
    lastStudyDay: last,
    keepBy: alive && last !== null ? addDays(last, 1) : null,
  };
}

export async function learnerStreak(
  executor: Executor,
  learnerId: string,
  today: string,
): Promise<StreakView> {
  const days = await listStudyDays(executor, { learnerId, to: today });
  return streakFrom(
    days.filter((d) => d.tasksDone > 0 || d.questionsAnswered > 0).map((d) => d.localDate),
    today,
  );
}
