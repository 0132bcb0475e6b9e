import { stop } from '@certpace/core';
import type { StudyDeps } from '../deps.js';
import { isStudyError } from '../errors/StudyError.js';
import type { FinishResult } from './finishViews.js';
import { type LoadedQuiz, loadQuiz } from './loadQuiz.js';
import { finishResult } from './quizResults.js';
import { settleQuiz } from './settleQuiz.js';
import { updateQuiz } from './updateQuiz.js';

/**
 * Ends a quiz now with every answer given so far kept and stored (a mock past
 * its time is submitted as of its end). A quiz that has already ended gives
 * its stored results.
 */
export async function closeQuiz(deps: StudyDeps, loaded: LoadedQuiz): Promise<FinishResult> {
  if (loaded.row.status !== 'running') {
    return finishResult(deps.db, loaded, { alreadyFinished: true, learners: [] });
  }
  let current = loaded;
  if (loaded.state.status === 'running') {
    try {
      current = (await updateQuiz(deps, loaded.row.id, (l, now) => stop(l.state, now))).loaded;
    } catch (error) {
      if (!isStudyError(error, 'quiz-finished')) throw error;
      const ended = await loadQuiz(deps, deps.db, loaded.row.id);
      return finishResult(deps.db, ended, { alreadyFinished: true, learners: [] });
    }
  }
  return settleQuiz(deps, current);
}
