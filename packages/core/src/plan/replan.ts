import type { Blueprint } from '../blueprint/types.js';
import { formatIsoDate } from '../dates/isoDate.js';
import { domainPriorities } from '../weighting/domainPriorities.js';
import { noSittings } from './assignKinds.js';
import { PlanInputError } from './PlanInputError.js';
import type { MockToSit } from './placeMockExam.js';
import { readDate, readField, requireRecord, show } from './readInput.js';
import { readPlanDays } from './readPlan.js';
import { blocksOn, type ResolvedInput, resolveInput, retiredWarning } from './resolveInput.js';
import { schedule } from './schedule.js';
import { minutesByDomain, summarizePlan } from './summarize.js';
import { TaskIds } from './taskFactory.js';
import type { Plan, PlanDay, ReplanOptions, ReplanResult, Task } from './types.js';

const OVERRIDES = ['mastery', 'availability', 'examDate', 'pauses', 'lambda'] as const;

function readOldInput(plan: Record<string, unknown>): ResolvedInput {
  try {
    return resolveInput(readField(plan, 'input', 'plan'));
  } catch (error) {
    if (!(error instanceof PlanInputError)) throw error;
    throw new PlanInputError('plan', `is not a plan made by buildPlan: input ${error.message}`, {
      cause: error,
    });
  }
}

function readDone(value: unknown, known: ReadonlySet<string>): Set<string> {
  if (!Array.isArray(value))
    throw new PlanInputError(
      'done',
      `must be a list of task ids (empty if none); got ${show(value)}`,
    );
  const done = new Set<string>();
  value.forEach((id, i) => {
    if (typeof id !== 'string' || !known.has(id)) {
      throw new PlanInputError(
        `done[${i}]`,
        `${show(id)} is not a task of this plan; pass ids from plan.days`,
      );
    }
    done.add(id);
  });
  return done;
}

function isLearning(task: Task): boolean {
  return task.kind === 'learn' || task.kind === 'lab';
}

/**
 * What is left to sit of the mock exam after the done mock tasks: nothing
 * after a whole mock; after some parts of a split one, the rest of its
 * questions in the rest of its time, so the parts still add up to the exam.
 */
function mockLeft(blueprint: Blueprint, kept: readonly Task[]): MockToSit | undefined {
  const { questionCount, durationMinutes } = blueprint;
  const sat = kept.filter((t) => t.kind === 'mock-exam');
  const questions = sat.reduce((s, t) => s + (t.questions ?? questionCount), 0);
  if (questions >= questionCount) return undefined;
  const minutes = sat.reduce((s, t) => s + t.minutes, 0);
  const left = questionCount - questions;
  return {
    questions: left,
    // Parts from another plan may not add up; then the time follows the questions left.
    minutes:
      minutes < durationMinutes
        ? durationMinutes - minutes
        : Math.ceil((durationMinutes * left) / questionCount),
    partsDone: sat.length,
  };
}

/**
 * Re-plans from `today` on. Days before today keep their done tasks; done
 * tasks ahead of today stay on their days; missed tasks (before today, not
 * done) roll into the re-planned days, highest-priority domain first, or are
 * dropped when there is no room; everything else from today on is rebuilt
 * with the new mastery (and availability, exam date, pauses if given).
 * `moved` says where each missed task went. Throws only `PlanInputError`.
 */
export function replan(plan: Plan, options: ReplanOptions): ReplanResult {
  const planRecord = requireRecord(plan, 'plan', 'a plan made by buildPlan');
  const old = readOldInput(planRecord);
  const oldDays = readPlanDays(readField(planRecord, 'days', 'plan'), old.input.blueprint);
  const opts = requireRecord(options, 'options', 'an object { today, done, ... }');
  const merged: Record<string, unknown> = { ...old.input };
  for (const key of OVERRIDES) {
    const value = readField(opts, key, key);
    if (value !== undefined) merged[key] = value;
  }
  const resolved = resolveInput(merged);
  const { input, examDay } = resolved;
  const todayValue = readField(opts, 'today', 'today');
  const today = readDate(todayValue, 'today');
  if (today >= examDay) {
    throw new PlanInputError(
      'today',
      `${formatIsoDate(today)} is not before the exam date ${input.examDate}; there is nothing left to plan (move examDate to plan on)`,
    );
  }
  const allTasks = oldDays.flatMap((d) => d.tasks);
  const done = readDone(readField(opts, 'done', 'done'), new Set(allTasks.map((t) => t.id)));
  const todayDate = formatIsoDate(today);
  const kept = allTasks.filter((t) => done.has(t.id));
  const missed = allTasks.filter((t) => !done.has(t.id) && t.date < todayDate);
  const keptOn = new Map<string, Task[]>();
  for (const task of kept) keptOn.set(task.date, [...(keptOn.get(task.date) ?? []), task]);

  const { blueprint, blockMinutes } = input;
  const blocksOf = (task: Task) => Math.ceil(task.minutes / blockMinutes);
  const domainOf = (task: Task) => blueprint.domains.findIndex((d) => d.id === task.domainId);
  const learnDone = blueprint.domains.map(() => 0);
  const practiceDone = blueprint.domains.map(() => 0);
  const sittingsDone = noSittings(blueprint.domains.length);
  for (const task of kept) {
    if (task.kind === 'mock-exam') continue;
    (isLearning(task) ? learnDone : practiceDone)[domainOf(task)]! += blocksOf(task);
    sittingsDone[domainOf(task)]![task.kind] += 1;
  }

  const firstDay = Math.max(today, resolved.startDay);
  const future = [];
  for (let day = firstDay; day < examDay; day += 1) {
    const date = formatIsoDate(day);
    const taken = (keptOn.get(date) ?? []).reduce((s, t) => s + blocksOf(t), 0);
    future.push({ day, date, free: Math.max(0, blocksOn(resolved, day) - taken) });
  }
  const priorities = domainPriorities(blueprint, input.mastery, input.lambda);
  const result = schedule({
    blueprint,
    blockMinutes,
    priorities: blueprint.domains.map((d) => priorities[d.id]!),
    days: future,
    startDay: resolved.startDay,
    examDay,
    mock: mockLeft(blueprint, kept),
    learnDone,
    practiceDone,
    sittingsDone,
    missed,
    ids: new TaskIds(kept.map((t) => t.id)),
  });

  const days: PlanDay[] = [];
  for (let day = resolved.startDay; day < examDay; day += 1) {
    const date = formatIsoDate(day);
    const newTasks = day >= firstDay ? result.tasks[day - firstDay]! : [];
    days.push({ date, tasks: [...(keptOn.get(date) ?? []), ...newTasks] });
  }
  const retired = retiredWarning(resolved);
  const warnings = [...(retired ? [retired] : []), ...result.warnings];
  if (future.every((d) => d.free === 0)) {
    warnings.push(
      `No study time is left from ${todayDate} to the exam on ${input.examDate}; add time or move the exam date.`,
    );
  }
  const moved = [...result.moved].sort(
    (a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) || (a.taskId < b.taskId ? -1 : 1),
  );
  const rescheduled = moved.filter((m) => m.to !== null).length;
  return {
    plan: { input, days, warnings, summary: summarizePlan(blueprint, days, priorities) },
    moved,
    summary: {
      today: todayDate,
      keptTasks: days.reduce((n, d) => n + d.tasks.filter((t) => done.has(t.id)).length, 0),
      missedTasks: missed.length,
      rescheduledTasks: rescheduled,
      droppedTasks: moved.length - rescheduled,
      minutesBefore: minutesByDomain(
        blueprint,
        oldDays.filter((d) => d.date >= todayDate),
      ),
      minutesAfter: minutesByDomain(
        blueprint,
        days.filter((d) => d.date >= todayDate),
      ),
    },
  };
}
