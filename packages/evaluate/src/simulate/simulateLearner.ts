import {
  type Blueprint,
  buildPlan,
  domainShares,
  estimateMastery,
  type MasteryAnswer,
  type MasterySeed,
  masteryMeans,
} from '@certpace/core';
import { examAccuracy, passProbability } from '../exam/examModel.js';
import { drawLearner, type Learner } from '../learner/drawLearner.js';
import { accuracyAfter } from '../learner/learningCurve.js';
import { createRng, deriveSeed, type Rng } from '../random/rng.js';
import { type Allocation, equalAllocation, shareAllocation } from '../strategies/baselines.js';
import { oracleAllocation } from '../strategies/oracle.js';
import { type CheckpointOutcome, checkpoint } from './checkpoint.js';
import type { SimulationConfig, StrategyId } from './config.js';
import { addDays, momentOf } from './dates.js';
import { followPlan } from './followPlan.js';
import { type LearnerFeatures, learnerFeatures } from './learnerFeatures.js';

export interface StrategyOutcome {
  /** Minutes studied per domain. */
  readonly minutes: Allocation;
  /** maxScore × Σ share × final true accuracy. */
  readonly expectedScore: number;
  /** The exact chance of passing with the final true accuracies. */
  readonly passProbability: number;
}

export type { CheckpointOutcome } from './checkpoint.js';

export interface LearnerOutcome {
  readonly exam: string;
  readonly index: number;
  readonly features: LearnerFeatures;
  readonly strategies: Readonly<Record<StrategyId, StrategyOutcome>>;
  readonly replans: number;
  readonly checkpoints: readonly CheckpointOutcome[];
}

interface StartingPoint {
  readonly seeds: MasterySeed[];
  readonly answers: MasteryAnswer[];
  readonly mastery: Record<string, number>;
}

/** What the planner knows on the first morning, by `config.initialKnowledge`. */
function startingPoint(
  learner: Learner,
  blueprint: Blueprint,
  config: SimulationConfig,
  start: string,
  rng: Rng,
): StartingPoint {
  const domains = blueprint.domains.map((d) => d.id);
  const at = momentOf(start);
  if (config.initialKnowledge === 'none') return { seeds: [], answers: [], mastery: {} };
  if (config.initialKnowledge === 'diagnostic') {
    const answers = domains.flatMap((domain) =>
      Array.from({ length: config.diagnosticQuestions }, () => ({
        domain,
        correct: rng.bernoulli(learner.curves[domain]!.start),
        at,
      })),
    );
    return {
      seeds: [],
      answers,
      mastery: masteryMeans(estimateMastery(answers, { now: at, domains })),
    };
  }
  const seeds = domains.map((domain) => ({
    domain,
    score:
      config.initialKnowledge === 'exact'
        ? learner.curves[domain]!.start
        : learner.selfRating[domain]!,
    kind: 'self-rating' as const,
    at,
  }));
  return {
    seeds,
    answers: [],
    mastery: masteryMeans(estimateMastery([], { now: at, seeds, domains })),
  };
}

function outcome(blueprint: Blueprint, learner: Learner, minutes: Allocation): StrategyOutcome {
  const accuracy = Object.fromEntries(
    blueprint.domains.map((d) => [d.id, accuracyAfter(learner.curves[d.id]!, minutes[d.id] ?? 0)]),
  );
  return {
    minutes,
    expectedScore: blueprint.maxScore * examAccuracy(blueprint, accuracy),
    passProbability: passProbability(blueprint, accuracy),
  };
}

/** One learner, every strategy, and readiness checks along the replanned preparation. */
export function simulateLearner(
  blueprint: Blueprint,
  exam: string,
  index: number,
  config: SimulationConfig,
): LearnerOutcome {
  const stream = (purpose: string) => createRng(deriveSeed(config.seed, exam, index, purpose));
  const learner = drawLearner(stream('learner'), blueprint, config.ranges);
  const start = addDays(config.start, stream('start').int(7));
  const examDate = addDays(start, learner.horizonDays);
  const known = startingPoint(learner, blueprint, config, start, stream('diagnostic'));
  const lambda = config.lambda === undefined ? {} : { lambda: config.lambda };
  const plan = buildPlan({
    blueprint,
    start,
    examDate,
    availability: learner.availability,
    mastery: known.mastery,
    ...lambda,
  });
  const blockMinutes = plan.input.blockMinutes;
  const common = {
    blueprint,
    learner,
    plan,
    seeds: known.seeds,
    initialAnswers: known.answers,
    weeklyCheck: config.weeklyCheckQuestions,
  };
  const fixed = followPlan({ ...common, replanAfterQuiz: false, rng: stream('answers-fixed') });
  const checkpointDates = config.checkpoints.map((p) =>
    addDays(start, Math.round(p * learner.horizonDays)),
  );
  const halfLife = config.halfLifeDays === undefined ? {} : { halfLifeDays: config.halfLifeDays };
  const replanned = followPlan({
    ...common,
    replanAfterQuiz: true,
    rng: stream('answers-replan'),
    checkpoints: checkpointDates,
    ...halfLife,
  });

  // The baselines and the oracle get the study time the fixed plan gives, in whole blocks.
  const blocks = Math.round(
    Object.values(fixed.minutes).reduce((sum, m) => sum + m, 0) / blockMinutes,
  );
  const strategies: Record<StrategyId, StrategyOutcome> = {
    equal: outcome(blueprint, learner, equalAllocation(blueprint, blocks, blockMinutes)),
    share: outcome(blueprint, learner, shareAllocation(blueprint, blocks, blockMinutes)),
    certpace: outcome(blueprint, learner, fixed.minutes),
    'certpace-replan': outcome(blueprint, learner, replanned.minutes),
    oracle: outcome(
      blueprint,
      learner,
      oracleAllocation({
        curves: learner.curves,
        weights: domainShares(blueprint),
        blocks,
        blockMinutes,
      }),
    ),
  };
  const sittings = stream('sittings');
  const checkpoints = replanned.snapshots.map((snapshot, i) => {
    const answers = replanned.answers.slice(0, snapshot.answers);
    return checkpoint(
      blueprint,
      snapshot,
      config.checkpoints[i]!,
      answers,
      known.seeds,
      sittings,
      config,
    );
  });
  return {
    exam,
    index,
    features: learnerFeatures(blueprint, learner, blocks * blockMinutes),
    strategies,
    replans: replanned.replans,
    checkpoints,
  };
}
