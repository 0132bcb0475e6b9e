import type { Blueprint } from '../blueprint/types.js';
import type { PlanDay, PlanSummary, TaskKind } from './types.js';

/** Planned minutes per domain on the given days, every domain present, in blueprint order. */
export function minutesByDomain(
  blueprint: Blueprint,
  days: readonly PlanDay[],
): Record<string, number> {
  const result: Record<string, number> = Object.fromEntries(
    blueprint.domains.map((d) => [d.id, 0]),
  );
  for (const day of days) {
    for (const task of day.tasks) {
      if (task.domainId !== undefined && Object.hasOwn(result, task.domainId)) {
        result[task.domainId]! += task.minutes;
      }
    }
  }
  return result;
}

/**
 * A plan's totals from its days: study days, minutes by domain and by kind,
 * mock exam dates. Also for a plan rebuilt from storage, whose priorities
 * were not kept (they default to none).
 */
export function summarizePlan(
  blueprint: Blueprint,
  days: readonly PlanDay[],
  priorities: Readonly<Record<string, number>> = {},
): PlanSummary {
  const minutesByKind: Record<TaskKind, number> = {
    learn: 0,
    lab: 0,
    quiz: 0,
    review: 0,
    'mock-exam': 0,
  };
  const mockExamDates: string[] = [];
  let totalMinutes = 0;
  let studyDays = 0;
  for (const day of days) {
    if (day.tasks.length > 0) studyDays += 1;
    for (const task of day.tasks) {
      totalMinutes += task.minutes;
      minutesByKind[task.kind] += task.minutes;
      if (task.kind === 'mock-exam' && !mockExamDates.includes(task.date))
        mockExamDates.push(task.date);
    }
  }
  return {
    studyDays,
    totalMinutes,
    minutesByDomain: minutesByDomain(blueprint, days),
    minutesByKind,
    priorities: { ...priorities },
    mockExamDates,
  };
}
