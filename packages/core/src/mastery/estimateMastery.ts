import { betaQuantile } from './betaDistribution.js';
import { EstimateInputError } from './EstimateInputError.js';
import type {
  DomainMastery,
  EstimateMasteryOptions,
  MasteryAnswer,
  MasteryEstimate,
  MasterySeed,
} from './types.js';

export const DEFAULT_HALF_LIFE_DAYS = 14;
/** A score report's domain figure weighs as much as this many answers. */
export const SCORE_REPORT_STRENGTH = 10;
/** A self-rating weighs as much as this many answers: a guess, soon outweighed. */
export const SELF_RATING_STRENGTH = 4;
const DAY_MS = 86_400_000;
// A seed of 0% or 100% still leaves room for doubt (and keeps the Beta proper).
const SEED_MIN = 0.05;
const SEED_MAX = 0.95;

/**
 * Per-domain mastery as a Beta posterior over the learner's answers, recent
 * answers counting more (weight 0.5^(age / halfLifeDays)).
 *
 * The prior is Beta(1, 1) unless the domain has seeds. Seeds (score reports,
 * self-ratings) form a prior centred on their strength-weighted mean score
 * (clamped to 5–95%) with the summed strength as pseudo-count (never below 2,
 * so a faded seed still gives a proper prior). Each answer then adds its
 * weight to alpha (correct) or beta (wrong). So the mean moves toward the
 * observed accuracy as answers come in and always stays within [0, 1].
 */
export function estimateMastery(
  answers: readonly MasteryAnswer[],
  options: EstimateMasteryOptions,
): MasteryEstimate {
  const { now } = options;
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  if (!Number.isFinite(now))
    throw new EstimateInputError('now', 'pass the current time in epoch ms');
  if (!(halfLife > 0))
    throw new EstimateInputError('halfLifeDays', `${halfLife}: give a number of days above 0`);
  const prior = options.prior ?? { alpha: 1, beta: 1 };
  if (!(prior.alpha > 0 && prior.beta > 0)) {
    throw new EstimateInputError('prior', 'alpha and beta must both be above 0');
  }
  const weight = (at: number) => 0.5 ** (Math.max(0, now - at) / (halfLife * DAY_MS));

  const seedsByDomain = new Map<string, MasterySeed[]>();
  for (const seed of options.seeds ?? []) {
    if (!(seed.score >= 0 && seed.score <= 1)) {
      throw new EstimateInputError('seeds', `${seed.domain} has score ${seed.score}: give 0..1`);
    }
    if (seed.strength !== undefined && !(seed.strength > 0)) {
      throw new EstimateInputError(
        'seeds',
        `${seed.domain} has strength ${seed.strength}: give a number above 0`,
      );
    }
    seedsByDomain.set(seed.domain, [...(seedsByDomain.get(seed.domain) ?? []), seed]);
  }

  const domains = [
    ...new Set([
      ...(options.domains ?? []),
      ...answers.map((a) => a.domain),
      ...seedsByDomain.keys(),
    ]),
  ];
  const estimate: MasteryEstimate = {};
  for (const domain of domains) {
    let [alpha, beta] = priorFor(seedsByDomain.get(domain), prior, weight);
    let count = 0;
    for (const a of answers) {
      if (a.domain !== domain) continue;
      if (!Number.isFinite(a.at))
        throw new EstimateInputError('answers', 'every answer needs a time (at, epoch ms)');
      const w = weight(a.at);
      if (a.correct) alpha += w;
      else beta += w;
      count++;
    }
    estimate[domain] = posterior(alpha, beta, count);
  }
  return estimate;
}

function priorFor(
  seeds: readonly MasterySeed[] | undefined,
  prior: { readonly alpha: number; readonly beta: number },
  weight: (at: number) => number,
): [number, number] {
  if (!seeds || seeds.length === 0) return [prior.alpha, prior.beta];
  let strength = 0;
  let sum = 0;
  for (const seed of seeds) {
    const base =
      seed.strength ??
      (seed.kind === 'score-report' ? SCORE_REPORT_STRENGTH : SELF_RATING_STRENGTH);
    const s = base * (seed.at === undefined ? 1 : weight(seed.at));
    strength += s;
    sum += s * seed.score;
  }
  const centre = Math.min(SEED_MAX, Math.max(SEED_MIN, strength > 0 ? sum / strength : 0.5));
  const total = Math.max(2, strength);
  return [total * centre, total * (1 - centre)];
}

function posterior(alpha: number, beta: number, count: number): DomainMastery {
  return {
    mean: alpha / (alpha + beta),
    low: betaQuantile(0.1, alpha, beta),
    high: betaQuantile(0.9, alpha, beta),
    count,
    alpha,
    beta,
  };
}

/** The posterior means alone, as `buildPlan`, `allocateMinutes` and `selectQuestions` take mastery. */
export function masteryMeans(estimate: MasteryEstimate): Record<string, number> {
  return Object.fromEntries(Object.entries(estimate).map(([d, m]) => [d, m.mean]));
}
