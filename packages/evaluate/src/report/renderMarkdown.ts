import type { EvaluationReport } from '../analysis/buildReport.js';
import type { CalibrationSummary } from '../analysis/calibrate.js';
import type { StrategyComparison } from '../analysis/compareStrategies.js';
import { WORSE_BY_POINTS, type WorseThanBaseline } from '../analysis/whereWorse.js';
import { STRATEGY_LABELS, type StrategyId } from '../simulate/config.js';
import { num, percent, signed, table, withCi } from './format.js';

const label = (id: StrategyId) => STRATEGY_LABELS[id];

function strategiesTable(c: StrategyComparison): string {
  return table(
    [
      'Strategy',
      'Study hours',
      'Expected score: mean [95% CI]',
      'SD',
      'Pass rate: mean [95% CI]',
      'SD',
    ],
    c.strategies.map((s) => [
      label(s.id),
      num(s.hours.mean, 1),
      withCi(s.score),
      num(s.score.sd),
      `${withCi(s.pass)}%`,
      num(s.pass.sd),
    ]),
  );
}

function allocationTable(c: StrategyComparison): string {
  const domains = Object.keys(c.strategies[0]?.timeShares ?? {});
  return table(
    ['Share of study time', ...domains],
    c.strategies.map((s) => [
      label(s.id),
      ...domains.map((d) => percent(s.timeShares[d] ?? Number.NaN)),
    ]),
  );
}

function differencesTable(c: StrategyComparison): string {
  return table(
    [
      'Comparison (same learners)',
      'Score difference [95% CI]',
      'Pass-rate difference, points [95% CI]',
    ],
    c.differences.map((d) => [
      `${label(d.a)} − ${label(d.b)}`,
      withCi(d.score, 1, true),
      withCi(d.pass, 1, true),
    ]),
  );
}

function gapsTable(report: EvaluationReport): string {
  return table(
    ['Strategy', ...report.comparisons.map((c) => c.exam)],
    (report.comparisons[0]?.gaps ?? []).map((g, i) => [
      label(g.id),
      ...report.comparisons.map((c) => {
        const gap = c.gaps[i]!;
        return `${percent(gap.ratio, 0)} [${percent(gap.low, 0)}, ${percent(gap.high, 0)}]`;
      }),
    ]),
  );
}

function worseTable(worse: readonly WorseThanBaseline[]): string {
  return table(
    [
      'Exam',
      'certpace strategy',
      'Baseline',
      `Learners worse off by > ${WORSE_BY_POINTS} point`,
      'Their mean loss',
      'Largest loss',
    ],
    worse.map((w) => [
      w.exam,
      label(w.strategy),
      label(w.baseline),
      `${num(w.worsePercent)}%`,
      num(w.meanLoss),
      num(w.worstLoss),
    ]),
  );
}

const TRAITS: Record<string, string> = {
  studyHours: 'Study hours',
  startScore: 'Expected score before study',
  startSpread: 'Spread of starting accuracy across domains (SD)',
  selfRatingError: 'Self-rating error (mean |rating − truth|)',
  weakFastCorrelation: 'Correlation of room to improve with learning rate',
};

function traitTable(w: WorseThanBaseline): string {
  return table(
    ['Learner trait', 'Third', 'Range', 'Mean difference [95% CI]', 'Worse off'],
    w.bands.map((b) => [
      TRAITS[b.feature] ?? b.feature,
      ['lowest', 'middle', 'highest'][b.tercile - 1]!,
      `${num(b.from, 2)} – ${num(b.to, 2)}`,
      withCi(b.difference, 1, true),
      `${num(b.worsePercent)}%`,
    ]),
  );
}

function calibrationTable(rows: readonly CalibrationSummary[]): string {
  return table(
    [
      'Point of preparation',
      'Answers so far',
      '80% interval coverage',
      '(one sitting)',
      'Below / above',
      'Width',
      'Score bias',
      'Brier',
      '(one sitting)',
      'Base-rate Brier',
      'Noise floor',
      'ECE',
    ],
    rows.map((r) => [
      r.point === 0 ? 'first morning' : r.point === 1 ? 'exam day' : `${num(100 * r.point, 0)}%`,
      num(r.meanAnswers, 0),
      percent(r.coverage),
      percent(r.sampledCoverage),
      `${num(r.missLowPercent)}% / ${num(r.missHighPercent)}%`,
      num(r.meanWidth, 0),
      signed(r.scoreBias, 0),
      num(r.brier, 3),
      num(r.sampledBrier, 3),
      num(r.climatologyBrier, 3),
      num(r.irreducibleBrier, 3),
      num(r.ece, 3),
    ]),
  );
}

function reliabilityTable(r: CalibrationSummary): string {
  return table(
    ['Stated pass probability', 'Learners', 'Mean stated', 'Observed pass rate'],
    r.reliability
      .filter((b) => b.count > 0)
      .map((b) => [
        `${num(100 * b.from, 0)}–${num(100 * b.to, 0)}%`,
        String(b.count),
        percent(b.meanPredicted),
        percent(b.observed),
      ]),
  );
}

function sensitivityTable(report: EvaluationReport, exam: string): string {
  return table(
    [
      'Variant',
      'Fixed plan − share only',
      'Replanned − share only',
      'Replanned − default replanned',
      'Replanned: gap to oracle',
      'Coverage at 50%',
      'Coverage on exam day',
      'Brier on exam day',
      'Score bias on exam day',
    ],
    report.sensitivity.flatMap((row) => {
      const c = row.cells.find((x) => x.exam === exam);
      return c
        ? [
            [
              row.label,
              withCi(c.fixedVsShare, 1, true),
              withCi(c.replanVsShare, 1, true),
              withCi(c.replanVsDefault, 1, true),
              percent(c.replanGap, 0),
              percent(c.coverageMid, 1),
              percent(c.coverageEnd, 1),
              num(c.brierEnd, 3),
              signed(c.biasEnd, 0),
            ],
          ]
        : [];
    }),
  );
}

/** The results as Markdown: the tables EVALUATION.md shows, generated so they always match the run. */
export function renderMarkdown(report: EvaluationReport): string {
  const sections: string[] = [];
  sections.push(
    `Seed ${report.seed}; ${report.learners} simulated learners per exam; on average ${num(report.meanReplans, 1)} replans per replanned learner.`,
  );
  for (const c of report.comparisons) {
    sections.push(
      `#### ${c.exam}\n\n${c.learners} learners; study time ${num(c.studyHours.mean)} h on average (SD ${num(c.studyHours.sd)}); expected score before study ${num(c.startScore.mean, 0)} (SD ${num(c.startScore.sd, 0)}).\n\n${strategiesTable(c)}\n\n${differencesTable(c)}\n\nWhere the time went (mean over learners):\n\n${allocationTable(c)}`,
    );
  }
  sections.push(
    `#### Gap to the oracle\n\n(oracle − strategy) / (oracle − equal time), on mean expected scores, with a 95% bootstrap interval: 0% is as good as the oracle, 100% no better than equal time.\n\n${gapsTable(report)}`,
  );
  sections.push(`#### Where certpace does worse than a baseline\n\n${worseTable(report.worse)}`);
  sections.push(
    `#### For which learners (both exams pooled; replanned certpace − share only, by thirds of each trait)\n\n${traitTable(report.worseByTrait)}`,
  );
  for (const exam of report.exams) {
    const rows = report.calibration.filter((r) => r.exam === exam);
    sections.push(`#### Readiness calibration: ${exam}\n\n${calibrationTable(rows)}`);
    const end = rows.find((r) => r.point === 1);
    if (end) sections.push(`Reliability on exam day, ${exam}:\n\n${reliabilityTable(end)}`);
  }
  if (report.sensitivity.length > 0) {
    const n = report.sensitivity[0]?.cells[0]?.learners ?? 0;
    for (const exam of report.exams) {
      sections.push(
        `#### Sensitivity: ${exam} (each variant changes one thing; the same ${n} learners)\n\n${sensitivityTable(report, exam)}`,
      );
    }
  }
  return `${sections.join('\n\n')}\n`;
}
