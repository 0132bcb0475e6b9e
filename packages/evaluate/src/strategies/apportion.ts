/**
 * Whole blocks in proportion to `weights` by largest remainder, ties to the
 * lower index: the same rounding certpace uses, so baselines differ from it
 * only in what they weigh, not in how they round.
 */
export function apportionBlocks(weights: readonly number[], blocks: number): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const quotas = weights.map((w) => (total > 0 ? (w * blocks) / total : blocks / weights.length));
  const counts = quotas.map((q) => Math.floor(q));
  let left = blocks - counts.reduce((sum, c) => sum + c, 0);
  const order = quotas
    .map((q, i) => ({ i, r: q - Math.floor(q) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left--;
  }
  return counts;
}
