import { type Pause, replan, type Weekday } from '@certpace/core';
import {
  type Executor,
  listPlans,
  listPlanTasks,
  type Plan as PlanRow,
  type PlanTask,
  savePlanRevision,
} from '@certpace/db';
import { currentMastery, plannerMastery } from '../mastery/currentMastery.js';
import { localToday } from '../time/localTime.js';
import { describeChange, type PlanChange, type ReplanReason } from './planChange.js';
import { asJson, plannedTasks, readStoredInput, rebuildPlan, storedInput } from './storedPlan.js';

export interface PlanOverrides {
  readonly availability?: Readonly<Record<Weekday, number>>;
  readonly examDate?: string;
  readonly pauses?: readonly Pause[];
}

export interface ReplannedPlan {
  readonly plan: PlanRow;
  readonly tasks: PlanTask[];
  readonly change: PlanChange;
}

/**
 * Rebuilds a stored plan from the learner's local today on, with the mastery
 * their answers and score reports give now: done tasks stay, missed ones roll
 * forward, the rest follows the new priorities. Saved as a new revision.
 * Throws core's PlanInputError when nothing can be planned (the exam passed).
 */
export async function replanStoredPlan(
  executor: Executor,
  options: { plan: PlanRow; now: Date; reason: ReplanReason; overrides?: PlanOverrides },
): Promise<ReplannedPlan> {
  const row = options.plan;
  const tasks = await listPlanTasks(executor, { planId: row.id });
  const { plan, blueprint } = rebuildPlan(row, tasks);
  const today = localToday(row.timezone, options.now);
  const estimate = await currentMastery(executor, row.learnerId, blueprint, options.now, {
    selfRating: row.masterySeed,
    selfRatedAt: row.createdAt,
  });
  const mastery = plannerMastery(estimate);
  const overrides = options.overrides ?? {};
  const result = replan(plan, {
    today,
    done: tasks.filter((t) => t.status === 'done').map((t) => t.taskId),
    mastery,
    ...(overrides.availability === undefined ? {} : { availability: overrides.availability }),
    ...(overrides.examDate === undefined ? {} : { examDate: overrides.examDate }),
    ...(overrides.pauses === undefined ? {} : { pauses: overrides.pauses }),
  });
  const saved = await savePlanRevision(executor, {
    planId: row.id,
    expectedRevision: row.revision,
    input: asJson(storedInput(result.plan)),
    tasks: plannedTasks(result.plan),
    warnings: result.plan.warnings,
    ...(overrides.availability === undefined ? {} : { availability: overrides.availability }),
    ...(overrides.examDate === undefined ? {} : { examDate: overrides.examDate }),
    ...(overrides.pauses === undefined ? {} : { pauses: overrides.pauses }),
  });
  if (!saved) throw new Error(`plan ${row.id} vanished while it was re-planned`);
  const change = describeChange({
    planId: row.id,
    examRef: row.examRef,
    reason: options.reason,
    revision: saved.plan.revision,
    blueprint,
    result,
    masteryBefore: readStoredInput(row).mastery,
    masteryAfter: mastery,
  });
  return { plan: saved.plan, tasks: saved.tasks, change };
}

/**
 * After new results (a finished quiz, a score report): re-plans the learner's
 * active plan for that exam, if any and if its exam is still ahead. Null when
 * there is nothing to re-plan.
 */
export async function replanAfterResults(
  executor: Executor,
  input: { learnerId: string; examRef: string; now: Date; reason: ReplanReason },
): Promise<PlanChange | null> {
  const code = input.examRef.split('@')[0];
  const plans = await listPlans(executor, { learnerId: input.learnerId, statuses: ['active'] });
  const plan = plans.find((p) => p.examCode === code);
  if (!plan) return null;
  if (localToday(plan.timezone, input.now) >= plan.examDate) return null;
  const { change } = await replanStoredPlan(executor, {
    plan,
    now: input.now,
    reason: input.reason,
  });
  return change;
}
