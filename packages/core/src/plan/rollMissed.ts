import type { TaskIds } from './taskFactory.js';
import type { MovedTask, Task } from './types.js';

export interface RollArgs {
  /** Missed domain tasks. */
  readonly missed: readonly Task[];
  readonly domainIndex: ReadonlyMap<string, number>;
  readonly priorities: readonly number[];
  /** The most blocks each domain may take in the re-planned days. */
  readonly budget: readonly number[];
  /** Free domain slots per re-planned day (0 on the light last day). */
  readonly slots: readonly number[];
  readonly dates: readonly string[];
  readonly blockMinutes: number;
  readonly ids: TaskIds;
}

export interface RollResult {
  readonly tasksByDay: Task[][];
  /** Blocks placed per day and domain. */
  readonly preassigned: number[][];
  /** Blocks placed per domain, learning (learn, lab) and practice (quiz, review). */
  readonly learnBlocks: number[];
  readonly practiceBlocks: number[];
  readonly moved: MovedTask[];
  readonly slotsLeft: number[];
}

const isLearning = (task: Task) => task.kind === 'learn' || task.kind === 'lab';

/**
 * Missed tasks roll forward, highest-priority domain first (then oldest
 * first), each into the earliest re-planned days with room, keeping its id,
 * kind and title. A task longer than a day's room is split over the next
 * days (`id~2`, ...). A domain rolls at most what its share of the re-planned
 * time allows; what does not fit is dropped.
 */
export function rollMissed(args: RollArgs): RollResult {
  const { domainIndex, priorities, budget, dates, blockMinutes, ids } = args;
  const n = priorities.length;
  const slotsLeft = [...args.slots];
  const tasksByDay: Task[][] = dates.map(() => []);
  const preassigned = dates.map(() => new Array<number>(n).fill(0));
  const learnBlocks = new Array<number>(n).fill(0);
  const practiceBlocks = new Array<number>(n).fill(0);
  const used = new Array<number>(n).fill(0);
  const order = [...args.missed].sort((a, b) => {
    const pa = priorities[domainIndex.get(a.domainId ?? '') ?? 0]!;
    const pb = priorities[domainIndex.get(b.domainId ?? '') ?? 0]!;
    return (
      pb - pa ||
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
  const moved: MovedTask[] = [];
  for (const task of order) {
    const domain = domainIndex.get(task.domainId ?? '');
    if (domain === undefined) continue;
    let blocksLeft = Math.min(
      Math.ceil(task.minutes / blockMinutes),
      budget[domain]! - used[domain]!,
    );
    let minutesLeft = Math.min(task.minutes, Math.max(0, blocksLeft) * blockMinutes);
    const placedIds: string[] = [];
    let firstDate: string | null = null;
    for (let d = 0; d < dates.length && blocksLeft > 0 && minutesLeft > 0; d += 1) {
      const take = Math.min(slotsLeft[d]!, blocksLeft);
      if (take <= 0) continue;
      const minutes = Math.min(take * blockMinutes, minutesLeft);
      const id =
        placedIds.length === 0
          ? ids.claim(task.id)
          : ids.claim(`${task.id}~${placedIds.length + 1}`);
      tasksByDay[d]!.push({ ...task, id, date: dates[d]!, minutes });
      placedIds.push(id);
      firstDate ??= dates[d]!;
      slotsLeft[d]! -= take;
      preassigned[d]![domain]! += take;
      used[domain]! += take;
      (isLearning(task) ? learnBlocks : practiceBlocks)[domain]! += take;
      blocksLeft -= take;
      minutesLeft -= minutes;
    }
    moved.push({ taskId: task.id, from: task.date, to: firstDate, taskIds: placedIds });
  }
  return { tasksByDay, preassigned, learnBlocks, practiceBlocks, moved, slotsLeft };
}
