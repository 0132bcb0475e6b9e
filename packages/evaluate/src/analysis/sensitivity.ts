import type { Experiment } from '../simulate/experiments.js';
import type { LearnerOutcome } from '../simulate/simulateLearner.js';
import { pairedDifferences, type Summary, summarize } from '../stats/summary.js';
import { calibrate } from './calibrate.js';

export interface SensitivityCell {
  readonly exam: string;
  readonly learners: number;
  /** certpace (never replanned) − share only, points. */
  readonly fixedVsShare: Summary;
  /** certpace replanned − share only, points. */
  readonly replanVsShare: Summary;
  /** The variant's replanned certpace minus the default's, same learners, points (0 for the default row). */
  readonly replanVsDefault: Summary;
  /** (oracle − replanned) / (oracle − equal). */
  readonly replanGap: number;
  /** Coverage of the 80% interval half-way through and on exam day. */
  readonly coverageMid: number;
  readonly coverageEnd: number;
  readonly brierEnd: number;
  /** Stated minus true expected score on exam day, points. */
  readonly biasEnd: number;
}

export interface SensitivityRow {
  readonly id: string;
  readonly label: string;
  readonly cells: readonly SensitivityCell[];
}

const score = (o: LearnerOutcome, id: keyof LearnerOutcome['strategies']) =>
  o.strategies[id].expectedScore;

function cell(
  exam: string,
  outcomes: readonly LearnerOutcome[],
  reference: readonly LearnerOutcome[],
): SensitivityCell {
  const mean = (f: (o: LearnerOutcome) => number) => outcomes.reduce((s, o) => s + f(o), 0);
  const gain = mean((o) => score(o, 'oracle') - score(o, 'equal'));
  return {
    exam,
    learners: outcomes.length,
    fixedVsShare: summarize(
      pairedDifferences(
        outcomes.map((o) => score(o, 'certpace')),
        outcomes.map((o) => score(o, 'share')),
      ),
    ),
    replanVsShare: summarize(
      pairedDifferences(
        outcomes.map((o) => score(o, 'certpace-replan')),
        outcomes.map((o) => score(o, 'share')),
      ),
    ),
    replanVsDefault: summarize(
      pairedDifferences(
        outcomes.map((o) => score(o, 'certpace-replan')),
        reference.map((o) => score(o, 'certpace-replan')),
      ),
    ),
    replanGap:
      gain > 0 ? mean((o) => score(o, 'oracle') - score(o, 'certpace-replan')) / gain : Number.NaN,
    coverageMid: calibrate(exam, outcomes, 0.5).coverage,
    coverageEnd: calibrate(exam, outcomes, 1).coverage,
    brierEnd: calibrate(exam, outcomes, 1).brier,
    biasEnd: calibrate(exam, outcomes, 1).scoreBias,
  };
}

/**
 * Each variant against the main run on the same learners: the main run is
 * cut to the variant's learners first, so every row compares like with like.
 */
export function sensitivity(
  runs: readonly {
    readonly experiment: Experiment;
    readonly outcomes: readonly LearnerOutcome[];
  }[],
): SensitivityRow[] {
  const main = runs.find((r) => r.experiment.id === 'main');
  const variants = runs.filter((r) => r.experiment.id !== 'main');
  if (!main || variants.length === 0) return [];
  const size = Math.min(...variants.map((v) => v.experiment.config.learners));
  const exams = main.experiment.config.exams;
  const pick = (outcomes: readonly LearnerOutcome[], exam: string) =>
    outcomes.filter((o) => o.exam === exam && o.index < size).sort((a, b) => a.index - b.index);
  const rows = (id: string, label: string, outcomes: readonly LearnerOutcome[]) => ({
    id,
    label,
    cells: exams.map((exam) => cell(exam, pick(outcomes, exam), pick(main.outcomes, exam))),
  });
  return [
    rows('main', `${main.experiment.label}, same ${size} learners per exam`, main.outcomes),
    ...variants.map((v) => rows(v.experiment.id, v.experiment.label, v.outcomes)),
  ];
}
