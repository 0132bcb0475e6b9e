import { type Blueprint, findBlueprint } from '@certpace/core';
import type {
  LearnerTask,
  Plan,
  PlanTask,
  TaskStatus,
  Weekday,
  WeeklyAvailability,
} from '@certpace/db';
import { domainName } from '../exams/resolveExam.js';

/** One task of a plan, as the front ends list it. */
export interface TaskView {
  readonly planId: string;
  readonly examRef: string;
  /** The planner's stable id: what `markTask` takes (with the planId when ids could repeat). */
  readonly taskId: string;
  /** The learner's local date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly kind: 'learn' | 'lab' | 'quiz' | 'review' | 'mock-exam';
  readonly domainId: string | null;
  readonly domainName: string | null;
  readonly minutes: number;
  readonly title: string;
  readonly resources: readonly { readonly title: string; readonly url: string }[];
  readonly status: TaskStatus;
  readonly doneAt: Date | null;
}

export interface PlanView {
  readonly id: string;
  readonly examRef: string;
  readonly examCode: string;
  readonly examTitle: string;
  readonly examDate: string;
  readonly startDate: string;
  readonly timezone: string;
  /** Minutes per weekday (0 = rest day). */
  readonly availability: WeeklyAvailability;
  /** The study days, in week order. */
  readonly studyDays: readonly Weekday[];
  readonly pauses: readonly { readonly from: string; readonly to: string }[];
  readonly status: 'active' | 'paused' | 'archived';
  readonly revision: number;
  /** Planner warnings for this revision (a retired exam, a split mock exam, ...). */
  readonly warnings: readonly string[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Counts over a plan's tasks. */
export interface PlanTotals {
  readonly tasks: number;
  readonly done: number;
  readonly skipped: number;
  readonly totalMinutes: number;
  readonly doneMinutes: number;
  readonly minutesByDomain: Readonly<Record<string, number>>;
  readonly mockExamDates: readonly string[];
}

export function taskView(
  row: PlanTask | LearnerTask,
  examRef: string,
  blueprint?: Blueprint,
): TaskView {
  const outline = blueprint ?? findBlueprint(examRef);
  return {
    planId: row.planId,
    examRef,
    taskId: row.taskId,
    date: row.date,
    kind: row.kind,
    domainId: row.domainId,
    domainName: outline ? domainName(outline, row.domainId) : row.domainId,
    minutes: row.minutes,
    title: row.title,
    resources: row.resources ?? [],
    status: row.status,
    doneAt: row.doneAt,
  };
}

export function learnerTaskView(row: LearnerTask): TaskView {
  return taskView(row, row.examRef);
}

export function planView(row: Plan): PlanView {
  const days = Object.entries(row.availability) as [Weekday, number][];
  return {
    id: row.id,
    examRef: row.examRef,
    examCode: row.examCode,
    examTitle: findBlueprint(row.examRef)?.title ?? row.examRef,
    examDate: row.examDate,
    startDate: row.startDate,
    timezone: row.timezone,
    availability: row.availability,
    studyDays: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).filter((d) =>
      days.some(([day, minutes]) => day === d && minutes > 0),
    ),
    pauses: row.pauses,
    status: row.status,
    revision: row.revision,
    warnings: row.warnings,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function planTotals(
  tasks: readonly Pick<PlanTask, 'status' | 'minutes' | 'domainId' | 'kind' | 'date'>[],
): PlanTotals {
  const minutesByDomain: Record<string, number> = {};
  const mockExamDates: string[] = [];
  let doneMinutes = 0;
  for (const task of tasks) {
    if (task.domainId)
      minutesByDomain[task.domainId] = (minutesByDomain[task.domainId] ?? 0) + task.minutes;
    if (task.kind === 'mock-exam' && !mockExamDates.includes(task.date))
      mockExamDates.push(task.date);
    if (task.status === 'done') doneMinutes += task.minutes;
  }
  return {
    tasks: tasks.length,
    done: tasks.filter((t) => t.status === 'done').length,
    skipped: tasks.filter((t) => t.status === 'skipped').length,
    totalMinutes: tasks.reduce((s, t) => s + t.minutes, 0),
    doneMinutes,
    minutesByDomain,
    mockExamDates,
  };
}
