/** One answer as mastery needs it: the domain, right or wrong, and when. */
export interface MasteryAnswer {
  readonly domain: string;
  readonly correct: boolean;
  /** Epoch ms. */
  readonly at: number;
}

/** What the learner knew before answering here: a score report's domain figure or a self-rating. */
export interface MasterySeed {
  readonly domain: string;
  /** The reported accuracy, 0..1 (a score report's percentage / 100, or a self-rating). */
  readonly score: number;
  readonly kind: 'score-report' | 'self-rating';
  /** When it was reported, epoch ms; when given, it fades with the same half-life as answers. */
  readonly at?: number;
  /** Pseudo-answers it is worth. Default: 10 for a score report, 4 for a self-rating. */
  readonly strength?: number;
}

export interface EstimateMasteryOptions {
  /** Epoch ms; answers fade by 0.5^(age / half-life). */
  readonly now: number;
  /** Default 14. */
  readonly halfLifeDays?: number;
  /** The prior where no seed is given. Default Beta(1, 1): nothing known, mean 0.5. */
  readonly prior?: { readonly alpha: number; readonly beta: number };
  readonly seeds?: readonly MasterySeed[];
  /** Domains to report even without any answer or seed (e.g. every domain of the outline). */
  readonly domains?: readonly string[];
}

/** The Beta posterior of one domain's accuracy. */
export interface DomainMastery {
  /** Posterior mean, 0..1: the estimate to plan with. */
  readonly mean: number;
  /** 80% credible interval (10th and 90th percentiles). */
  readonly low: number;
  readonly high: number;
  /** Answers seen in this domain (before recency weighting). */
  readonly count: number;
  /** Posterior pseudo-counts: correct + prior, wrong + prior, recency-weighted. */
  readonly alpha: number;
  readonly beta: number;
}

export type MasteryEstimate = Record<string, DomainMastery>;
