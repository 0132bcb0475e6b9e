import type { StrategyId } from '../simulate/config.js';
import type { LearnerFeatures } from '../simulate/learnerFeatures.js';
import type { LearnerOutcome } from '../simulate/simulateLearner.js';
import { type Summary, summarize } from '../stats/summary.js';

/** A learner counts as worse off when certpace's expected score is this many points below the baseline's. */
export const WORSE_BY_POINTS = 1;

export interface FeatureBand {
  readonly feature: keyof LearnerFeatures;
  /** 1, 2, 3: lowest to highest third of learners on the feature. */
  readonly tercile: number;
  readonly from: number;
  readonly to: number;
  readonly learners: number;
  /** certpace − baseline, expected score points. */
  readonly difference: Summary;
  /** Share of these learners worse off, percent. */
  readonly worsePercent: number;
}

export interface WorseThanBaseline {
  readonly exam: string;
  readonly strategy: StrategyId;
  readonly baseline: StrategyId;
  /** Percent of learners worse off by more than WORSE_BY_POINTS. */
  readonly worsePercent: number;
  /** Mean loss of those learners, points. */
  readonly meanLoss: number;
  /** The largest loss, points. */
  readonly worstLoss: number;
  readonly bands: readonly FeatureBand[];
}

export const FEATURES: readonly (keyof LearnerFeatures)[] = [
  'studyHours',
  'startScore',
  'startSpread',
  'selfRatingError',
  'weakFastCorrelation',
];

/** Who does worse with `strategy` than with `baseline`, and how that share varies with each learner trait (terciles). */
export function whereWorse(
  exam: string,
  outcomes: readonly LearnerOutcome[],
  strategy: StrategyId,
  baseline: StrategyId,
): WorseThanBaseline {
  const diff = outcomes.map(
    (o) => o.strategies[strategy].expectedScore - o.strategies[baseline].expectedScore,
  );
  const isWorse = (d: number) => d < -WORSE_BY_POINTS;
  const losses = diff.filter(isWorse);
  const bands = FEATURES.flatMap((feature) => {
    const order = outcomes
      .map((o, i) => ({ value: o.features[feature], i }))
      .filter((x) => Number.isFinite(x.value))
      .sort((a, b) => a.value - b.value);
    return [0, 1, 2].map((t) => {
      const part = order.slice(
        Math.floor((t * order.length) / 3),
        Math.floor(((t + 1) * order.length) / 3),
      );
      const d = part.map((x) => diff[x.i]!);
      return {
        feature,
        tercile: t + 1,
        from: part[0]?.value ?? Number.NaN,
        to: part[part.length - 1]?.value ?? Number.NaN,
        learners: part.length,
        difference: summarize(d),
        worsePercent: part.length > 0 ? (100 * d.filter(isWorse).length) / part.length : Number.NaN,
      };
    });
  });
  return {
    exam,
    strategy,
    baseline,
    worsePercent: outcomes.length > 0 ? (100 * losses.length) / outcomes.length : Number.NaN,
    meanLoss: losses.length > 0 ? -losses.reduce((s, v) => s + v, 0) / losses.length : 0,
    worstLoss: losses.length > 0 ? -Math.min(...losses) : 0,
    bands,
  };
}
