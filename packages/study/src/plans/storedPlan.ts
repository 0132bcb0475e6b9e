import {
  type Blueprint,
  blueprintRef,
  getBlueprint,
  type Plan,
  type PlanDay,
  type PlanInput,
  summarizePlan,
  type Task,
  type TaskKind,
} from '@certpace/core';
import type {
  JsonObject,
  PlannedTask,
  Plan as PlanRow,
  PlanTask,
  WeeklyAvailability,
} from '@certpace/db';
import { addDays } from '../time/isoDates.js';

/**
 * The planner input as the plans table keeps it: everything but the
 * blueprint, which is named by its ref and looked up again (shipped outlines
 * never change under a ref). Mock exam parts keep their question counts here,
 * since plan_tasks has no column for them.
 */
export interface StoredPlanInput {
  readonly examRef: string;
  readonly start: string;
  readonly examDate: string;
  readonly availability: WeeklyAvailability;
  readonly mastery: Readonly<Record<string, number>>;
  readonly lambda: number;
  readonly blockMinutes: number;
  readonly pauses: readonly { readonly from: string; readonly to: string }[];
  readonly mockParts: Readonly<Record<string, number>>;
}

export function storedInput(plan: Plan): StoredPlanInput {
  const { input } = plan;
  const mockParts: Record<string, number> = {};
  for (const day of plan.days) {
    for (const task of day.tasks) {
      if (task.kind === 'mock-exam' && task.questions !== undefined)
        mockParts[task.id] = task.questions;
    }
  }
  return {
    examRef: blueprintRef(input.blueprint),
    start: input.start,
    examDate: input.examDate,
    availability: input.availability,
    mastery: input.mastery,
    lambda: input.lambda,
    blockMinutes: input.blockMinutes,
    pauses: input.pauses.map((p) => ({ from: p.from, to: p.to })),
    mockParts,
  };
}

export function asJson(input: StoredPlanInput): JsonObject {
  return input as unknown as JsonObject;
}

export function readStoredInput(row: PlanRow): StoredPlanInput {
  return row.input as unknown as StoredPlanInput;
}

/** The tasks of a plan in the shape the plans repository stores. */
export function plannedTasks(plan: Plan): PlannedTask[] {
  return plan.days.flatMap((day) =>
    day.tasks.map((task) => ({
      id: task.id,
      date: task.date,
      domainId: task.domainId,
      kind: task.kind,
      minutes: task.minutes,
      title: task.title,
      resources: task.resources,
    })),
  );
}

/** A core Plan rebuilt from the stored row and its tasks, as `replan` takes it. */
export function rebuildPlan(
  row: PlanRow,
  tasks: readonly PlanTask[],
): { plan: Plan; blueprint: Blueprint } {
  const stored = readStoredInput(row);
  const blueprint = getBlueprint(row.examRef);
  const input: PlanInput = {
    blueprint,
    start: stored.start,
    examDate: stored.examDate,
    availability: stored.availability,
    mastery: stored.mastery,
    lambda: stored.lambda,
    blockMinutes: stored.blockMinutes,
    pauses: stored.pauses,
  };
  const byDate = new Map<string, Task[]>();
  for (const row of tasks) {
    const questions = stored.mockParts?.[row.taskId];
    const task: Task = {
      id: row.taskId,
      date: row.date,
      ...(row.domainId === null ? {} : { domainId: row.domainId }),
      kind: row.kind as TaskKind,
      minutes: row.minutes,
      title: row.title,
      ...(row.resources ? { resources: row.resources } : {}),
      ...(questions === undefined ? {} : { questions }),
    };
    byDate.set(row.date, [...(byDate.get(row.date) ?? []), task]);
  }
  const days: PlanDay[] = [];
  for (let date = stored.start; date < stored.examDate; date = addDays(date, 1)) {
    days.push({ date, tasks: byDate.get(date) ?? [] });
  }
  const plan: Plan = {
    input,
    days,
    warnings: row.warnings,
    // replan reads only input and days; the summary is filled for completeness
    // (the priorities it was planned with are not stored).
    summary: summarizePlan(blueprint, days),
  };
  return { plan, blueprint };
}
