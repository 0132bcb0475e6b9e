import type { FinishResult, ReviewItem } from '@certpace/study';
import { formatClock, formatPercent, formatSpan, plural } from '../render/format.js';
import type { Style } from '../render/style.js';
import { wrap } from '../render/wrap.js';
import { renderDomainTally, renderOutcome } from './quizResults.js';

const HOW_IT_ENDED: Readonly<Record<string, string>> = {
  submitted: 'Mock exam submitted',
  'time-up': 'Time is up: the mock exam was submitted',
  stopped: 'Mock exam stopped',
  completed: 'Mock exam finished',
};

function missedItem(item: ReviewItem, width: number, style: Style): string[] {
  const chose = item.chosen
    ? `you chose ${item.chosen.map((c) => c.toUpperCase()).join(', ')}`
    : 'not answered';
  const prompt = wrap(item.prompt, width, '    ');
  const choices = item.choices.flatMap((c) => {
    const isKey = item.answer.includes(c.id);
    const mark = isKey ? '  ✓' : item.chosen?.includes(c.id) ? '  ✗' : '';
    const paint = isKey ? style.green : mark ? style.red : style.dim;
    const [first = '', ...rest] = wrap(`${c.text}${mark}`, width, '       ');
    return [paint(`    ${c.label}  ${first.trimStart()}`), ...rest.map(paint)];
  });
  return [
    `${style.bold(`${item.index + 1}.`)} ${item.domainName} · answer ${style.bold(item.answerLabels.join(', '))} · ${chose}${item.flagged ? ' · ⚑' : ''}`,
    ...prompt,
    ...choices,
    ...wrap(item.explanation, width, '    '),
    style.dim(`    Docs: ${item.docs}`),
    '',
  ];
}

/**
 * The end of a mock: how it ended, the estimated score with its interval and
 * pass probability (always called an estimate), pacing, per-domain results,
 * then every question missed with its explanation.
 */
export function renderMockResults(result: FinishResult, style: Style, width: number): string[] {
  const me = result.participants[0];
  const total = me?.questions ?? 0;
  const attempted = me?.attempted ?? 0;
  const correct = me?.correct ?? 0;
  const lines = [
    style.bold(`${HOW_IT_ENDED[result.finishReason ?? 'submitted'] ?? 'Mock exam ended'}.`),
    `${correct} of ${total} correct (${formatPercent(total > 0 ? correct / total : 0)}) · ${attempted} answered · ${total - attempted} unanswered`,
  ];
  const { estimate, pacing } = result;
  if (estimate) {
    const verdict =
      estimate.passProbability >= 0.5
        ? style.green('likely to pass')
        : style.yellow('not yet likely to pass');
    lines.push(
      `Estimated score: ${style.bold(String(estimate.expectedScore))} of ${estimate.maxScore} (80% interval ${estimate.low}–${estimate.high}); ` +
        `pass mark ${estimate.passingScore}; pass probability ${formatPercent(estimate.passProbability)}, ${verdict}.`,
      style.dim(
        'This is an estimate from your answers: Microsoft’s scaled score is not a linear count of correct answers.',
      ),
    );
  }
  if (pacing) {
    const pace =
      pacing.status === 'behind'
        ? style.yellow(`${formatSpan(pacing.aheadMs)} behind`)
        : pacing.status === 'ahead'
          ? style.green(`${formatSpan(pacing.aheadMs)} ahead of`)
          : 'on';
    lines.push(
      `Pacing: ${formatClock(pacing.elapsedMs)} used for ${plural(pacing.answered, 'answer')}, ${pace} the budget of ${formatSpan(pacing.budgetMs)} a question.`,
    );
  }
  lines.push('', ...renderDomainTally(result, style), ...renderOutcome(result.learners[0], style));
  const missed = result.review.filter((r) => r.correct !== true);
  if (missed.length > 0) {
    lines.push(
      '',
      style.bold(`Questions missed (${missed.length}):`),
      '',
      ...missed.flatMap((item) => missedItem(item, width, style)),
    );
  }
  return lines;
}
