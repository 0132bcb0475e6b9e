import { learnerTasksBetween, listPlans, type Weekday } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner, timezoneOf } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { parseWholeNumber } from '../parse/parseNumbers.js';
import { addDays, mondayOf, weekdayOf } from '../time/isoDates.js';
import { localToday } from '../time/localTime.js';
import { noActivePlan } from './findLearnerPlan.js';
import { learnerTaskView, type TaskView } from './views.js';

export interface WeekDay {
  readonly date: string;
  readonly weekday: Weekday;
  readonly isToday: boolean;
  readonly tasks: readonly TaskView[];
  readonly minutes: number;
}

/** Monday to Sunday of one week on the learner's calendar. */
export interface WeekView {
  /** 0 = this week, 1 = next, -1 = last. */
  readonly week: number;
  readonly from: string;
  readonly to: string;
  readonly today: string;
  readonly timezone: string;
  readonly days: readonly WeekDay[];
  readonly totalMinutes: number;
  readonly doneMinutes: number;
  readonly exams: readonly string[];
}

/**
 * One week of the learner's active plans (weeks start on Monday, in their
 * timezone). `week` may be given as digits, as a front end reads it.
 */
export const getWeek = useCase(
  async (
    deps: StudyDeps,
    learnerRef: LearnerRef,
    input: { week?: number | string } = {},
  ): Promise<WeekView> => {
    const week =
      input.week === undefined
        ? 0
        : parseWholeNumber(input.week, { field: 'week', label: 'Week', min: -520, max: 520 });
    const learner = await loadLearner(deps.db, learnerRef);
    const timezone = timezoneOf(learner);
    const today = localToday(timezone, deps.clock());
    const plans = await listPlans(deps.db, { learnerId: learner.id, statuses: ['active'] });
    if (plans.length === 0) throw noActivePlan();
    const from = addDays(mondayOf(today), 7 * week);
    const to = addDays(from, 6);
    const rows = await learnerTasksBetween(deps.db, { learnerId: learner.id, from, to });
    const tasks = rows.map(learnerTaskView);
    const days: WeekDay[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(from, i);
      const own = tasks.filter((t) => t.date === date);
      days.push({
        date,
        weekday: weekdayOf(date),
        isToday: date === today,
        tasks: own,
        minutes: own.reduce((s, t) => s + t.minutes, 0),
      });
    }
    return {
      week,
      from,
      to,
      today,
      timezone,
      days,
      totalMinutes: tasks.reduce((s, t) => s + t.minutes, 0),
      doneMinutes: tasks.filter((t) => t.status === 'done').reduce((s, t) => s + t.minutes, 0),
      exams: plans.map((p) => p.examRef),
    };
  },
);
