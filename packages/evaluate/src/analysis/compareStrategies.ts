import { createRng, deriveSeed } from '../random/rng.js';
import { STRATEGIES, type StrategyId } from '../simulate/config.js';
import type { LearnerOutcome } from '../simulate/simulateLearner.js';
import { pairedDifferences, type Summary, summarize } from '../stats/summary.js';
import { bootstrapInterval } from './bootstrap.js';

export interface StrategySummary {
  readonly id: StrategyId;
  /** Expected scaled score after study. */
  readonly score: Summary;
  /** Pass probability after study, as a percentage (its mean is the expected pass rate). */
  readonly pass: Summary;
  /** Hours of study it gave (mock exams included). */
  readonly hours: Summary;
  /** Mean fraction of the study time each domain got, blueprint order. */
  readonly timeShares: Readonly<Record<string, number>>;
}

export interface GapToOracle {
  readonly id: StrategyId;
  /** (oracle − strategy) / (oracle − equal) on mean expected scores: 0 = as good as the oracle, 1 = no better than equal time. */
  readonly ratio: number;
  readonly low: number;
  readonly high: number;
}

export interface PairedDifference {
  readonly a: StrategyId;
  readonly b: StrategyId;
  /** a − b in expected score points, learner by learner. */
  readonly score: Summary;
  /** a − b in pass probability, percentage points. */
  readonly pass: Summary;
}

export interface StrategyComparison {
  readonly exam: string;
  readonly learners: number;
  readonly studyHours: Summary;
  readonly startScore: Summary;
  readonly strategies: readonly StrategySummary[];
  readonly gaps: readonly GapToOracle[];
  readonly differences: readonly PairedDifference[];
}

const PAIRS: readonly (readonly [StrategyId, StrategyId])[] = [
  ['share', 'equal'],
  ['certpace', 'equal'],
  ['certpace-replan', 'equal'],
  ['oracle', 'equal'],
  ['certpace', 'share'],
  ['certpace-replan', 'share'],
  ['certpace-replan', 'certpace'],
  ['oracle', 'certpace-replan'],
];

function timeShares(outcomes: readonly LearnerOutcome[], id: StrategyId): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const o of outcomes) {
    const minutes = o.strategies[id].minutes;
    const total = Object.values(minutes).reduce((sum, m) => sum + m, 0);
    for (const [domain, m] of Object.entries(minutes))
      sums[domain] = (sums[domain] ?? 0) + (total > 0 ? m / total : 0);
  }
  return Object.fromEntries(
    Object.entries(sums).map(([domain, sum]) => [domain, sum / Math.max(1, outcomes.length)]),
  );
}

/** Per-strategy means with spread, certpace's gap to the oracle, and paired differences, for one exam's learners. */
export function compareStrategies(
  exam: string,
  outcomes: readonly LearnerOutcome[],
  seed: number,
): StrategyComparison {
  const scores = (id: StrategyId) => outcomes.map((o) => o.strategies[id].expectedScore);
  const passes = (id: StrategyId) => outcomes.map((o) => 100 * o.strategies[id].passProbability);
  const hours = (id: StrategyId) =>
    outcomes.map(
      (o) => Object.values(o.strategies[id].minutes).reduce((sum, m) => sum + m, 0) / 60,
    );
  const strategies = STRATEGIES.map((id) => ({
    id,
    score: summarize(scores(id)),
    pass: summarize(passes(id)),
    hours: summarize(hours(id)),
    timeShares: timeShares(outcomes, id),
  }));
  const oracle = scores('oracle');
  const equal = scores('equal');
  const rng = createRng(deriveSeed(seed, exam, 'bootstrap'));
  const gaps = (['share', 'certpace', 'certpace-replan'] as const).map((id) => {
    const own = scores(id);
    const ratio = (indices: readonly number[]) => {
      let gap = 0;
      let gain = 0;
      for (const i of indices) {
        gap += oracle[i]! - own[i]!;
        gain += oracle[i]! - equal[i]!;
      }
      return gain > 0 ? gap / gain : Number.NaN;
    };
    const all = outcomes.map((_, i) => i);
    return { id, ratio: ratio(all), ...bootstrapInterval(outcomes.length, ratio, rng) };
  });
  const differences = PAIRS.map(([a, b]) => ({
    a,
    b,
    score: summarize(pairedDifferences(scores(a), scores(b))),
    pass: summarize(pairedDifferences(passes(a), passes(b))),
  }));
  return {
    exam,
    learners: outcomes.length,
    studyHours: summarize(outcomes.map((o) => o.features.studyHours)),
    startScore: summarize(outcomes.map((o) => o.features.startScore)),
    strategies,
    gaps,
    differences,
  };
}
