/**
 * Splits `total` whole items over keys in proportion to `weights` by the
 * largest-remainder method; ties go to the key listed first. Each count is the
 * floor or the ceiling of its exact share, and the counts sum to `total`.
 */
export function apportion(
  total: number,
  weights: ReadonlyMap<string, number>,
): Map<string, number> {
  const keys = [...weights.keys()];
  const sum = keys.reduce((s, k) => s + Math.max(0, weights.get(k)!), 0);
  const counts = new Map<string, number>();
  if (sum <= 0 || total <= 0) {
    for (const k of keys) counts.set(k, 0);
    return counts;
  }
  const exact = keys.map((k) => (total * Math.max(0, weights.get(k)!)) / sum);
  for (const [i, k] of keys.entries()) counts.set(k, Math.floor(exact[i]! + 1e-9));
  let left = total - [...counts.values()].reduce((s, c) => s + c, 0);
  const order = keys
    .map((k, i) => ({ k, i, rest: exact[i]! - counts.get(k)! }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { k } of order) {
    if (left <= 0) break;
    counts.set(k, counts.get(k)! + 1);
    left--;
  }
  return counts;
}

/**
 * Systematic sampling: lays the keys on [0, 1) by weight and takes `total`
 * evenly spaced points from a random offset. Each key gets the floor or the
 * ceiling of its exact share, and in expectation exactly its share, so a
 * small domain still has its fair chance in a short quiz.
 */
export function systematicCounts(
  total: number,
  weights: ReadonlyMap<string, number>,
  offset: number,
): Map<string, number> {
  const keys = [...weights.keys()];
  const sum = keys.reduce((s, k) => s + Math.max(0, weights.get(k)!), 0);
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  if (sum <= 0 || total <= 0) return counts;
  let cumulative = 0;
  let taken = 0;
  for (const k of keys) {
    cumulative += (total * Math.max(0, weights.get(k)!)) / sum;
    // Points offset + j for j = 0..total-1 that fall below the running edge.
    const upTo = Math.min(total, Math.max(0, Math.ceil(cumulative - offset - 1e-9)));
    counts.set(k, upTo - taken);
    taken = upTo;
  }
  return counts;
}
