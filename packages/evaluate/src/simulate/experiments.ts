import { DEFAULT_CONFIG, type SimulationConfig } from './config.js';

/** One run of the simulation: the main comparison or a sensitivity variant on the first learners of the same seed. */
export interface Experiment {
  readonly id: string;
  /** What the variant changes, for the report. */
  readonly label: string;
  readonly config: SimulationConfig;
}

export interface ExperimentSizes {
  readonly seed: number;
  /** Learners per exam in the main run. */
  readonly learners: number;
  /** Learners per exam in each sensitivity run (the first ones of the main run). */
  readonly sensitivityLearners: number;
}

/**
 * The main run and the sensitivity runs: λ, the half-life and what the
 * planner knows at the start, each varied alone. A variant re-simulates the
 * same learners (same seed, same indices), so its differences from the main
 * run are paired.
 */
export function experiments(sizes: ExperimentSizes): Experiment[] {
  const main = { ...DEFAULT_CONFIG, seed: sizes.seed, learners: sizes.learners };
  const variant = (id: string, label: string, change: Partial<SimulationConfig>): Experiment => ({
    id,
    label,
    config: { ...main, learners: Math.min(sizes.learners, sizes.sensitivityLearners), ...change },
  });
  return [
    {
      id: 'main',
      label: 'certpace defaults (λ 0.25, half-life 14 days, self-rating)',
      config: main,
    },
    variant('lambda-0', 'λ = 0', { lambda: 0 }),
    variant('lambda-0.5', 'λ = 0.5', { lambda: 0.5 }),
    variant('lambda-1', 'λ = 1', { lambda: 1 }),
    variant('half-life-7', 'half-life 7 days', { halfLifeDays: 7 }),
    variant('half-life-28', 'half-life 28 days', { halfLifeDays: 28 }),
    variant('knowledge-none', 'no self-rating (every domain 0.5)', { initialKnowledge: 'none' }),
    variant('knowledge-exact', 'a perfect self-rating (true start)', { initialKnowledge: 'exact' }),
    variant(
      'weekly-check',
      'plus a weekly 3-question check per domain, outside the plan (extra time)',
      {
        weeklyCheckQuestions: 3,
      },
    ),
    variant(
      'knowledge-diagnostic',
      `a diagnostic quiz (${main.diagnosticQuestions} per domain) instead of a rating`,
      {
        initialKnowledge: 'diagnostic',
      },
    ),
  ];
}
