// Calibration arithmetic. Outcomes may be 0/1 (one sampled sitting) or a
// probability (the exact chance over the exam's sampling noise): in the second
// case every metric is the expectation of the 0/1 one, with less noise.

/** One readiness statement checked against what happened. */
export interface IntervalRecord {
  readonly low: number;
  readonly high: number;
  /** 1/0 whether the true score fell inside, or the probability that it does. */
  readonly inside: number;
}

export interface ForecastRecord {
  /** The stated probability of passing. */
  readonly predicted: number;
  /** 1/0 whether the learner passed, or the true probability of passing. */
  readonly outcome: number;
}

/** The fraction of statements whose interval held the true score. */
export function intervalCoverage(records: readonly IntervalRecord[]): number {
  if (records.length === 0) return Number.NaN;
  return records.reduce((sum, r) => sum + r.inside, 0) / records.length;
}

/**
 * The Brier score, mean (predicted − outcome)². With a probabilistic outcome q
 * it is the expected Brier score over the 0/1 outcome: (p − q)² + q(1 − q).
 */
export function brierScore(records: readonly ForecastRecord[]): number {
  if (records.length === 0) return Number.NaN;
  const total = records.reduce((sum, r) => {
    const q = r.outcome;
    return sum + (r.predicted - q) ** 2 + q * (1 - q);
  }, 0);
  return total / records.length;
}

/** The Brier score of always stating the base rate: what a forecast must beat to be worth anything. */
export function climatologyBrier(records: readonly ForecastRecord[]): number {
  if (records.length === 0) return Number.NaN;
  const base = records.reduce((sum, r) => sum + r.outcome, 0) / records.length;
  return brierScore(records.map((r) => ({ predicted: base, outcome: r.outcome })));
}

export interface ReliabilityBin {
  /** The band of stated probabilities, [from, to) (the last band includes 1). */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly meanPredicted: number;
  /** The pass rate of the learners in the band. */
  readonly observed: number;
}

/** Forecasts grouped into `bins` equal bands of stated probability, against the observed rate in each. */
export function reliabilityTable(records: readonly ForecastRecord[], bins = 10): ReliabilityBin[] {
  const groups = Array.from({ length: bins }, () => ({ count: 0, predicted: 0, outcome: 0 }));
  for (const r of records) {
    const index = Math.min(bins - 1, Math.max(0, Math.floor(r.predicted * bins)));
    const g = groups[index]!;
    g.count++;
    g.predicted += r.predicted;
    g.outcome += r.outcome;
  }
  return groups.map((g, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    count: g.count,
    meanPredicted: g.count > 0 ? g.predicted / g.count : Number.NaN,
    observed: g.count > 0 ? g.outcome / g.count : Number.NaN,
  }));
}

/** Σ count × |predicted − observed| / N over the bins: the expected calibration error. */
export function expectedCalibrationError(table: readonly ReliabilityBin[]): number {
  const n = table.reduce((sum, b) => sum + b.count, 0);
  if (n === 0) return Number.NaN;
  return table.reduce(
    (sum, b) => (b.count > 0 ? sum + (b.count * Math.abs(b.meanPredicted - b.observed)) / n : sum),
    0,
  );
}
