import {
  type Blueprint,
  estimateMastery,
  estimateReadiness,
  type MasteryAnswer,
  type MasterySeed,
} from '@certpace/core';
import {
  examAccuracy,
  passProbability,
  sampleExam,
  scoreInRangeProbability,
} from '../exam/examModel.js';
import type { Rng } from '../random/rng.js';
import type { SimulationConfig } from './config.js';
import { momentOf } from './dates.js';
import type { Snapshot } from './followPlan.js';

/** Readiness as certpace states it at one point of the (replanned) preparation, against the truth. */
export interface CheckpointOutcome {
  /** Fraction of the preparation done, 0..1. */
  readonly point: number;
  /** Answers the estimate had. */
  readonly answers: number;
  /** maxScore × Σ share × true accuracy now. */
  readonly trueExpectedScore: number;
  /** The true chance of passing if the exam were sat now. */
  readonly truePass: number;
  readonly expectedScore: number;
  readonly low: number;
  readonly high: number;
  readonly passProbability: number;
  /** The chance that the true score (an exam sat now) falls in [low, high], and below low. */
  readonly inside: number;
  readonly below: number;
  /** One sampled sitting: inside the interval (1/0) and passed (1/0). */
  readonly sampledInside: number;
  readonly sampledPassed: number;
}

/** certpace's readiness from the answers so far, set against the truth at that moment. */
export function checkpoint(
  blueprint: Blueprint,
  snapshot: Snapshot,
  point: number,
  answers: readonly MasteryAnswer[],
  seeds: readonly MasterySeed[],
  rng: Rng,
  config: SimulationConfig,
): CheckpointOutcome {
  const estimate = estimateMastery(answers, {
    now: momentOf(snapshot.date),
    seeds,
    domains: blueprint.domains.map((d) => d.id),
    ...(config.halfLifeDays === undefined ? {} : { halfLifeDays: config.halfLifeDays }),
  });
  const readiness = estimateReadiness(blueprint, estimate);
  const sitting = sampleExam(rng, blueprint, snapshot.accuracy);
  return {
    point,
    answers: answers.length,
    trueExpectedScore: blueprint.maxScore * examAccuracy(blueprint, snapshot.accuracy),
    truePass: passProbability(blueprint, snapshot.accuracy),
    expectedScore: readiness.expectedScore,
    low: readiness.low,
    high: readiness.high,
    passProbability: readiness.passProbability,
    inside: scoreInRangeProbability(blueprint, snapshot.accuracy, readiness.low, readiness.high),
    below: scoreInRangeProbability(blueprint, snapshot.accuracy, 0, readiness.low - 1e-6),
    sampledInside: sitting.score >= readiness.low && sitting.score <= readiness.high ? 1 : 0,
    sampledPassed: sitting.passed ? 1 : 0,
  };
}
