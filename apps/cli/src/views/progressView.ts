import type { ProgressView } from '@certpace/study';
import { renderBarChart, sparkline } from '../render/barChart.js';
import { formatDate, formatDay, formatMinutes, formatPercent, plural } from '../render/format.js';
import type { Style } from '../render/style.js';
import { renderTable } from '../render/table.js';
import { streakLine } from './streakLine.js';

const HISTORY_ROWS = 8;

function masteryTable(progress: ProgressView, style: Style): string[] {
  return renderTable({
    style,
    columns: [
      { header: 'Domain' },
      { header: 'Weight', align: 'right' },
      { header: 'Mastery', align: 'right' },
      { header: '80% interval', align: 'right' },
      { header: 'Quiz answers', align: 'right' },
      { header: 'Accuracy', align: 'right' },
    ],
    rows: progress.domains.map((d) => [
      d.domainId,
      `${d.weight[0]}–${d.weight[1]}%`,
      style.bold(formatPercent(d.mastery.mean)),
      `${formatPercent(d.mastery.low)}–${formatPercent(d.mastery.high)}`,
      String(d.accuracy.answered),
      d.accuracy.rate === null
        ? '–'
        : `${d.accuracy.correct}/${d.accuracy.answered} ${formatPercent(d.accuracy.rate)}`,
    ]),
  });
}

function masteryChart(progress: ProgressView, style: Style, width: number): string[] {
  const pass = progress.exam.passingScore / progress.exam.maxScore;
  return [
    style.dim(
      `Mastery by domain: █ estimate, ░ up to the top of its interval, │ the pass mark (${formatPercent(pass)})`,
    ),
    ...renderBarChart({
      style,
      width,
      mark: pass,
      bars: progress.domains.map((d) => ({
        label: d.domainId,
        value: d.mastery.mean,
        high: d.mastery.high,
        note: `${formatPercent(d.mastery.mean)} · weight ${d.weight[0]}–${d.weight[1]}%`,
      })),
    }),
  ];
}

function readinessLines(progress: ProgressView, style: Style): string[] {
  const r = progress.readiness;
  const chance =
    r.passProbability >= 0.5
      ? style.green(formatPercent(r.passProbability))
      : style.yellow(formatPercent(r.passProbability));
  return [
    `Readiness ${style.dim('(an estimate)')}: ${style.bold(String(r.expectedScore))} of ${r.maxScore}, 80% interval ${r.low}–${r.high}; ` +
      `pass mark ${r.passingScore}; chance of passing ${chance}.`,
    style.dim(
      'Microsoft’s scaled score is not a linear count of correct answers: read this as a guide, not a prediction.',
    ),
  ];
}

function historyLines(progress: ProgressView, style: Style): string[] {
  if (progress.history.length === 0)
    return ['Quiz history: no quizzes yet on this exam (try certpace quiz).'];
  const recent = progress.history.slice(-HISTORY_ROWS);
  return [
    `Quiz history: ${plural(progress.history.length, 'quiz', 'quizzes')} · accuracy ${sparkline(progress.history.map((h) => h.accuracy))}`,
    ...renderTable({
      style,
      indent: 2,
      columns: [
        { header: 'Date' },
        { header: 'Kind' },
        { header: 'Correct', align: 'right' },
        { header: 'Accuracy', align: 'right' },
      ],
      rows: recent.map((h) => [
        formatDay(h.startedAt.toISOString().slice(0, 10)),
        h.mode,
        `${h.correct}/${h.answered}`,
        formatPercent(h.accuracy),
      ]),
    }),
  ];
}

/** certpace progress: where the learner stands on one exam. */
export function renderProgress(progress: ProgressView, style: Style, columns: number): string[] {
  const plan = progress.plan;
  const lines = [
    `${style.bold(progress.exam.ref)} ${progress.exam.title}` +
      (plan ? ` · exam on ${formatDate(plan.examDate)}, ${plural(plan.daysLeft, 'day')} left` : ''),
    '',
    ...masteryTable(progress, style),
    '',
    ...masteryChart(progress, style, Math.max(10, Math.min(40, columns - 50))),
    '',
    ...readinessLines(progress, style),
    '',
    streakLine(progress.streak, style),
  ];
  if (plan) {
    lines.push(
      `Plan: ${plan.done} of ${plural(plan.tasks, 'task')} done · ${formatMinutes(plan.doneMinutes)} of ${formatMinutes(plan.totalMinutes)}`,
    );
  }
  lines.push('', ...historyLines(progress, style));
  if (progress.scoreReports.length > 0) {
    lines.push(
      '',
      `Score reports: ${progress.scoreReports.map((r) => `${formatDate(r.takenOn)} ${r.total}/${r.maxScore}`).join(' · ')}`,
    );
  }
  return lines;
}
