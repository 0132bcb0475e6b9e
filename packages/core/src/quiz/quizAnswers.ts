import { isCorrect } from './refusals.js';
import type { QuizState } from './types.js';

/**
 * An answer as mastery (`estimateMastery`) and spaced review (`applyReviews`)
 * take it: one per participant and answered question.
 */
export interface AnsweredQuestion {
  readonly participant: string;
  readonly questionId: string;
  readonly domain: string;
  readonly correct: boolean;
  /** When it was answered (a mock: when the final answer was given), epoch ms. */
  readonly at: number;
  /** Time from the question opening to the answer; absent for a mock, where learners move freely. */
  readonly responseMs?: number;
}

/**
 * The answers that count, for storage and learning: the first answer of each
 * group participant, each practice answer, and a mock's final answers
 * (unanswered mock questions are left out: they say nothing about accuracy).
 */
export function quizAnswers(state: QuizState): AnsweredQuestion[] {
  switch (state.mode) {
    case 'group':
      return state.answers.map((a) => ({
        participant: a.participant,
        questionId: state.questions[a.question]!.id,
        domain: state.questions[a.question]!.domain,
        correct: a.correct,
        at: a.at,
        responseMs: a.responseMs,
      }));
    case 'practice':
      return state.answers.map((a) => ({
        participant: state.learner,
        questionId: state.questions[a.question]!.id,
        domain: state.questions[a.question]!.domain,
        correct: a.correct,
        at: a.at,
        responseMs: a.responseMs,
      }));
    case 'mock':
      return state.answers.map((a) => {
        const item = state.questions[a.question]!;
        return {
          participant: state.learner,
          questionId: item.id,
          domain: item.domain,
          correct: isCorrect(item, a.choices),
          at: a.at,
        };
      });
  }
}
