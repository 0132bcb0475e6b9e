import type { Blueprint } from '../blueprint/types.js';

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

/** The exam facts review needs to know its time per question: any `Blueprint` will do. */
export type ExamPace = Pick<Blueprint, 'durationMinutes' | 'questionCount'>;

export interface ReviewOptions {
  /**
   * A correct answer slower than this counts as shaky ("Hard") and comes back
   * sooner. Wins over `blueprint`.
   */
  readonly slowMs?: number;
  /**
   * The exam the answers were for: without `slowMs`, an answer is slow past
   * the exam's own time per question (`durationMinutes / questionCount`: 144 s
   * on AI-103). Without either, `DEFAULT_SLOW_MS`.
   */
  readonly blueprint?: ExamPace;
}
