// The public API of @certpace/evaluate: the simulation's pieces, for tests and for anyone re-running it.
export { buildReport, type EvaluationReport, type ExperimentRun } from './analysis/buildReport.js';
export { type CalibrationSummary, calibrate } from './analysis/calibrate.js';
export { compareStrategies, type StrategyComparison } from './analysis/compareStrategies.js';
export { type SensitivityRow, sensitivity } from './analysis/sensitivity.js';
export { WORSE_BY_POINTS, type WorseThanBaseline, whereWorse } from './analysis/whereWorse.js';
export {
  brierScore,
  climatologyBrier,
  expectedCalibrationError,
  type ForecastRecord,
  type IntervalRecord,
  intervalCoverage,
  type ReliabilityBin,
  reliabilityTable,
} from './calibration/metrics.js';
export {
  binomialPmf,
  correctToPass,
  type ExamSitting,
  examAccuracy,
  expectedScore,
  passProbability,
  sampleExam,
  scoreInRangeProbability,
} from './exam/examModel.js';
export { drawLearner, type Learner } from './learner/drawLearner.js';
export { accuracyAfter, gainOf, type LearningCurve } from './learner/learningCurve.js';
export { DEFAULT_RANGES, type LearnerRanges } from './learner/ranges.js';
export { createRng, deriveSeed, type Rng } from './random/rng.js';
export { renderMarkdown } from './report/renderMarkdown.js';
export { RESULTS_BEGIN, RESULTS_END, spliceResults } from './report/spliceResults.js';
export { runExperiments } from './run/runExperiments.js';
export {
  DEFAULT_CONFIG,
  type InitialKnowledge,
  type SimulationConfig,
  STRATEGIES,
  STRATEGY_LABELS,
  type StrategyId,
} from './simulate/config.js';
export { type Experiment, experiments } from './simulate/experiments.js';
export { followPlan, type Trajectory } from './simulate/followPlan.js';
export { type LearnerRange, runLearners } from './simulate/runEvaluation.js';
export { type LearnerOutcome, simulateLearner } from './simulate/simulateLearner.js';
export { type Summary, summarize } from './stats/summary.js';
export { type Allocation, equalAllocation, shareAllocation } from './strategies/baselines.js';
export { oracleAllocation, weightedAccuracy } from './strategies/oracle.js';
