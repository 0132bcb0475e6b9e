import { and, desc, eq, inArray } from 'drizzle-orm';
import { ActivePlanExistsError } from '../database/errors.js';
import { repository, violatedConstraint } from '../database/mapError.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type PlanRow, type PlanTaskRow, plans } from '../schema/plans.js';
import type { PlanStatus } from '../schema/types.js';

export type Plan = PlanRow;
export type PlanTask = PlanTaskRow;

export const getPlan = repository(
  async (executor: Executor, planId: string): Promise<Plan | null> => {
    const [plan] = await drizzleOf(executor).select().from(plans).where(eq(plans.id, planId));
    return plan ?? null;
  },
);

/** The plan if it belongs to the learner, else null (never someone else's). */
export const getLearnerPlan = repository(
  async (
    executor: Executor,
    input: { learnerId: string; planId: string },
  ): Promise<Plan | null> => {
    const [plan] = await drizzleOf(executor)
      .select()
      .from(plans)
      .where(and(eq(plans.id, input.planId), eq(plans.learnerId, input.learnerId)));
    return plan ?? null;
  },
);

/** A learner's plans, newest first; by default the live ones (active and paused). */
export const listPlans = repository(
  async (
    executor: Executor,
    input: { learnerId: string; statuses?: readonly PlanStatus[] },
  ): Promise<Plan[]> => {
    const statuses = input.statuses ?? ['active', 'paused'];
    return drizzleOf(executor)
      .select()
      .from(plans)
      .where(and(eq(plans.learnerId, input.learnerId), inArray(plans.status, [...statuses])))
      .orderBy(desc(plans.createdAt));
  },
);

/**
 * Pauses, resumes or archives a learner's plan. Archiving frees the exam for
 * a new plan. Resuming a plan whose exam already has another live plan throws
 * `ActivePlanExistsError`. Null if the plan is not the learner's.
 */
export const setPlanStatus = repository(
  async (
    executor: Executor,
    input: { learnerId: string; planId: string; status: PlanStatus },
  ): Promise<Plan | null> => {
    try {
      const [plan] = await drizzleOf(executor)
        .update(plans)
        .set({ status: input.status })
        .where(and(eq(plans.id, input.planId), eq(plans.learnerId, input.learnerId)))
        .returning();
      return plan ?? null;
    } catch (error) {
      if (violatedConstraint(error) === 'plans_one_live_per_learner_exam') {
        throw new ActivePlanExistsError(input.learnerId, 'this exam');
      }
      throw error;
    }
  },
);

/** Deletes a learner's plan and its tasks; false if it is not theirs or does not exist. */
export const deletePlan = repository(
  async (executor: Executor, input: { learnerId: string; planId: string }): Promise<boolean> => {
    const deleted = await drizzleOf(executor)
      .delete(plans)
      .where(and(eq(plans.id, input.planId), eq(plans.learnerId, input.learnerId)))
      .returning({ id: plans.id });
    return deleted.length > 0;
  },
);
