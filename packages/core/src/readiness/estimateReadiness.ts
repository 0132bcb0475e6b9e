import type { Blueprint } from '../blueprint/types.js';
import { betaVariance } from '../mastery/betaDistribution.js';
import { EstimateInputError } from '../mastery/EstimateInputError.js';
import { domainShares } from '../weighting/domainShares.js';
import { normalCdf, Z_80 } from './normal.js';

/** A domain's mastery: a plain accuracy 0..1, or a posterior from `estimateMastery`. */
export type MasteryValue =
  | number
  | { readonly mean: number; readonly alpha: number; readonly beta: number };

export interface ReadinessOptions {
  /** Questions on the exam. Default: the blueprint's `questionCount`. */
  readonly questionCount?: number;
}

export interface Readiness {
  /** maxScore × Σ share × mastery, rounded to a whole point. */
  readonly expectedScore: number;
  /** 80% interval of the score, rounded, within 0..maxScore. */
  readonly low: number;
  readonly high: number;
  /** P(score ≥ passingScore). */
  readonly passProbability: number;
  readonly interval: 0.8;
  /** Always an estimate: Microsoft's scaling is not linear. */
  readonly label: 'estimate';
  readonly passingScore: number;
  readonly maxScore: number;
  /** Standard deviation of the score, in points. */
  readonly sd: number;
}

// A domain nothing is known about: mean 0.5 with the spread of a uniform Beta(1, 1).
const UNKNOWN = { mean: 0.5, variance: betaVariance(1, 1) };

function read(domain: string, value: MasteryValue): { mean: number; variance: number } {
  const bad = (what: string) =>
    new EstimateInputError(
      'mastery',
      `${domain} is ${what}: give a number from 0 to 1 or an estimateMastery result`,
    );
  if (typeof value === 'number') {
    if (!(value >= 0 && value <= 1)) throw bad(String(value));
    return { mean: value, variance: 0 };
  }
  if (typeof value !== 'object' || value === null) throw bad(String(value));
  const { mean, alpha, beta } = value;
  if (!(mean >= 0 && mean <= 1)) throw bad(`mean ${mean}`);
  if (!(alpha > 0 && beta > 0 && Number.isFinite(alpha + beta)))
    throw bad(`alpha ${alpha}, beta ${beta}`);
  return { mean, variance: betaVariance(alpha, beta) };
}

/**
 * An estimate of the exam score and the chance of passing.
 *
 * The expected fraction correct is p = Σ share_i × mastery_i. Its variance
 * has two parts: the posteriors' spread, Var(p) = Σ share_i² × var_i (a plain
 * number has none; a missing domain counts as 0.5 with the spread of a
 * uniform prior), and the exam's own sampling noise: N = questionCount
 * questions, each drawn from a domain by share, each right with that
 * domain's accuracy, so given the masteries the count correct is
 * Binomial(N, p). Together Var = Var(p) × (1 − 1/N) + E[p](1 − E[p]) / N.
 * The score is maxScore × fraction; the interval and passProbability use a
 * normal approximation with that mean and variance (Φ through a
 * double-precision erf), so passProbability is exactly 0.5 when the expected
 * score sits on the pass mark.
 */
export function estimateReadiness(
  blueprint: Blueprint,
  mastery: Readonly<Record<string, MasteryValue>>,
  options: ReadinessOptions = {},
): Readiness {
  const n = options.questionCount ?? blueprint.questionCount;
  if (!(Number.isInteger(n) && n >= 1)) {
    throw new EstimateInputError('questionCount', `${n}: give a whole number of questions from 1`);
  }
  const known = blueprint.domains.map((d) => d.id);
  for (const domain of Object.keys(mastery)) {
    if (!known.includes(domain)) {
      throw new EstimateInputError(
        'mastery',
        `unknown domain '${domain}': use one of ${known.join(', ')}`,
      );
    }
  }
  const shares = domainShares(blueprint);
  let p = 0;
  let spread = 0;
  for (const domain of known) {
    const value = mastery[domain];
    const m = value === undefined ? UNKNOWN : read(domain, value);
    const s = shares[domain]!;
    p += s * m.mean;
    spread += s * s * m.variance;
  }
  p = Math.min(1, Math.max(0, p));
  const variance = spread * (1 - 1 / n) + (p * (1 - p)) / n;
  const { maxScore, passingScore } = blueprint;
  const expected = maxScore * p;
  const sd = maxScore * Math.sqrt(variance);
  // Sums of shares carry float noise; a score within a billionth of a point is on the mark.
  const gap = Math.abs(passingScore - expected) < 1e-9 ? 0 : passingScore - expected;
  const passProbability = sd > 0 ? 1 - normalCdf(gap / sd) : gap < 0 ? 1 : gap > 0 ? 0 : 0.5;
  const clamp = (x: number) => Math.round(Math.min(maxScore, Math.max(0, x)));
  return {
    expectedScore: Math.round(expected),
    low: clamp(expected - Z_80 * sd),
    high: clamp(expected + Z_80 * sd),
    passProbability,
    interval: 0.8,
    label: 'estimate',
    passingScore,
    maxScore,
    sd,
  };
}
