import type { Rng } from '../random/rng.js';

/**
 * A percentile bootstrap 95% interval of a statistic over learners: resample
 * learner indices with replacement `rounds` times (paired, so every strategy's
 * results stay with their learner).
 */
export function bootstrapInterval(
  n: number,
  statistic: (indices: readonly number[]) => number,
  rng: Rng,
  rounds = 1000,
): { low: number; high: number } {
  const values: number[] = [];
  const indices = new Array<number>(n);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) indices[i] = rng.int(n);
    const v = statistic(indices);
    if (Number.isFinite(v)) values.push(v);
  }
  values.sort((a, b) => a - b);
  const at = (q: number) =>
    values[Math.min(values.length - 1, Math.max(0, Math.floor(q * values.length)))] ?? Number.NaN;
  return { low: at(0.025), high: at(0.975) };
}
