import type { FinishResult, LearnerOutcome } from '@certpace/study';
import { formatDay, formatPercent, plural } from '../render/format.js';
import type { Style } from '../render/style.js';
import { renderTable } from '../render/table.js';
import { renderPlanChange } from './planChange.js';

/** Correct answers per domain in this quiz. */
export function renderDomainTally(result: FinishResult, style: Style): string[] {
  return renderTable({
    style,
    indent: 2,
    columns: [
      { header: 'Domain' },
      { header: 'Correct', align: 'right' },
      { header: 'Answered', align: 'right' },
      { header: 'Questions', align: 'right' },
    ],
    rows: result.perDomain.map((d) => [
      d.name,
      String(d.correct),
      String(d.attempted),
      String(d.questions),
    ]),
  });
}

/** What the quiz taught certpace: mastery moves, reviews scheduled, the re-plan. */
export function renderOutcome(outcome: LearnerOutcome | undefined, style: Style): string[] {
  if (!outcome) return [];
  const lines: string[] = [];
  const moved = outcome.mastery.filter(
    (m) => Math.round(m.before * 100) !== Math.round(m.after * 100),
  );
  if (moved.length > 0) {
    lines.push(
      '',
      `Mastery ${style.dim('(estimate, 80% interval)')}:`,
      ...moved.map((m) => {
        const arrow = m.after >= m.before ? style.green('↑') : style.yellow('↓');
        return `  ${arrow} ${m.name}: ${formatPercent(m.before)} → ${style.bold(formatPercent(m.after))} (${formatPercent(m.low)}–${formatPercent(m.high)})`;
      }),
    );
  }
  if (outcome.reviewsScheduled > 0 && outcome.nextReviewAt) {
    const day = outcome.nextReviewAt.toISOString().slice(0, 10);
    lines.push(
      '',
      `${plural(outcome.reviewsScheduled, 'missed question')} will come back for review from ${formatDay(day)}.`,
    );
  }
  if (outcome.planChange) lines.push('', ...renderPlanChange(outcome.planChange, style, false));
  return lines;
}

/** The end of a practice quiz: score, per-domain tally, what changed. */
export function renderPracticeResults(result: FinishResult, style: Style): string[] {
  const me = result.participants[0];
  const correct = me?.correct ?? 0;
  const attempted = me?.attempted ?? 0;
  const total = me?.questions ?? 0;
  const score = attempted > 0 ? ` (${formatPercent(correct / attempted)})` : '';
  const head =
    result.finishReason === 'stopped'
      ? `Quiz stopped after ${plural(attempted, 'answer')}: ${correct} correct${score}.`
      : `Quiz finished: ${correct} of ${total} correct${score}.`;
  return [
    style.bold(head),
    '',
    ...renderDomainTally(result, style),
    ...renderOutcome(result.learners[0], style),
  ];
}
