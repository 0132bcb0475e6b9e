import type { QuizState } from '@certpace/core';
import { type JsonValue, saveQuizState, withTransaction } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { groupQuizCache } from './groupQuizCache.js';
import { type LoadedQuiz, lockAndLoadQuiz, quizFinished } from './loadQuiz.js';

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
 * Applies a pure engine step to a running quiz and saves it, in one
 * transaction that holds the quiz's row lock from the read to the commit.
 * Concurrent callers (a burst of clicks, another process) wait their turn
 * rather than race, so every answer is kept and each is judged against the
 * state it really met, however many arrive at once. The revision guard on the
 * save stays as a safety net: under the lock it cannot fire, and if it ever
 * did the caller gets a `conflict` rather than a lost update.
 */
export async function updateQuiz<T>(
  deps: StudyDeps,
  quizId: string,
  step: (loaded: LoadedQuiz, now: number) => QuizStep<T>,
): Promise<QuizUpdate<T>> {
  const update = await withTransaction(deps.db, async (tx) => {
    const loaded = await lockAndLoadQuiz(deps, tx, quizId);
    if (loaded.row.status !== 'running') throw quizFinished();
    // Read under the lock: the step is judged at the moment it is applied.
    const now = deps.clock();
    const { state, result, messageId } = step(loaded, now.getTime());
    const message =
      messageId !== undefined && messageId !== loaded.row.messageId ? { messageId } : undefined;
    if (state === loaded.state && !message) return { loaded, result };
    const saved = await saveQuizState(tx, {
      quizId,
      state: state as unknown as JsonValue,
      expectedRevision: loaded.row.revision,
      ...message,
      now,
    });
    if (!saved) throw quizFinished();
    return { loaded: { ...loaded, row: saved, state }, result };
  });
  // Committed: this process judges the next clicks on a group quiz against it (see groupQuizCache).
  groupQuizCache.remember(deps, update.loaded);
  return update;
}
