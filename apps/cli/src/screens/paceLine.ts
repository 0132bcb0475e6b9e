import type { PacingReport } from '@certpace/core';
import { formatClock, formatSpan } from '../render/format.js';
import type { Style } from '../render/style.js';

/** The mock's status line: time left, progress, and pace against the budget per question. */
export function paceLine(input: {
  readonly remainingMs: number;
  readonly answered: number;
  readonly total: number;
  readonly flagged: number;
  readonly pacing: PacingReport;
  readonly style: Style;
}): string {
  const { pacing, style } = input;
  const clock =
    input.remainingMs < 5 * 60_000
      ? style.red(formatClock(input.remainingMs))
      : style.bold(formatClock(input.remainingMs));
  const pace =
    pacing.status === 'ahead'
      ? style.green(`${formatSpan(pacing.aheadMs)} ahead of pace`)
      : pacing.status === 'behind'
        ? style.yellow(`${formatSpan(pacing.aheadMs)} behind pace`)
        : 'on pace';
  const flagged = input.flagged > 0 ? ` · ${input.flagged} flagged` : '';
  return `⏱ ${clock} left · ${input.answered}/${input.total} answered${flagged} · ${pace} (${formatSpan(pacing.budgetMs)} a question)`;
}
