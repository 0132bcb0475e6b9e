import type { Blueprint } from '@certpace/core';
import type { Rng } from '../random/rng.js';
import type { LearningCurve } from './learningCurve.js';
import type { LearnerRanges } from './ranges.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** What a simulated learner is: true curves (hidden from every strategy but the oracle) and what they tell the planner. */
export interface Learner {
  /** Domain id -> the true learning curve, in blueprint order. */
  readonly curves: Readonly<Record<string, LearningCurve>>;
  /** Domain id -> the learner's own guess of their starting accuracy, what they give the planner. */
  readonly selfRating: Readonly<Record<string, number>>;
  readonly horizonDays: number;
  readonly availability: Readonly<
    Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', number>
  >;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Draws one learner for `blueprint` from `ranges`; the draws happen in a fixed order, so a seed fixes the learner. */
export function drawLearner(rng: Rng, blueprint: Blueprint, ranges: LearnerRanges): Learner {
  const bias = ranges.selfRatingBias.mean + ranges.selfRatingBias.sd * rng.normal();
  const curves: Record<string, LearningCurve> = {};
  const selfRating: Record<string, number> = {};
  for (const domain of blueprint.domains) {
    const start = rng.uniform(ranges.start[0], ranges.start[1]);
    const ceiling = rng.uniform(ranges.ceiling[0], ranges.ceiling[1]);
    const rate = rng.logUniform(ranges.rate[0], ranges.rate[1]);
    curves[domain.id] = { start, ceiling: Math.max(ceiling, start + 0.01), rate };
    // Rounded to whole percent, as a person would state it.
    const rated = clamp(start + bias + ranges.selfRatingNoiseSd * rng.normal(), 0.05, 0.95);
    selfRating[domain.id] = Math.round(rated * 100) / 100;
  }
  const horizonDays =
    ranges.horizonDays[0] + rng.int(ranges.horizonDays[1] - ranges.horizonDays[0] + 1);
  const weekday = rng.pick(ranges.weekdayMinutes);
  const weekend = rng.pick(ranges.weekendMinutes);
  const availability = {
    ...Object.fromEntries(WEEKDAYS.map((d) => [d, weekday])),
    sat: weekend,
    sun: weekend,
  } as Learner['availability'];
  return { curves, selfRating, horizonDays, availability };
}
