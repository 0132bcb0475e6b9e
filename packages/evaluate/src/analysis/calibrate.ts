import {
  brierScore,
  climatologyBrier,
  expectedCalibrationError,
  intervalCoverage,
  type ReliabilityBin,
  reliabilityTable,
} from '../calibration/metrics.js';
import type { LearnerOutcome } from '../simulate/simulateLearner.js';
import { summarize } from '../stats/summary.js';

export interface CalibrationSummary {
  readonly exam: string;
  /** Fraction of the preparation done. */
  readonly point: number;
  readonly learners: number;
  readonly meanAnswers: number;
  /** Share of 80% intervals that hold the true score (exact over the exam's sampling noise). */
  readonly coverage: number;
  /** The same from one sampled sitting per learner: a check on the exact figure. */
  readonly sampledCoverage: number;
  /** How often the true score fell below low / above high, percent (exact over the exam's noise). */
  readonly missLowPercent: number;
  readonly missHighPercent: number;
  readonly meanWidth: number;
  readonly brier: number;
  readonly sampledBrier: number;
  /** Brier of always stating the cohort's pass rate: the bar a useful forecast clears. */
  readonly climatologyBrier: number;
  /** Brier of stating each learner's true pass chance: the exam's own noise, which no forecast beats. */
  readonly irreducibleBrier: number;
  /** Mean stated expected score minus the true expected score: > 0 means readiness flatters. */
  readonly scoreBias: number;
  readonly meanPredictedPass: number;
  readonly meanTruePass: number;
  readonly ece: number;
  readonly reliability: readonly ReliabilityBin[];
}

/** Coverage, Brier and reliability of the readiness estimate at one point of preparation. */
export function calibrate(
  exam: string,
  outcomes: readonly LearnerOutcome[],
  point: number,
): CalibrationSummary {
  const rows = outcomes.flatMap((o) => o.checkpoints.filter((c) => c.point === point));
  const exact = rows.map((c) => ({ predicted: c.passProbability, outcome: c.truePass }));
  const sampled = rows.map((c) => ({ predicted: c.passProbability, outcome: c.sampledPassed }));
  const reliability = reliabilityTable(exact, 10);
  const n = rows.length;
  const below = rows.reduce((sum, c) => sum + c.below, 0);
  const above = rows.reduce((sum, c) => sum + (1 - c.inside - c.below), 0);
  return {
    exam,
    point,
    learners: n,
    meanAnswers: summarize(rows.map((c) => c.answers)).mean,
    coverage: intervalCoverage(rows),
    sampledCoverage: intervalCoverage(
      rows.map((c) => ({ low: c.low, high: c.high, inside: c.sampledInside })),
    ),
    missLowPercent: n > 0 ? (100 * below) / n : Number.NaN,
    missHighPercent: n > 0 ? (100 * above) / n : Number.NaN,
    meanWidth: summarize(rows.map((c) => c.high - c.low)).mean,
    brier: brierScore(exact),
    sampledBrier: brierScore(sampled),
    climatologyBrier: climatologyBrier(exact),
    irreducibleBrier: brierScore(exact.map((r) => ({ predicted: r.outcome, outcome: r.outcome }))),
    scoreBias: summarize(rows.map((c) => c.expectedScore - c.trueExpectedScore)).mean,
    meanPredictedPass: summarize(exact.map((r) => r.predicted)).mean,
    meanTruePass: summarize(exact.map((r) => r.outcome)).mean,
    ece: expectedCalibrationError(reliability),
    reliability,
  };
}
