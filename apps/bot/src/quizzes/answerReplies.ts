import type { RefusalReason } from '@certpace/core';
import { TimestampStyles, time } from 'discord.js';
import { letters } from '../views/quizQuestionView.js';

// What a click on an answer tells its author, privately. The engine decides
// (first answer counts, deadline, current question); these are its words for Discord.
const REFUSALS: Partial<Record<RefusalReason, string>> = {
  'already-answered': 'You already answered: your first answer counts.',
  late: 'Too late: this question has closed.',
  'not-current': 'This question is no longer current.',
  finished: 'This quiz has ended.',
  'time-up': 'Time is up: your exam was submitted.',
  'not-participant': 'This quiz belongs to someone else.',
};

/** The private answer to a refused click. */
export function refusalText(reason: RefusalReason, message: string): string {
  return REFUSALS[reason] ?? message;
}

/** "Recorded B. The answer shows in 12 seconds." */
export function recordedText(choices: readonly string[], deadline: Date | null): string {
  const reveal = deadline
    ? ` The answer shows ${time(deadline, TimestampStyles.RelativeTime)}.`
    : '';
  return `Recorded ${letters([...choices].sort())}.${reveal}`;
}
