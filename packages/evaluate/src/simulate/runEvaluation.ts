import { getBlueprint } from '@certpace/core';
import type { SimulationConfig } from './config.js';
import { type LearnerOutcome, simulateLearner } from './simulateLearner.js';

/** Which learners to simulate: a slice of the index range, so runs can be split over workers and merged. */
export interface LearnerRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Simulates learners `range.from` to `range.to − 1` of every exam. Each
 * learner's numbers depend only on (seed, exam, index), so any split of the
 * range gives the same outcomes.
 */
export function runLearners(
  config: SimulationConfig,
  range: LearnerRange = { from: 0, to: config.learners },
): LearnerOutcome[] {
  const outcomes: LearnerOutcome[] = [];
  for (const exam of config.exams) {
    const blueprint = getBlueprint(exam);
    for (let i = range.from; i < range.to; i++)
      outcomes.push(simulateLearner(blueprint, exam, i, config));
  }
  return outcomes;
}
