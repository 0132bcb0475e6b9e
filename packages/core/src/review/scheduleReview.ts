import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import type {
  ExamPace,
  ReviewAnswer,
  ReviewCard,
  ReviewGrade,
  ReviewOptions,
  ReviewState,
} from './types.js';

/**
 * The slow threshold when neither `slowMs` nor a blueprint is given: two
 * minutes, AI-102's time per question (100 min / 50). Pass the exam's
 * blueprint to grade against its own pace instead.
 */
export const DEFAULT_SLOW_MS = 120_000;

/** An exam's answering time per question, in ms: `durationMinutes / questionCount`. */
export function questionBudgetMs(blueprint: ExamPace): number {
  return (blueprint.durationMinutes * 60_000) / blueprint.questionCount;
}

/** The threshold past which a right answer is slow: `slowMs`, else the blueprint's pace, else the default. */
export function slowThresholdMs(options: ReviewOptions = {}): number {
  if (options.slowMs !== undefined) return options.slowMs;
  return options.blueprint ? questionBudgetMs(options.blueprint) : DEFAULT_SLOW_MS;
}

// Whole days rather than minute steps: a learner meets a question again in a
// later quiz, not ten minutes later; no fuzz, so the same answers give the same dates.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

const STATES: Record<State, ReviewState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const FSRS_STATES: Record<ReviewState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

function toCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: FSRS_STATES[card.state],
    ...(card.lastReview === undefined ? {} : { last_review: new Date(card.lastReview) }),
  };
}

function fromCard(questionId: string, card: Card): ReviewCard {
  return {
    questionId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state],
    ...(card.last_review === undefined ? {} : { lastReview: card.last_review.getTime() }),
  };
}

const RATINGS: Record<ReviewGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
};

/** Missed: `again`. Right but slower than the exam's pace (`slowThresholdMs`): `hard`. Right: `good`. */
export function gradeAnswer(answer: ReviewAnswer, options: ReviewOptions = {}): ReviewGrade {
  if (!answer.correct) return 'again';
  const slow = answer.responseMs !== undefined && answer.responseMs > slowThresholdMs(options);
  return slow ? 'hard' : 'good';
}

/**
 * The card after one answer: a missed or slow answer brings the question back
 * soon (a day for a miss), a correct one pushes it further out each time.
 * `card` is undefined the first time the learner meets the question.
 */
export function scheduleReview(
  card: ReviewCard | undefined,
  answer: ReviewAnswer,
  options: ReviewOptions = {},
): ReviewCard {
  const at = new Date(answer.at);
  // An answer older than the card's last review (a late sync) must not move time backwards.
  const reviewAt =
    card?.lastReview !== undefined && card.lastReview > answer.at ? new Date(card.lastReview) : at;
  const current = card ? toCard(card) : createEmptyCard(reviewAt);
  const next = scheduler.next(current, reviewAt, RATINGS[gradeAnswer(answer, options)]).card;
  return fromCard(answer.questionId, next);
}

/**
 * Applies answers (in time order) to a learner's cards; returns every card,
 * updated or new, keyed by question id.
 */
export function applyReviews(
  cards: readonly ReviewCard[],
  answers: readonly ReviewAnswer[],
  options: ReviewOptions = {},
): ReviewCard[] {
  const byId = new Map(cards.map((c) => [c.questionId, c]));
  const ordered = [...answers].sort((a, b) => a.at - b.at);
  for (const answer of ordered) {
    byId.set(answer.questionId, scheduleReview(byId.get(answer.questionId), answer, options));
  }
  return [...byId.values()];
}
