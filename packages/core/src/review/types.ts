/** Where a card is in the FSRS cycle. */
export type ReviewState = 'new' | 'learning' | 'review' | 'relearning';

/**
 * The spaced-review memory of one question for one learner: plain JSON (times
 * in epoch milliseconds), so it can be stored as is and handed back later.
 */
export interface ReviewCard {
  readonly questionId: string;
  /** When the question is next due, epoch ms. */
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: ReviewState;
  /** The last answer's time, epoch ms. */
  readonly lastReview?: number;
}

/** How an answer is graded for FSRS. */
export type ReviewGrade = 'again' | 'hard' | 'good';

/** How the learner did on a question, as spaced review needs it. */
export interface ReviewAnswer {
  readonly questionId: string;
  readonly correct: boolean;
  /** When the answer was given, epoch ms. */
  readonly at: number;
  /** How long the learner took, in ms, when known. */
  readonly responseMs?: number;
}

export interface ReviewOptions {
  /**
   * A correct answer slower than this counts as shaky ("Hard") and comes back
   * sooner. Default 120 000 ms, the AI-102 budget per question (100 min / 50).
   */
  readonly slowMs?: number;
}
