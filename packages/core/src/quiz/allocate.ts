import { apportion, systematicCounts } from './apportion.js';

/**
 * Splits `total` over keys by `weights` without giving a key more than its
 * `capacity`: a key that would get more than it has is filled to capacity and
 * the rest is split again over the others. Returns the counts and how many
 * could not be placed at all.
 */
export function allocate(
  total: number,
  weights: ReadonlyMap<string, number>,
  capacity: ReadonlyMap<string, number>,
  split: (total: number, weights: ReadonlyMap<string, number>) => Map<string, number>,
): { counts: Map<string, number>; unplaced: number } {
  const counts = new Map<string, number>([...weights.keys()].map((k) => [k, 0]));
  let open = [...weights.keys()].filter((k) => (capacity.get(k) ?? 0) > 0);
  let left = total;
  while (left > 0 && open.length > 0) {
    const positive = open.some((k) => weights.get(k)! > 0);
    const openWeights = new Map(open.map((k) => [k, positive ? weights.get(k)! : 1]));
    const trial = split(left, openWeights);
    const full = open.filter((k) => trial.get(k)! >= capacity.get(k)!);
    if (full.length === 0) {
      for (const k of open) counts.set(k, trial.get(k)!);
      left = 0;
      break;
    }
    for (const k of full) {
      counts.set(k, capacity.get(k)!);
      left -= capacity.get(k)!;
    }
    open = open.filter((k) => !full.includes(k));
  }
  return { counts, unplaced: Math.max(0, left) };
}

export const largestRemainder = (total: number, weights: ReadonlyMap<string, number>) =>
  apportion(total, weights);

export const systematic =
  (offset: number) => (total: number, weights: ReadonlyMap<string, number>) =>
    systematicCounts(total, weights, offset);
