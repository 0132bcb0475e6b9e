import { type Executor, studyDayRuns } from '@certpace/db';
import { addDays, daysBetween } from '../time/isoDates.js';

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

/** Consecutive study days, both ends included: what db's `studyDayRuns` gives. */
export interface StudyRun {
  readonly first: string;
  readonly last: string;
  readonly days: number;
}

/** The streak from runs of consecutive study days (any order), as of `today`. */
export function streakFromRuns(runs: readonly StudyRun[], today: string): StreakView {
  // Days after `today` (a learner who moved timezones) do not count yet.
  const counted = runs
    .filter((r) => r.first <= today)
    .map((r) =>
      r.last <= today ? r : { first: r.first, last: today, days: daysBetween(r.first, today) + 1 },
    )
    .sort((a, b) => (a.last < b.last ? -1 : 1));
  const latest = counted.at(-1);
  const last = latest?.last ?? null;
  const alive = last !== null && (last === today || addDays(last, 1) === today);
  return {
    current: alive ? latest!.days : 0,
    best: Math.max(0, ...counted.map((r) => r.days)),
    studiedToday: last === today,
    lastStudyDay: last,
    keepBy: alive ? addDays(last, 1) : null,
  };
}

/** The streak from a list of study dates (any order, repeats allowed), as of `today`. */
export function streakFrom(dates: readonly string[], today: string): StreakView {
  const runs: StudyRun[] = [];
  for (const day of [...new Set(dates)].sort()) {
    const previous = runs.at(-1);
    if (previous && addDays(previous.last, 1) === day) {
      runs[runs.length - 1] = { first: previous.first, last: day, days: previous.days + 1 };
    } else {
      runs.push({ first: day, last: day, days: 1 });
    }
  }
  return streakFromRuns(runs, today);
}

/** A learner's streak as of their `today`. */
export async function learnerStreak(
  executor: Executor,
  learnerId: string,
  today: string,
): Promise<StreakView> {
  return streakFromRuns(
    await studyDayRuns(executor, { learnerIds: [learnerId], to: today }),
    today,
  );
}
