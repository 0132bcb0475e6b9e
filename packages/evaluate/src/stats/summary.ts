/** z for a two-sided 95% normal interval. */
export const Z_95 = 1.959963984540054;

export interface Summary {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1). */
  readonly sd: number;
  /** 95% confidence interval of the mean (normal approximation, fine for n in the hundreds). */
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** Mean, spread and a 95% CI of the mean. */
export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  if (n === 0)
    return { n, mean: Number.NaN, sd: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN };
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1)) : 0;
  const half = (Z_95 * sd) / Math.sqrt(n);
  return { n, mean, sd, ciLow: mean - half, ciHigh: mean + half };
}

/** Pairwise differences a_i − b_i of two results on the same learners. */
export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new RangeError('paired samples need the same length');
  return a.map((x, i) => x - b[i]!);
}

/** Pearson correlation; NaN when either side has no spread. */
export function correlation(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n !== y.length || n < 2) return Number.NaN;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}
