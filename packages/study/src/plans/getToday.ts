import { type Executor, type Learner, learnerTasksOn, listPlans } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner, timezoneOf } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { learnerStreak, type StreakView } from '../progress/streak.js';
import { localToday } from '../time/localTime.js';
import { noActivePlan } from './findLearnerPlan.js';
import { learnerTaskView, type TaskView } from './views.js';

/** One local day of a learner's plans. */
export interface DayTasks {
  /** The learner's local date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly timezone: string;
  /** Tasks of every active plan that day, plan by plan, in the planner's order. */
  readonly tasks: readonly TaskView[];
  readonly totalMinutes: number;
  readonly doneMinutes: number;
  /** Tasks still pending. */
  readonly pending: number;
  readonly streak: StreakView;
  /** The exams of the learner's active plans. */
  readonly exams: readonly string[];
}

/** A learner's tasks on one local date, with their streak: what /today and the reminder show. */
export async function dayTasks(
  executor: Executor,
  learner: Learner,
  date: string,
): Promise<DayTasks> {
  const rows = await learnerTasksOn(executor, { learnerId: learner.id, date });
  const plans = await listPlans(executor, { learnerId: learner.id, statuses: ['active'] });
  const tasks = rows.map(learnerTaskView);
  return {
    date,
    timezone: timezoneOf(learner),
    tasks,
    totalMinutes: tasks.reduce((s, t) => s + t.minutes, 0),
    doneMinutes: tasks.filter((t) => t.status === 'done').reduce((s, t) => s + t.minutes, 0),
    pending: tasks.filter((t) => t.status === 'pending').length,
    streak: await learnerStreak(executor, learner.id, date),
    exams: plans.map((p) => p.examRef),
  };
}

/**
 * Today's tasks across the learner's active plans, on their local date.
 * Throws `no-active-plan` when they have none (a rest day is an empty list).
 */
export const getToday = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef): Promise<DayTasks> => {
    const learner = await loadLearner(deps.db, learnerRef);
    const day = await dayTasks(deps.db, learner, localToday(timezoneOf(learner), deps.clock()));
    if (day.exams.length === 0) throw noActivePlan();
    return day;
  },
);
