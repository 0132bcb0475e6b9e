import { DEFAULT_RANGES, type LearnerRanges } from '../learner/ranges.js';

/** The study strategies compared, in the order tables list them. */
export const STRATEGIES = ['equal', 'share', 'certpace', 'certpace-replan', 'oracle'] as const;
export type StrategyId = (typeof STRATEGIES)[number];

export const STRATEGY_LABELS: Readonly<Record<StrategyId, string>> = {
  equal: 'Equal time per domain',
  share: 'Time by share only',
  certpace: 'certpace plan, never replanned',
  'certpace-replan': 'certpace plan, replanned after each quiz day',
  oracle: 'Oracle (knows the true curves)',
};

/**
 * What the planner is told at the start: the learner's noisy self-rating
 * (the default); nothing (every domain 0.5); the true starting accuracy (a
 * perfectly calibrated self-rating, the best a rating can give); or a
 * diagnostic quiz of `diagnosticQuestions` per domain on the first day
 * instead of a rating.
 */
export type InitialKnowledge = 'self-rating' | 'none' | 'exact' | 'diagnostic';

export interface SimulationConfig {
  readonly seed: number;
  /** Learners per exam. */
  readonly learners: number;
  /** Blueprint references, e.g. `AI-103@2026-04`. */
  readonly exams: readonly string[];
  readonly ranges: LearnerRanges;
  readonly initialKnowledge: InitialKnowledge;
  /** λ given to buildPlan and replan; undefined = certpace's default. */
  readonly lambda?: number;
  /** The half-life of the mastery estimates (replanning and readiness); undefined = certpace's default. */
  readonly halfLifeDays?: number;
  /** Points of preparation (0 = the first morning, 1 = exam day) at which readiness is checked. */
  readonly checkpoints: readonly number[];
  /** Questions per domain of the diagnostic quiz (with `initialKnowledge: 'diagnostic'`). */
  readonly diagnosticQuestions: number;
  /** Questions per domain of a weekly check outside the plan; 0 = none (what certpace plans today). */
  readonly weeklyCheckQuestions: number;
  /** The earliest first study day; each learner starts 0–6 days later, so weekdays vary. */
  readonly start: string;
}

export const DEFAULT_CONFIG: SimulationConfig = {
  seed: 1,
  learners: 2000,
  exams: ['AI-103@2026-04', 'AI-102@2024-06'],
  ranges: DEFAULT_RANGES,
  initialKnowledge: 'self-rating',
  checkpoints: [0, 0.25, 0.5, 0.75, 0.9, 1],
  diagnosticQuestions: 5,
  weeklyCheckQuestions: 0,
  start: '2026-05-04',
};
