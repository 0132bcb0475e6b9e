// The documented ranges simulated learners are drawn from. They are wide on
// purpose: the comparison should hold across very different learners, not
// for one tuned profile. EVALUATION.md gives the reasons for each.

export interface LearnerRanges {
  /** Per-domain accuracy before study, uniform. Four-option questions put chance near 0.25. */
  readonly start: readonly [number, number];
  /** Per-domain ceiling, uniform; always above the highest start. */
  readonly ceiling: readonly [number, number];
  /** Per-domain rate per hour, log-uniform: half the gap closes in ln 2 / rate hours. */
  readonly rate: readonly [number, number];
  /** Self-rating = start + learner bias + per-domain noise (normal), clamped to 0.05..0.95. */
  readonly selfRatingBias: { readonly mean: number; readonly sd: number };
  readonly selfRatingNoiseSd: number;
  /** Days from the first study day to the exam, uniform whole days. */
  readonly horizonDays: readonly [number, number];
  /** Minutes a weekday / a weekend day, one choice per learner. */
  readonly weekdayMinutes: readonly number[];
  readonly weekendMinutes: readonly number[];
}

export const DEFAULT_RANGES: LearnerRanges = {
  start: [0.25, 0.75],
  ceiling: [0.88, 0.98],
  rate: [0.03, 0.3],
  selfRatingBias: { mean: 0.05, sd: 0.1 },
  selfRatingNoiseSd: 0.2,
  horizonDays: [21, 70],
  weekdayMinutes: [30, 45, 60, 90],
  weekendMinutes: [0, 60, 120, 180],
};
