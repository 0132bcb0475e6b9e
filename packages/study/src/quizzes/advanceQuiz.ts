import { type AdvanceResult, advance } from '@certpace/core';
import type { StudyDeps } from '../deps.js';
import { isStudyError, StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import type { LearnerRef } from '../learners/views.js';
import type { FinishResult } from './finishViews.js';
import { loadQuiz } from './loadQuiz.js';
import { type QuizView, quizView } from './quizView.js';
import { type RevealView, revealView } from './revealView.js';
import { settleQuiz } from './settleQuiz.js';
import { updateQuiz } from './updateQuiz.js';

export interface AdvanceInput {
  readonly quizId: string;
  /**
   * The question the caller means to close. When the quiz has already moved
   * past it (a second timer, another process), nothing happens: advancing is
   * safe to repeat.
   */
  readonly index?: number;
  /** Group: close the question before its deadline (everyone answered, the host moves on). */
  readonly early?: boolean;
}

export type AdvanceOutcome =
  | {
      readonly advanced: true;
      readonly reveal: RevealView;
      readonly quiz: QuizView;
      /** Set when that was the last question: the quiz's results, stored. */
      readonly finished: FinishResult | null;
    }
  | {
      readonly advanced: false;
      /**
       * `not-yet`: the group question is still open; `moved-on`: someone already
       * advanced; `finished`: the quiz has ended (a late timer).
       */
      readonly reason: 'not-yet' | 'moved-on' | 'finished';
      readonly quiz: QuizView;
    };

/**
 * Group and practice: closes the open question (group: at its deadline) and
 * opens the next, or finishes the quiz after the last. The timer calls it with
 * no learner; in practice the owner does.
 */
export const advanceQuiz = useCase(
  async (
    deps: StudyDeps,
    actor: LearnerRef | null,
    input: AdvanceInput,
  ): Promise<AdvanceOutcome> => {
    // Only its mode, owner and status are read here; updateQuiz reads the rest under the lock.
    const first = await loadQuiz(deps, deps.db, input.quizId, { pending: false });
    if (first.state.mode === 'mock') {
      throw new StudyError(
        'invalid-input',
        'A mock exam moves with goToQuestion; it has no next question to reveal.',
        {
          field: 'quizId',
        },
      );
    }
    if (first.state.mode === 'practice' && actor?.id !== first.row.ownerId) {
      throw new StudyError('not-your-quiz', 'This practice quiz belongs to someone else.', {
        field: 'quizId',
      });
    }
    if (first.row.status !== 'running') {
      return { advanced: false, reason: 'finished', quiz: quizView(first, deps.clock()) };
    }
    let skipped: 'not-yet' | 'moved-on' | undefined;
    let update: Awaited<ReturnType<typeof updateQuiz<AdvanceResult | undefined>>>;
    try {
      update = await updateQuiz(deps, input.quizId, (current, now) => {
        const { state } = current;
        skipped = undefined;
        if (state.mode === 'mock') return { state, result: undefined };
        if (input.index !== undefined && state.current !== input.index) {
          skipped = 'moved-on';
          return { state, result: undefined };
        }
        if (state.mode === 'group' && now < state.deadline && !input.early) {
          skipped = 'not-yet';
          return { state, result: undefined };
        }
        const step = advance(state, now);
        if (!step.result.ok) return { state: step.state, result: undefined };
        // The stored message showed the question just closed; the front end records the next one's.
        return { state: step.state, result: step.result, messageId: null };
      });
    } catch (error) {
      if (!isStudyError(error, 'quiz-finished')) throw error;
      const ended = await loadQuiz(deps, deps.db, input.quizId);
      return { advanced: false, reason: 'finished', quiz: quizView(ended, deps.clock()) };
    }
    const { loaded, result } = update;
    const now = deps.clock();
    if (!result)
      return { advanced: false, reason: skipped ?? 'moved-on', quiz: quizView(loaded, now) };
    const reveal = await revealView(deps.db, loaded, result.closed);
    const finished = loaded.state.status === 'finished' ? await settleQuiz(deps, loaded) : null;
    const view = finished
      ? quizView(await loadQuiz(deps, deps.db, input.quizId), now)
      : quizView(loaded, now);
    return { advanced: true, reveal, quiz: view, finished };
  },
);
