import {
  findLearnerTasks,
  getPlan,
  type LearnerTask,
  recordStudyActivity,
  setTaskStatus,
  withTransaction,
} from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner, timezoneOf } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { isUuid } from '../parse/isUuid.js';
import { learnerStreak, type StreakView } from '../progress/streak.js';
import { localToday } from '../time/localTime.js';
import { learnerTaskView, type TaskView } from './views.js';

export interface MarkTaskInput {
  /** The task's id as the views give it. */
  readonly taskId: string;
  /** The plan it belongs to; needed only when the learner has the same task id in two plans. */
  readonly planId?: string;
  readonly status: 'done' | 'skipped';
}

export interface MarkedTask {
  readonly task: TaskView;
  /** False when the task already had that status (a second click). */
  readonly changed: boolean;
  readonly streak: StreakView;
}

const TODAY_HINTS = { discord: 'See /today.', cli: 'See `certpace today`.' };

async function findTask(
  deps: StudyDeps,
  learnerId: string,
  input: MarkTaskInput,
): Promise<LearnerTask> {
  const candidates = await findLearnerTasks(deps.db, { learnerId, taskId: input.taskId });
  const mine =
    input.planId === undefined ? candidates : candidates.filter((t) => t.planId === input.planId);
  if (mine.length === 1) return mine[0]!;
  if (mine.length > 1) {
    throw new StudyError(
      'ambiguous-task',
      `Task ${input.taskId} is in more than one of your plans (${mine.map((t) => t.examRef).join(', ')}): say which plan.`,
      { field: 'planId' },
    );
  }
  if (input.planId !== undefined && isUuid(input.planId)) {
    const plan = await getPlan(deps.db, input.planId);
    if (plan && plan.learnerId !== learnerId) {
      throw new StudyError(
        'not-your-task',
        'That task belongs to someone else’s plan: only its owner can mark it.',
        {
          field: 'taskId',
        },
      );
    }
  }
  throw new StudyError('task-not-found', `There is no task ${input.taskId} in your plans.`, {
    field: 'taskId',
    hints: TODAY_HINTS,
  });
}

/**
 * Marks one of the learner's own tasks done or skipped. A done task makes
 * today a study day (the streak grows); a skipped task rolls forward at the
 * next re-plan like a missed one. Marking twice changes nothing.
 */
export const markTask = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef, input: MarkTaskInput): Promise<MarkedTask> => {
    if (input.status !== 'done' && input.status !== 'skipped') {
      throw new StudyError(
        'invalid-input',
        `Task status: "${String(input.status)}" is neither done nor skipped.`,
        {
          field: 'status',
        },
      );
    }
    const now = deps.clock();
    const learner = await loadLearner(deps.db, learnerRef);
    const today = localToday(timezoneOf(learner), now);
    const found = await findTask(deps, learner.id, input);
    const result = await withTransaction(deps.db, async (tx) => {
      const change = await setTaskStatus(tx, {
        learnerId: learner.id,
        planId: found.planId,
        taskId: found.taskId,
        status: input.status,
        now,
      });
      if (!change)
        throw new StudyError('task-not-found', `There is no task ${input.taskId} in your plans.`, {
          field: 'taskId',
        });
      if (change.changed && input.status === 'done') {
        await recordStudyActivity(tx, {
          learnerId: learner.id,
          localDate: today,
          minutes: change.task.minutes,
          tasksDone: 1,
        });
      }
      return change;
    });
    return {
      task: learnerTaskView({
        ...result.task,
        examRef: found.examRef,
        planStatus: found.planStatus,
      }),
      changed: result.changed,
      streak: await learnerStreak(deps.db, learner.id, today),
    };
  },
);
