import { answer, type RefusalReason } from '@certpace/core';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import type { FinishResult } from './finishViews.js';
import { reviewAt } from './loadQuiz.js';
import type { QuestionReview } from './questionViews.js';
import { type QuizView, quizView } from './quizView.js';
import { settleQuiz } from './settleQuiz.js';
import { updateQuiz } from './updateQuiz.js';

export interface AnswerInput {
  readonly quizId: string;
  /** Default: the open question (group, practice) or the one on screen (mock). */
  readonly questionId?: string;
  /** Choice ids or letters: `['a']`, `'B'`, `'a,c'`, `'AC'`. */
  readonly choices: string | readonly string[];
}

/** What an answer did. Refusals (late, already answered, ...) are values: expected in play. */
export type AnswerOutcome =
  | {
      readonly accepted: true;
      readonly mode: 'group';
      readonly questionId: string;
      readonly correct: boolean;
      readonly points: number;
      readonly streak: number;
      readonly responseMs: number;
      readonly quiz: QuizView;
    }
  | {
      readonly accepted: true;
      readonly mode: 'practice';
      readonly questionId: string;
      readonly correct: boolean;
      readonly chosen: readonly string[];
      /** The key, explanation and docs link, shown at once in practice. */
      readonly review: QuestionReview | null;
      /** The last question: advancing finishes the quiz. */
      readonly last: boolean;
      readonly quiz: QuizView;
    }
  | {
      readonly accepted: true;
      readonly mode: 'mock';
      readonly questionId: string;
      /** It replaced an earlier answer to the same question. */
      readonly changed: boolean;
      readonly answered: number;
      readonly remainingMs: number;
      readonly quiz: QuizView;
    }
  | {
      readonly accepted: false;
      readonly reason: RefusalReason;
      /** A short sentence to show as it is. */
      readonly message: string;
      readonly quiz: QuizView;
      /** A mock whose time ran out was submitted by this call: its results. */
      readonly finished: FinishResult | null;
    };

/** Choice ids from what a front end passes: ids or letters, as a list or one text. */
export function readChoices(choices: string | readonly string[]): string[] {
  const parts = typeof choices === 'string' ? choices.split(/[\s,;]+/) : [...choices];
  const letters = parts.flatMap((part) =>
    /^[a-f]+$/i.test(part.trim()) ? part.trim().toLowerCase().split('') : [part.trim()],
  );
  const cleaned = letters.filter((c) => c !== '');
  if (cleaned.length === 0 || cleaned.some((c) => !/^[a-f]$/.test(c))) {
    throw new StudyError(
      'invalid-input',
      `Answer: "${[choices].flat().join(',')}" is not a choice; answer with the letters A to F.`,
      {
        field: 'choices',
      },
    );
  }
  return cleaned;
}

/**
 * Records the learner's answer. Group: the first answer of each participant
 * counts, a second click is refused and changes nothing. Practice: feedback at
 * once. Mock: the latest answer counts, no feedback until the end.
 */
export const answerQuestion = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef, input: AnswerInput): Promise<AnswerOutcome> => {
    const learner = await loadLearner(deps.db, learnerRef);
    const choices = readChoices(input.choices);
    const { loaded, result } = await updateQuiz(deps, input.quizId, (current, now) => {
      const { state } = current;
      const index = state.mode === 'mock' ? state.position : state.current;
      const questionId = input.questionId ?? state.questions[index]?.id ?? '';
      return answer(state, { participant: learner.id, questionId, choices }, now);
    });
    const now = deps.clock();
    if (!result.ok) {
      const finished = loaded.state.status === 'finished' ? await settleQuiz(deps, loaded) : null;
      return {
        accepted: false,
        reason: result.reason,
        message: result.message,
        quiz: quizView(loaded, now),
        finished,
      };
    }
    const quiz = quizView(loaded, now);
    if ('points' in result) {
      const { questionId, correct, points, streak, responseMs } = result;
      return {
        accepted: true,
        mode: 'group',
        questionId,
        correct,
        points,
        streak,
        responseMs,
        quiz,
      };
    }
    if ('last' in result) {
      const index = loaded.state.questions.findIndex((q) => q.id === result.questionId);
      return {
        accepted: true,
        mode: 'practice',
        questionId: result.questionId,
        correct: result.correct,
        chosen: result.chosen,
        review: reviewAt(loaded, index),
        last: result.last,
        quiz,
      };
    }
    return {
      accepted: true,
      mode: 'mock',
      questionId: result.questionId,
      changed: result.changed,
      answered: result.answered,
      remainingMs: result.remainingMs,
      quiz,
    };
  },
);
