import type { Blueprint } from '@certpace/core';
import { expectedScore } from '../exam/examModel.js';
import type { Learner } from '../learner/drawLearner.js';
import { correlation } from '../stats/summary.js';

/** Traits of a learner that might explain where certpace loses to a baseline. */
export interface LearnerFeatures {
  readonly studyHours: number;
  readonly horizonDays: number;
  /** Expected score before any study. */
  readonly startScore: number;
  /** SD of the true starting accuracy across domains: how uneven the learner is. */
  readonly startSpread: number;
  /** Mean |self-rating − true start| over domains. */
  readonly selfRatingError: number;
  /**
   * Correlation across domains of the room left (ceiling − start) with the
   * learning rate: below 0, the weak domains are also the slow ones, so time
   * given to weakness buys less.
   */
  readonly weakFastCorrelation: number;
}

export function learnerFeatures(
  blueprint: Blueprint,
  learner: Learner,
  studyMinutes: number,
): LearnerFeatures {
  const ids = blueprint.domains.map((d) => d.id);
  const curve = (id: string) => learner.curves[id]!;
  const starts = ids.map((id) => curve(id).start);
  const mean = starts.reduce((s, v) => s + v, 0) / starts.length;
  return {
    studyHours: studyMinutes / 60,
    horizonDays: learner.horizonDays,
    startScore: expectedScore(
      blueprint,
      Object.fromEntries(ids.map((id) => [id, curve(id).start])),
    ),
    startSpread: Math.sqrt(starts.reduce((s, v) => s + (v - mean) ** 2, 0) / starts.length),
    selfRatingError:
      ids.reduce((s, id) => s + Math.abs(learner.selfRating[id]! - curve(id).start), 0) /
      ids.length,
    weakFastCorrelation: correlation(
      ids.map((id) => curve(id).ceiling - curve(id).start),
      ids.map((id) => curve(id).rate),
    ),
  };
}
