import { and, eq, notInArray, sql } from 'drizzle-orm';
import { ActivePlanExistsError, RevisionConflictError } from '../database/errors.js';
import { repository, violatedConstraint } from '../database/mapError.js';
import { withTransaction } from '../database/transaction.js';
import type { Executor, Tx } from '../database/types.js';
import { plans, planTasks } from '../schema/plans.js';
import type {
  JsonObject,
  MasterySeed,
  PlanPause,
  TaskKind,
  TaskResource,
  WeeklyAvailability,
} from '../schema/types.js';
import { assertTimeZone } from '../time/timeZone.js';
import type { Plan, PlanTask } from './plans.js';

/** A task as the planner produces it (the shape of @certpace/core's plan tasks). */
export interface PlannedTask {
  readonly id: string;
  readonly date: string;
  readonly domainId?: string | undefined;
  readonly kind: TaskKind;
  readonly minutes: number;
  readonly title: string;
  readonly resources?: readonly TaskResource[] | undefined;
}

export interface PlanFields {
  readonly examRef: string;
  readonly examDate: string;
  readonly startDate: string;
  readonly availability: WeeklyAvailability;
  readonly timezone: string;
  readonly pauses?: readonly PlanPause[];
  readonly masterySeed?: MasterySeed;
  /** The planner input this plan was built from. */
  readonly input: JsonObject;
  readonly warnings?: readonly string[];
}

export interface NewPlan extends PlanFields {
  readonly learnerId: string;
  readonly tasks: readonly PlannedTask[];
}

export interface PlanWithTasks {
  readonly plan: Plan;
  readonly tasks: PlanTask[];
}

function taskRows(planId: string, tasks: readonly PlannedTask[]) {
  const positions = new Map<string, number>();
  return tasks.map((task) => {
    const position = positions.get(task.date) ?? 0;
    positions.set(task.date, position + 1);
    return {
      planId,
      taskId: task.id,
      date: task.date,
      position,
      domainId: task.domainId ?? null,
      kind: task.kind,
      minutes: task.minutes,
      title: task.title,
      resources: task.resources ?? null,
    };
  });
}

async function tasksOf(tx: Tx, planId: string): Promise<PlanTask[]> {
  return tx
    .select()
    .from(planTasks)
    .where(eq(planTasks.planId, planId))
    .orderBy(planTasks.date, planTasks.position);
}

// Large plans are written in slices to stay far below Postgres's 65,535 bind parameters.
const TASK_BATCH = 500;

async function writeTasks(tx: Tx, planId: string, tasks: readonly PlannedTask[]): Promise<void> {
  const rows = taskRows(planId, tasks);
  for (let start = 0; start < rows.length; start += TASK_BATCH) {
    await tx
      .insert(planTasks)
      .values(rows.slice(start, start + TASK_BATCH))
      .onConflictDoUpdate({
        target: [planTasks.planId, planTasks.taskId],
        // Status and done_at are deliberately not overwritten: work done stays done.
        set: {
          date: sql`excluded.date`,
          position: sql`excluded.position`,
          domainId: sql`excluded.domain_id`,
          kind: sql`excluded.kind`,
          minutes: sql`excluded.minutes`,
          title: sql`excluded.title`,
          resources: sql`excluded.resources`,
        },
      });
  }
}

/**
 * Stores a new plan and its tasks in one transaction. Throws
 * `ActivePlanExistsError` if the learner already has a live plan for the exam.
 */
export const createPlan = repository(
  async (executor: Executor, input: NewPlan): Promise<PlanWithTasks> => {
    assertTimeZone(input.timezone);
    try {
      return await withTransaction(executor, async (tx) => {
        const [plan] = await tx
          .insert(plans)
          .values({
            learnerId: input.learnerId,
            examRef: input.examRef,
            examDate: input.examDate,
            startDate: input.startDate,
            availability: input.availability,
            timezone: input.timezone,
            pauses: input.pauses ?? [],
            masterySeed: input.masterySeed ?? {},
            input: input.input,
            warnings: input.warnings ?? [],
          })
          .returning();
        if (!plan) throw new Error('insert into plans returned no row');
        await writeTasks(tx, plan.id, input.tasks);
        return { plan, tasks: await tasksOf(tx, plan.id) };
      });
    } catch (error) {
      if (violatedConstraint(error) === 'plans_one_live_per_learner_exam') {
        throw new ActivePlanExistsError(input.learnerId, input.examRef);
      }
      throw error;
    }
  },
);

export interface PlanRevision extends Partial<Omit<PlanFields, 'input'>> {
  readonly planId: string;
  /** Refuse the save if the plan is no longer at this revision (someone re-planned meanwhile). */
  readonly expectedRevision?: number;
  readonly input: JsonObject;
  readonly tasks: readonly PlannedTask[];
}

/**
 * Saves a re-planned schedule: the plan row and its whole task list replaced
 * in one transaction, `revision` bumped. Tasks that survive (same id) keep
 * their done or skipped status; tasks no longer planned are removed. Throws
 * `RevisionConflictError` when `expectedRevision` is stale; null if no plan.
 */
export const savePlanRevision = repository(
  async (executor: Executor, revision: PlanRevision): Promise<PlanWithTasks | null> => {
    if (revision.timezone !== undefined) assertTimeZone(revision.timezone);
    return withTransaction(executor, async (tx) => {
      const changes = {
        ...pick(revision, [
          'examRef',
          'examDate',
          'startDate',
          'availability',
          'timezone',
          'pauses',
          'masterySeed',
          'warnings',
        ]),
        input: revision.input,
        revision: sql`${plans.revision} + 1`,
      };
      const matches =
        revision.expectedRevision === undefined
          ? eq(plans.id, revision.planId)
          : and(eq(plans.id, revision.planId), eq(plans.revision, revision.expectedRevision));
      const [plan] = await tx.update(plans).set(changes).where(matches).returning();
      if (!plan) {
        if (revision.expectedRevision === undefined) return null;
        const [exists] = await tx
          .select({ id: plans.id })
          .from(plans)
          .where(eq(plans.id, revision.planId));
        if (!exists) return null;
        throw new RevisionConflictError('plan', revision.planId, revision.expectedRevision);
      }
      const keep = revision.tasks.map((task) => task.id);
      await tx
        .delete(planTasks)
        .where(
          keep.length === 0
            ? eq(planTasks.planId, plan.id)
            : and(eq(planTasks.planId, plan.id), notInArray(planTasks.taskId, keep)),
        );
      await writeTasks(tx, plan.id, revision.tasks);
      return { plan, tasks: await tasksOf(tx, plan.id) };
    });
  },
);

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<T> {
  const picked: Partial<T> = {};
  for (const key of keys) {
    if (source[key] !== undefined) picked[key] = source[key];
  }
  return picked;
}
