import type { LearnerRanges } from '../learner/ranges.js';
import type { Experiment } from '../simulate/experiments.js';
import type { LearnerOutcome } from '../simulate/simulateLearner.js';
import { summarize } from '../stats/summary.js';
import { type CalibrationSummary, calibrate } from './calibrate.js';
import { compareStrategies, type StrategyComparison } from './compareStrategies.js';
import { type SensitivityRow, sensitivity } from './sensitivity.js';
import { type WorseThanBaseline, whereWorse } from './whereWorse.js';

/** Everything the evaluation reports; deterministic for a seed and sizes, so it can be diffed. */
export interface EvaluationReport {
  readonly seed: number;
  readonly learners: number;
  readonly exams: readonly string[];
  readonly ranges: LearnerRanges;
  readonly checkpoints: readonly number[];
  /** Mean replans per replanned learner. */
  readonly meanReplans: number;
  readonly comparisons: readonly StrategyComparison[];
  /** Per exam: who is worse off with certpace than with a baseline. */
  readonly worse: readonly WorseThanBaseline[];
  /** Both exams pooled, replanned certpace against share only, by learner trait. */
  readonly worseByTrait: WorseThanBaseline;
  readonly calibration: readonly CalibrationSummary[];
  readonly sensitivity: readonly SensitivityRow[];
}

export interface ExperimentRun {
  readonly experiment: Experiment;
  readonly outcomes: readonly LearnerOutcome[];
}

export function buildReport(runs: readonly ExperimentRun[]): EvaluationReport {
  const main = runs.find((r) => r.experiment.id === 'main');
  if (!main) throw new Error('buildReport needs the main run');
  const { config } = main.experiment;
  const byExam = (exam: string) => main.outcomes.filter((o) => o.exam === exam);
  return {
    seed: config.seed,
    learners: config.learners,
    exams: config.exams,
    ranges: config.ranges,
    checkpoints: config.checkpoints,
    meanReplans: summarize(main.outcomes.map((o) => o.replans)).mean,
    comparisons: config.exams.map((exam) => compareStrategies(exam, byExam(exam), config.seed)),
    worse: config.exams.flatMap((exam) => [
      whereWorse(exam, byExam(exam), 'certpace-replan', 'share'),
      whereWorse(exam, byExam(exam), 'certpace-replan', 'equal'),
      whereWorse(exam, byExam(exam), 'certpace', 'share'),
    ]),
    worseByTrait: whereWorse('both', main.outcomes, 'certpace-replan', 'share'),
    calibration: config.exams.flatMap((exam) =>
      config.checkpoints.map((point) => calibrate(exam, byExam(exam), point)),
    ),
    sensitivity: sensitivity(runs),
  };
}
