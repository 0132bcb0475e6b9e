import type { ReviewCard } from './types.js';

/** The cards due at `now` (epoch ms), most overdue first; ties by question id. */
export function dueReviews(cards: readonly ReviewCard[], now: number): ReviewCard[] {
  return cards
    .filter((c) => c.due <= now)
    .sort((a, b) => a.due - b.due || (a.questionId < b.questionId ? -1 : 1));
}
