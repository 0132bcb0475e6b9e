import type { PacingReport, Tally } from '@certpace/core';
import type { PlanChange } from '../plans/planChange.js';
import type { QuestionReview } from './questionViews.js';

/** One participant's line on the results board. */
export interface ParticipantView {
  readonly learnerId: string;
  readonly displayName: string;
  readonly discordUserId: string | null;
  /** 1-based; equal points share a rank. */
  readonly rank: number;
  readonly points: number;
  readonly correct: number;
  readonly attempted: number;
  readonly questions: number;
  /** correct / attempted, 0..1. */
  readonly accuracy: number;
  readonly bestStreak: number;
  readonly perDomain: Readonly<Record<string, Tally>>;
}

export interface DomainTally {
  readonly domainId: string;
  readonly name: string;
  readonly correct: number;
  readonly attempted: number;
  readonly questions: number;
}

/** A question at the end: the key and explanation, and what the (solo) learner chose. */
export interface ReviewItem extends QuestionReview {
  /** Solo quizzes: the learner's final choice, null when unanswered (group: null). */
  readonly chosen: readonly string[] | null;
  readonly correct: boolean | null;
  readonly flagged: boolean;
}

export interface MasteryChange {
  readonly domainId: string;
  readonly name: string;
  /** Estimated accuracy 0..1 before and after this quiz. */
  readonly before: number;
  readonly after: number;
  /** 80% interval after. */
  readonly low: number;
  readonly high: number;
}

/** What finishing did for one learner. */
export interface LearnerOutcome {
  readonly learnerId: string;
  readonly answered: number;
  readonly correct: number;
  /** Missed questions now scheduled to come back (FSRS). */
  readonly reviewsScheduled: number;
  readonly nextReviewAt: Date | null;
  readonly mastery: readonly MasteryChange[];
  /** The automatic re-plan of their active plan for this exam; null without one. */
  readonly planChange: PlanChange | null;
}

/** An estimate of the real exam score from a mock: never the real scaled score. */
export interface MockEstimate {
  readonly expectedScore: number;
  readonly low: number;
  readonly high: number;
  readonly passProbability: number;
  readonly passingScore: number;
  readonly maxScore: number;
  readonly label: 'estimate';
}

export interface FinishResult {
  readonly quizId: string;
  readonly mode: 'group' | 'practice' | 'mock';
  readonly examRef: string;
  readonly status: 'finished' | 'cancelled';
  readonly finishReason: 'completed' | 'submitted' | 'time-up' | 'stopped' | null;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  /** True when the quiz had already been finished: nothing was stored or changed again. */
  readonly alreadyFinished: boolean;
  /** Leaderboard order (group), or the one learner. */
  readonly participants: readonly ParticipantView[];
  readonly perDomain: readonly DomainTally[];
  readonly review: readonly ReviewItem[];
  /** Mock: pacing over the whole exam. */
  readonly pacing: PacingReport | null;
  /** Mock: estimated score and pass probability from this attempt. */
  readonly estimate: MockEstimate | null;
  /** Empty when `alreadyFinished`. */
  readonly learners: readonly LearnerOutcome[];
}
