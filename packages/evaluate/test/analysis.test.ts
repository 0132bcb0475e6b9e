import { describe, expect, it } from 'vitest';
import {
  compareStrategies,
  type LearnerOutcome,
  STRATEGIES,
  type StrategyId,
  whereWorse,
} from '../src/index.js';

/** A learner with the given expected scores per strategy and the given traits. */
function learner(
  index: number,
  scores: Record<StrategyId, number>,
  studyHours: number,
): LearnerOutcome {
  const strategies = Object.fromEntries(
    STRATEGIES.map((id) => [
      id,
      { minutes: { a: 60 }, expectedScore: scores[id], passProbability: 0.5 },
    ]),
  ) as unknown as LearnerOutcome['strategies'];
  return {
    exam: 'X@1',
    index,
    features: {
      studyHours,
      horizonDays: 30,
      startScore: 500,
      startSpread: 0.1,
      selfRatingError: 0.1,
      weakFastCorrelation: 0,
    },
    strategies,
    replans: 0,
    checkpoints: [],
  };
}

describe('the strategy comparison', () => {
  // The oracle gains 20 over equal time; certpace closes 15 of it, share 10.
  const outcomes = [0, 1, 2, 3].map((i) =>
    learner(
      i,
      { equal: 700, share: 710, certpace: 712, 'certpace-replan': 715, oracle: 720 },
      10 * (i + 1),
    ),
  );

  it('states the gap to the oracle as a fraction of the oracle gain over equal time', () => {
    const c = compareStrategies('X@1', outcomes, 1);
    const gap = (id: StrategyId) => c.gaps.find((g) => g.id === id)!.ratio;
    expect(gap('share')).toBeCloseTo(0.5, 12);
    expect(gap('certpace')).toBeCloseTo(0.4, 12);
    expect(gap('certpace-replan')).toBeCloseTo(0.25, 12);
    const d = c.differences.find((x) => x.a === 'certpace-replan' && x.b === 'share')!;
    expect(d.score.mean).toBeCloseTo(5, 12);
    expect(d.score.sd).toBe(0);
  });

  it('finds the learners worse off than a baseline and where they sit on each trait', () => {
    const mixed = [
      learner(
        0,
        { equal: 700, share: 710, certpace: 700, 'certpace-replan': 700, oracle: 720 },
        10,
      ),
      learner(
        1,
        { equal: 700, share: 710, certpace: 709.5, 'certpace-replan': 709.5, oracle: 720 },
        20,
      ),
      learner(
        2,
        { equal: 700, share: 710, certpace: 715, 'certpace-replan': 715, oracle: 720 },
        30,
      ),
    ];
    const w = whereWorse('X@1', mixed, 'certpace-replan', 'share');
    // Only the first loses more than a point; half a point is not "worse off".
    expect(w.worsePercent).toBeCloseTo(100 / 3, 12);
    expect(w.meanLoss).toBeCloseTo(10, 12);
    expect(w.worstLoss).toBeCloseTo(10, 12);
    const hours = w.bands.filter((b) => b.feature === 'studyHours');
    expect(hours.map((b) => b.worsePercent)).toEqual([100, 0, 0]);
    expect(hours.map((b) => [b.from, b.to])).toEqual([
      [10, 10],
      [20, 20],
      [30, 30],
    ]);
  });
});
