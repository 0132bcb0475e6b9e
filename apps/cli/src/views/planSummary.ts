import { type ExamView, type PlanTotals, type PlanView, studyDaysText } from '@certpace/study';
import { formatDate, formatDay, formatMinutes, formatPercent, plural } from '../render/format.js';
import type { Style } from '../render/style.js';
import { renderTable } from '../render/table.js';
import { wrap } from '../render/wrap.js';

/** The plan in a few lines: exam, date, study days, totals. */
export function renderPlanHeader(plan: PlanView, totals: PlanTotals, style: Style): string[] {
  const minutes = Math.max(...Object.values(plan.availability));
  const uniform = Object.values(plan.availability).every((m) => m === 0 || m === minutes);
  const perDay = uniform
    ? `${formatMinutes(minutes)} ${plan.studyDays.length === 7 ? 'every day' : `on ${studyDaysText(plan.studyDays)}`}`
    : Object.entries(plan.availability)
        .filter(([, m]) => m > 0)
        .map(([day, m]) => `${day} ${formatMinutes(m)}`)
        .join(', ');
  const lines = [
    `${style.bold(plan.examCode)} ${plan.examTitle} (${plan.examRef})`,
    `Exam on ${style.bold(formatDate(plan.examDate))} · studying from ${formatDate(plan.startDate)} · ${plan.timezone}`,
    `Study time: ${perDay}`,
    `${plural(totals.tasks, 'task')}, ${formatMinutes(totals.totalMinutes)} in all · done ${formatMinutes(totals.doneMinutes)}` +
      (totals.mockExamDates.length
        ? ` · mock exam on ${totals.mockExamDates.map(formatDay).join(' and ')}`
        : ''),
  ];
  for (const pause of plan.pauses) {
    lines.push(`Paused from ${formatDate(pause.from)} to ${formatDate(pause.to)}`);
  }
  if (plan.status !== 'active') lines.push(style.yellow(`This plan is ${plan.status}.`));
  return lines;
}

/** Planned time per domain against the exam's weights. */
export function renderDomainTime(exam: ExamView, totals: PlanTotals, style: Style): string[] {
  const total = Object.values(totals.minutesByDomain).reduce((s, m) => s + m, 0);
  return renderTable({
    style,
    indent: 2,
    columns: [
      { header: 'Domain' },
      { header: 'Exam weight', align: 'right' },
      { header: 'Planned', align: 'right' },
      { header: 'Share', align: 'right' },
    ],
    rows: exam.domains.map((d) => {
      const minutes = totals.minutesByDomain[d.id] ?? 0;
      return [
        d.name,
        `${d.weight[0]}–${d.weight[1]}%`,
        formatMinutes(minutes),
        total > 0 ? formatPercent(minutes / total) : '–',
      ];
    }),
  });
}

/** Planner warnings, wrapped under a mark. */
export function renderWarnings(warnings: readonly string[], style: Style, width = 100): string[] {
  return warnings.flatMap((w) => {
    const [first = '', ...rest] = wrap(w, width, '  ');
    return [`${style.yellow('!')} ${first.trimStart()}`, ...rest];
  });
}
