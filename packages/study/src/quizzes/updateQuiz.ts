import type { QuizState } from '@certpace/core';
import { type JsonValue, RevisionConflictError, saveQuizState } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { type LoadedQuiz, loadQuiz, quizFinished } from './loadQuiz.js';

const MAX_ATTEMPTS = 12;

/** What an engine step gives back: the new state, its result, and optionally the message to record. */
export interface QuizStep<T> {
  readonly state: QuizState;
  readonly result: T;
  /**
   * The message the quiz is now shown in (null: none yet), saved with the
   * state; absent leaves the stored one as it is.
   */
  readonly messageId?: string | null;
}

export interface QuizUpdate<T> {
  /** The quiz as saved (or as loaded, when the step changed nothing). */
  readonly loaded: LoadedQuiz;
  readonly result: T;
}

/**
 * Applies a pure engine step to a running quiz and saves it, guarded by the
 * quiz's revision: when another click or process saved in between, the quiz is
 * read again and the step re-applied, so concurrent answers are all kept and
 * each is judged against the state it really met.
 */
export async function updateQuiz<T>(
  deps: StudyDeps,
  quizId: string,
  step: (loaded: LoadedQuiz, now: number) => QuizStep<T>,
): Promise<QuizUpdate<T>> {
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadQuiz(deps, deps.db, quizId);
    if (loaded.row.status !== 'running') throw quizFinished();
    const now = deps.clock();
    const { state, result, messageId } = step(loaded, now.getTime());
    const message =
      messageId !== undefined && messageId !== loaded.row.messageId ? { messageId } : undefined;
    if (state === loaded.state && !message) return { loaded, result };
    try {
      const saved = await saveQuizState(deps.db, {
        quizId,
        state: state as unknown as JsonValue,
        expectedRevision: loaded.row.revision,
        ...message,
        now,
      });
      if (!saved) throw quizFinished();
      return { loaded: { ...loaded, row: saved, state }, result };
    } catch (error) {
      if (!(error instanceof RevisionConflictError)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new StudyError(
          'conflict',
          'The quiz is very busy right now: try again in a moment.',
          { cause: error },
        );
      }
    }
  }
}
