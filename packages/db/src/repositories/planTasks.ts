import { and, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type PlanTaskRow, plans, planTasks } from '../schema/plans.js';
import type { PlanStatus, TaskStatus } from '../schema/types.js';

/** A task together with the plan it belongs to, for views across several plans. */
export interface LearnerTask extends PlanTaskRow {
  readonly examRef: string;
  readonly planStatus: PlanStatus;
}

const learnerTaskColumns = {
  planId: planTasks.planId,
  taskId: planTasks.taskId,
  date: planTasks.date,
  position: planTasks.position,
  domainId: planTasks.domainId,
  kind: planTasks.kind,
  minutes: planTasks.minutes,
  title: planTasks.title,
  resources: planTasks.resources,
  status: planTasks.status,
  doneAt: planTasks.doneAt,
  examRef: plans.examRef,
  planStatus: plans.status,
};

/** A plan's tasks in order, optionally only those between two dates (inclusive). */
export const listPlanTasks = repository(
  async (
    executor: Executor,
    input: { planId: string; from?: string; to?: string },
  ): Promise<PlanTaskRow[]> => {
    return drizzleOf(executor)
      .select()
      .from(planTasks)
      .where(
        and(
          eq(planTasks.planId, input.planId),
          input.from === undefined ? undefined : gte(planTasks.date, input.from),
          input.to === undefined ? undefined : lte(planTasks.date, input.to),
        ),
      )
      .orderBy(planTasks.date, planTasks.position);
  },
);

/**
 * A learner's tasks between two local dates (inclusive) across their plans,
 * by default the active ones: a week view, a calendar export. Paused plans
 * have no tasks due, so they are left out unless asked for.
 */
export const learnerTasksBetween = repository(
  async (
    executor: Executor,
    input: {
      learnerId: string;
      from: string;
      to: string;
      planStatuses?: readonly PlanStatus[];
    },
  ): Promise<LearnerTask[]> => {
    return drizzleOf(executor)
      .select(learnerTaskColumns)
      .from(planTasks)
      .innerJoin(plans, eq(plans.id, planTasks.planId))
      .where(
        and(
          eq(plans.learnerId, input.learnerId),
          inArray(plans.status, [...(input.planStatuses ?? ['active'])]),
          gte(planTasks.date, input.from),
          lte(planTasks.date, input.to),
        ),
      )
      .orderBy(planTasks.date, plans.createdAt, planTasks.position);
  },
);

/** Today's tasks: a learner's tasks on one local date across their active plans. */
export const learnerTasksOn = repository(
  (executor: Executor, input: { learnerId: string; date: string }): Promise<LearnerTask[]> =>
    learnerTasksBetween(executor, { learnerId: input.learnerId, from: input.date, to: input.date }),
);

/** A learner's tasks with this id across their live plans (a task id alone may repeat across plans). */
export const findLearnerTasks = repository(
  async (
    executor: Executor,
    input: { learnerId: string; taskId: string },
  ): Promise<LearnerTask[]> => {
    return drizzleOf(executor)
      .select(learnerTaskColumns)
      .from(planTasks)
      .innerJoin(plans, eq(plans.id, planTasks.planId))
      .where(
        and(
          eq(plans.learnerId, input.learnerId),
          ne(plans.status, 'archived'),
          eq(planTasks.taskId, input.taskId),
        ),
      );
  },
);

export interface TaskStatusChange {
  readonly task: PlanTaskRow;
  /** False when the task already had that status (a second click of `Done`). */
  readonly changed: boolean;
}

/**
 * Marks a task done, skipped, or back to pending, only if its plan belongs to
 * the learner. Null when there is no such task of theirs.
 */
export const setTaskStatus = repository(
  async (
    executor: Executor,
    input: { learnerId: string; planId: string; taskId: string; status: TaskStatus; now: Date },
  ): Promise<TaskStatusChange | null> => {
    const db = drizzleOf(executor);
    const owned = and(
      eq(planTasks.planId, input.planId),
      eq(planTasks.taskId, input.taskId),
      sql`exists (select 1 from ${plans} where ${plans.id} = ${planTasks.planId} and ${plans.learnerId} = ${input.learnerId})`,
    );
    const [task] = await db
      .update(planTasks)
      .set({ status: input.status, doneAt: input.status === 'pending' ? null : input.now })
      .where(and(owned, ne(planTasks.status, input.status)))
      .returning();
    if (task) return { task, changed: true };
    const [unchanged] = await db.select().from(planTasks).where(owned);
    return unchanged ? { task: unchanged, changed: false } : null;
  },
);
