/**
 * Largest-remainder (Hamilton) apportionment of `seats` whole units in
 * proportion to `weights`: each gets the floor of its quota, and the units
 * left go to the largest remainders, ties to the lower index (the blueprint
 * order). The result always sums to `seats`.
 *
 * Raising one weight while the others stay never lowers its count: its
 * remainder grows while every other quota shrinks, and each other quota that
 * drops below an integer frees exactly the unit it outranks it with.
 */
export function largestRemainder(weights: readonly number[], seats: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const total = weights.reduce((sum, w) => sum + w, 0);
  const quotas = weights.map((w) => (total > 0 ? (w * seats) / total : seats / n));
  const counts = quotas.map((q) => Math.floor(q));
  let left = seats - counts.reduce((sum, c) => sum + c, 0);
  const order = quotas
    .map((q, i) => ({ i, remainder: q - Math.floor(q) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return counts;
}

/**
 * Largest remainder with a floor of one unit each when there are at least as
 * many units as weights, so no domain is left out of a plan: weights whose
 * quota is under one unit get one, and the rest is apportioned among the
 * others (repeated until no quota is under one). With fewer units than
 * weights it is plain largest remainder.
 */
export function largestRemainderAtLeastOne(weights: readonly number[], seats: number): number[] {
  const n = weights.length;
  if (seats < n) return largestRemainder(weights, seats);
  const fixed = new Set<number>();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !fixed.has(i));
    const freeSeats = seats - fixed.size;
    const total = free.reduce((sum, i) => sum + weights[i]!, 0);
    const under = free.filter(
      (i) => (total > 0 ? (weights[i]! * freeSeats) / total : freeSeats / free.length) < 1,
    );
    if (under.length === 0) {
      const counts = weights.map(() => 1);
      const shares = largestRemainder(
        free.map((i) => weights[i]!),
        freeSeats,
      );
      free.forEach((i, k) => {
        counts[i] = shares[k]!;
      });
      return counts;
    }
    for (const i of under) fixed.add(i);
  }
}
