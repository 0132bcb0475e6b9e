import type { StudyDeps } from '../deps.js';
import { isStudyError, StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { loadQuiz } from './loadQuiz.js';
import { type QuizView, quizView } from './quizView.js';
import { updateQuiz } from './updateQuiz.js';

export interface QuizMessageInput {
  readonly quizId: string;
  /** The front end's id of the message (a Discord message id). */
  readonly messageId: string;
  /**
   * Group and practice: the question the message shows. When the quiz has
   * moved past it (another process posted the next one), nothing is stored,
   * so a slow post never overwrites the newer message.
   */
  readonly index?: number;
}

export interface QuizMessageOutcome {
  /** False when the quiz had ended or moved on to another question. */
  readonly stored: boolean;
  readonly quiz: QuizView;
}

/**
 * Records the message a quiz is shown in, so any process (after a restart,
 * or one stopping the quiz) finds it by id: the open question's message of a
 * group quiz (cleared when the next question opens), a mock exam's message.
 * Front-end bookkeeping: the front end itself calls it, for no learner.
 */
export const setQuizMessage = useCase(
  async (deps: StudyDeps, input: QuizMessageInput): Promise<QuizMessageOutcome> => {
    if (input.messageId.trim() === '') {
      throw new StudyError('invalid-input', 'A quiz message needs its id.', { field: 'messageId' });
    }
    try {
      const { loaded, result } = await updateQuiz(deps, input.quizId, (current) => {
        const { state } = current;
        const open = state.mode === 'mock' ? undefined : state.current;
        if (state.status !== 'running' || (input.index !== undefined && open !== input.index)) {
          return { state, result: false };
        }
        return { state, result: true, messageId: input.messageId };
      });
      return { stored: result, quiz: quizView(loaded, deps.clock()) };
    } catch (error) {
      if (!isStudyError(error, 'quiz-finished')) throw error;
      const ended = await loadQuiz(deps, deps.db, input.quizId);
      return { stored: false, quiz: quizView(ended, deps.clock()) };
    }
  },
);
