import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type ReviewCardRow, reviewCards } from '../schema/reviewCards.js';
import type { JsonObject } from '../schema/types.js';

export type ReviewCard = ReviewCardRow;

export interface ReviewCardInput {
  readonly learnerId: string;
  readonly questionId: string;
  readonly bank: string;
  /** The ts-fsrs card, as JSON. */
  readonly card: JsonObject;
  readonly due: Date;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Creates or replaces learners' review cards (one per learner and question). */
export const upsertReviewCards = repository(
  async (executor: Executor, cards: readonly ReviewCardInput[]): Promise<void> => {
    if (cards.length === 0) return;
    // In key order: two transactions upserting overlapping cards (one learner's
    // group quizzes in two channels ending together) then lock them in the same
    // order and wait for each other instead of deadlocking.
    const ordered = [...cards].sort(
      (a, b) => compareText(a.learnerId, b.learnerId) || compareText(a.questionId, b.questionId),
    );
    await drizzleOf(executor)
      .insert(reviewCards)
      .values(ordered.map((card) => ({ ...card })))
      .onConflictDoUpdate({
        target: [reviewCards.learnerId, reviewCards.questionId],
        set: {
          bank: sql`excluded.bank`,
          card: sql`excluded.card`,
          due: sql`excluded.due`,
          updatedAt: sql`now()`,
        },
      });
  },
);

export const upsertReviewCard = repository(
  (executor: Executor, card: ReviewCardInput): Promise<void> => upsertReviewCards(executor, [card]),
);

/** A learner's cards due at `now`, most overdue first, optionally from one bank. */
export const dueReviewCards = repository(
  async (
    executor: Executor,
    input: { learnerId: string; now: Date; bank?: string; limit?: number },
  ): Promise<ReviewCard[]> => {
    return drizzleOf(executor)
      .select()
      .from(reviewCards)
      .where(
        and(
          eq(reviewCards.learnerId, input.learnerId),
          lte(reviewCards.due, input.now),
          input.bank === undefined ? undefined : eq(reviewCards.bank, input.bank),
        ),
      )
      .orderBy(reviewCards.due, reviewCards.questionId)
      .limit(input.limit ?? 100);
  },
);

/** A learner's cards for the given questions (those that have one). */
export const getReviewCards = repository(
  async (
    executor: Executor,
    input: { learnerId: string; questionIds: readonly string[] },
  ): Promise<ReviewCard[]> => {
    if (input.questionIds.length === 0) return [];
    return drizzleOf(executor)
      .select()
      .from(reviewCards)
      .where(
        and(
          eq(reviewCards.learnerId, input.learnerId),
          inArray(reviewCards.questionId, [...input.questionIds]),
        ),
      );
  },
);
