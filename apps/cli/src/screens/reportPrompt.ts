import type { CliContext } from '../runtime/context.js';

export const REPORT_REASONS = ['wrong-answer', 'unclear', 'outdated', 'typo', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

const ALIASES: Readonly<Record<string, ReportReason>> = {
  wrong: 'wrong-answer',
  'wrong-answer': 'wrong-answer',
  answer: 'wrong-answer',
  unclear: 'unclear',
  outdated: 'outdated',
  old: 'outdated',
  typo: 'typo',
  other: 'other',
};

/** "2 the wording is ambiguous" or "unclear ..." → the reason and the rest as a note. */
export function parseReport(text: string): { reason: ReportReason; note: string } | undefined {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const word = first.toLowerCase();
  const byNumber = /^[1-5]$/.test(word) ? REPORT_REASONS[Number(word) - 1] : undefined;
  const reason = byNumber ?? ALIASES[word];
  if (!reason) return undefined;
  return { reason, note: rest.join(' ') };
}

/**
 * What is wrong with a question: given on the command line (`r unclear the
 * second choice...`) or asked for. Undefined when the learner gives up.
 */
export async function askReport(
  ctx: CliContext,
  given: string | undefined,
): Promise<{ reason: ReportReason; note: string } | undefined> {
  if (given !== undefined) {
    const parsed = parseReport(given);
    // Free text without a reason word is kept whole as the note.
    return parsed ?? { reason: 'other', note: given };
  }
  const menu = REPORT_REASONS.map((r, i) => `${i + 1} ${r.replace('-', ' ')}`).join(' · ');
  const line = await ctx.terminal.readLine(`Why report it? ${menu} (Enter to cancel): `);
  if (line === null || line.trim() === '') return undefined;
  const parsed = parseReport(line) ?? { reason: 'other' as const, note: line.trim() };
  if (parsed.note !== '') return parsed;
  const note = await ctx.terminal.readLine('Anything to add? (Enter to skip): ');
  return { reason: parsed.reason, note: note?.trim() ?? '' };
}
