import type { Blueprint } from '../blueprint/types.js';
import { largestRemainderAtLeastOne } from './apportion.js';
import { assignKinds } from './assignKinds.js';
import { type MockToSit, placeMockExam } from './placeMockExam.js';
import { rollMissed } from './rollMissed.js';
import { sequenceDomains } from './sequenceDomains.js';
import { type DomainKind, dayDomainTasks, mockTask, type TaskIds } from './taskFactory.js';
import type { MovedTask, Task } from './types.js';

/** Every domain appears within the first two weeks of (re)planned days. */
const TOUCH_DAYS = 14;
/** Shares are held to their targets from the end of the first week on. */
const GUARD_FROM_DAY = 6;
/** A sitting on one domain lasts about 30 to 60 minutes where the day has room. */
const SITTING_MINUTES = { min: 30, max: 60 };

export interface ScheduleDay {
  readonly day: number;
  readonly date: string;
  /** Whole blocks free for new tasks. */
  readonly free: number;
}

export interface ScheduleArgs {
  readonly blueprint: Blueprint;
  readonly blockMinutes: number;
  /** Normalised priorities in blueprint order. */
  readonly priorities: readonly number[];
  /** The days to fill, in date order. */
  readonly days: readonly ScheduleDay[];
  /** The plan's first day: its first weeks set the touch and guard windows, in a replan too. */
  readonly startDay: number;
  readonly examDay: number;
  /** What is left to sit of the mock exam; undefined when it has been sat. */
  readonly mock: MockToSit | undefined;
  /** Blocks of learning and practice each domain already has (done tasks). */
  readonly learnDone: readonly number[];
  readonly practiceDone: readonly number[];
  /** Sittings of each kind each domain already has (done tasks), so the mix of kinds carries on. */
  readonly sittingsDone: readonly Readonly<Record<DomainKind, number>>[];
  /** Tasks to roll forward (replan); mock exams among them follow the new mock. */
  readonly missed: readonly Task[];
  readonly ids: TaskIds;
}

export interface ScheduleResult {
  /** Tasks per day, parallel to `days`. */
  readonly tasks: Task[][];
  readonly warnings: string[];
  readonly moved: MovedTask[];
}

/** Index of the day that ends the plan's first week; a plan shorter than a week has none. */
function firstGuardedDay(days: readonly ScheduleDay[], startDay: number): number {
  const index = days.findIndex((d) => d.day >= startDay + GUARD_FROM_DAY);
  return index < 0 ? days.length : index;
}

/**
 * The day by which every domain must have appeared: two weeks into the plan,
 * or, for a replan past them, two weeks into the replanned days.
 */
function touchWindowEnd(days: readonly ScheduleDay[], startDay: number): number {
  if (days.length === 0) return 0;
  const first = days[0]!.day;
  return first < startDay + TOUCH_DAYS ? startDay + TOUCH_DAYS : first + TOUCH_DAYS;
}

/** A sitting's bounds in whole blocks: 30 to 60 minutes, or one block when blocks are longer. */
function sittingBlocks(blockMinutes: number): { min: number; max: number } {
  const min = Math.ceil(SITTING_MINUTES.min / blockMinutes);
  return { min, max: Math.max(min, Math.floor(SITTING_MINUTES.max / blockMinutes)) };
}

/** The light last study day keeps half its time, at least one block. */
function lightBlocks(free: number): number {
  return Math.max(1, Math.floor(free / 2));
}

/** Sittings done plus the rolled-over tasks, each of which is a sitting of its kind. */
function withRolled(
  done: readonly Readonly<Record<DomainKind, number>>[],
  rolled: readonly (readonly Task[])[],
  domainIndex: ReadonlyMap<string, number>,
): Record<DomainKind, number>[] {
  const counts = done.map((c) => ({ ...c }));
  for (const task of rolled.flat()) {
    const i = domainIndex.get(task.domainId ?? '');
    if (i !== undefined && task.kind !== 'mock-exam') counts[i]![task.kind] += 1;
  }
  return counts;
}

/**
 * Fills the given days: a light review on the last study day, the mock exam,
 * rolled-over missed tasks, then the domains' time apportioned by priority
 * and interleaved, each block given its phase's kind.
 */
export function schedule(args: ScheduleArgs): ScheduleResult {
  const { blueprint, blockMinutes, priorities, days, ids } = args;
  const n = blueprint.domains.length;
  const dates = days.map((d) => d.date);
  const free = days.map((d) => d.free);
  const warnings: string[] = [];
  const studyDays = free.flatMap((f, i) => (f > 0 ? [i] : []));
  const lightDay = studyDays.length > 0 ? studyDays[studyDays.length - 1]! : -1;
  const slots = free.map((f, i) => (i === lightDay ? lightBlocks(f) : f));

  const mockTasks: Task[][] = dates.map(() => []);
  if (args.mock && studyDays.length > 0) {
    const placement = placeMockExam({
      blockMinutes,
      mock: args.mock,
      days: days.map((d) => d.day),
      free,
      eligible: studyDays.filter((i) => i !== lightDay),
      examDay: args.examDay,
      studyBlocks: slots.reduce((s, b) => s + b, 0),
    });
    for (const sitting of placement.sittings) {
      slots[sitting.dayIndex]! -= sitting.blocks;
      mockTasks[sitting.dayIndex]!.push(
        mockTask(ids, dates[sitting.dayIndex]!, blueprint, sitting),
      );
    }
    warnings.push(...placement.warnings);
  }

  const total = slots.reduce((s, b) => s + b, 0);
  if (total < n && studyDays.length > 0) {
    warnings.push(
      `Only ${total} ${total === 1 ? 'block' : 'blocks'} of ${blockMinutes} minutes are left for ${n} domains, so some domains get no study time. Add time or move the exam date.`,
    );
  }
  const counts = largestRemainderAtLeastOne(priorities, total);
  const domainIndex = new Map(blueprint.domains.map((d, i) => [d.id, i]));
  const roll = rollMissed({
    missed: args.missed.filter((t) => t.domainId !== undefined),
    domainIndex,
    priorities,
    budget: counts,
    slots: slots.map((s, i) => (i === lightDay ? 0 : s)),
    dates,
    blockMinutes,
    ids,
  });
  const capacity = roll.slotsLeft.map((s, i) => (i === lightDay ? slots[i]! : s));
  const windowEnd = touchWindowEnd(days, args.startDay);
  const touchBy = days.reduce((sum, d, i) => (d.day < windowEnd ? sum + slots[i]! : sum), 0);
  const sequence = sequenceDomains({
    capacity,
    preassigned: roll.preassigned,
    remaining: counts.map((c, i) => c - roll.preassigned.reduce((s, day) => s + day[i]!, 0)),
    touchBy,
    chunk: sittingBlocks(blockMinutes),
    guardFrom: firstGuardedDay(days, args.startDay),
    history: args.learnDone.map((b, i) => b + args.practiceDone[i]!),
  });
  const picks = assignKinds({
    sequence,
    lightDay,
    learnDone: args.learnDone.map((b, i) => b + roll.learnBlocks[i]!),
    practiceDone: args.practiceDone.map((b, i) => b + roll.practiceBlocks[i]!),
    sittingsDone: withRolled(args.sittingsDone, roll.tasksByDay, domainIndex),
  });

  const firstMock = mockTasks.flat();
  const moved = [...roll.moved];
  for (const task of args.missed.filter((t) => t.domainId === undefined)) {
    moved.push({
      taskId: task.id,
      from: task.date,
      to: firstMock[0]?.date ?? null,
      taskIds: firstMock.map((t) => t.id),
    });
  }
  const tasks = dates.map((date, d) => {
    const rolled = roll.tasksByDay[d]!.map((t) => ({ ...t }));
    const fresh: Task[] = [];
    // New time for a domain and kind a rolled-over task already holds that day joins that task.
    for (const task of dayDomainTasks(
      ids,
      date,
      blueprint,
      picks[d]!,
      blockMinutes,
      d === lightDay,
    )) {
      const host = rolled.find((r) => r.domainId === task.domainId && r.kind === task.kind);
      if (host) host.minutes += task.minutes;
      else fresh.push(task);
    }
    return [...mockTasks[d]!, ...rolled, ...fresh];
  });
  return { tasks, warnings, moved };
}
