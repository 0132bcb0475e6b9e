import type { QuizItem, Refusal, RefusalReason } from './types.js';

const MESSAGES: Record<RefusalReason, string> = {
  finished: 'This quiz has ended.',
  'time-up': 'Time is up: the exam was submitted.',
  late: 'Too late: the time for this question is over.',
  'not-current': 'That question is no longer open.',
  'already-answered': 'You already answered this question; your first answer counts.',
  'unknown-question': 'That question is not part of this quiz.',
  'invalid-choice': 'That is not a valid answer to this question.',
  'not-participant': 'This quiz belongs to someone else.',
  'wrong-mode': 'That action is not available in this kind of quiz.',
};

export function refuse(reason: RefusalReason, message: string = MESSAGES[reason]): Refusal {
  return { ok: false, reason, message };
}

/** The chosen ids in choice order, or undefined when they cannot answer `item`. */
export function normaliseChoices(item: QuizItem, choices: readonly string[]): string[] | undefined {
  const valid = 'abcdef'.slice(0, item.choices).split('');
  const chosen = new Set(choices);
  if (chosen.size !== choices.length || chosen.size === 0) return undefined;
  if (![...chosen].every((c) => valid.includes(c))) return undefined;
  // A single-answer question takes one choice; a multiple-answer one may take any number.
  if (item.answer.length === 1 && chosen.size > 1) return undefined;
  return valid.filter((c) => chosen.has(c));
}

/** All-or-nothing: exactly the correct set of choices. */
export function isCorrect(item: QuizItem, choices: readonly string[]): boolean {
  return choices.length === item.answer.length && item.answer.every((a) => choices.includes(a));
}
