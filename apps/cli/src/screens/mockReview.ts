import type { QuizView } from '@certpace/study';
import type { Style } from '../render/style.js';

function numbers(indexes: readonly number[]): string {
  return indexes.length === 0 ? 'none' : indexes.map((i) => String(i + 1)).join(', ');
}

/**
 * The review screen of a running mock: every question's state in a grid
 * (answered ✓, unanswered ·, flagged ⚑), then the lists to go back to.
 */
export function renderMockReview(quiz: QuizView, style: Style, width: number): string[] {
  const sheet = quiz.sheet ?? [];
  const unanswered = sheet.filter((e) => !e.chosen).map((e) => e.index);
  const flagged = sheet.filter((e) => e.flagged).map((e) => e.index);
  const cell = (i: number) => {
    const entry = sheet[i]!;
    const mark = entry.flagged ? style.yellow('⚑') : ' ';
    const state = entry.chosen ? style.green('✓') : style.dim('·');
    return `${String(i + 1).padStart(3)}${mark}${state}`;
  };
  const perRow = Math.max(5, Math.floor(Math.min(width, 100) / 6));
  const grid: string[] = [];
  for (let i = 0; i < sheet.length; i += perRow) {
    grid.push(
      Array.from({ length: Math.min(perRow, sheet.length - i) }, (_, k) => cell(i + k)).join(' '),
    );
  }
  return [
    style.bold(
      `Review: ${sheet.length - unanswered.length} of ${sheet.length} answered · ${unanswered.length} unanswered · ${flagged.length} flagged`,
    ),
    '',
    ...grid,
    '',
    `Unanswered: ${numbers(unanswered)}`,
    `Flagged:    ${numbers(flagged)}`,
  ];
}
