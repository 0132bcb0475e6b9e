import type { StudyDeps } from '../deps.js';
import type { LoadedQuiz } from './loadQuiz.js';

/** Running group quizzes kept per database handle: enough for every channel a busy bot serves. */
const MAX_QUIZZES = 64;

const caches = new WeakMap<object, Map<string, LoadedQuiz>>();

function cacheOf(deps: StudyDeps): Map<string, LoadedQuiz> {
  let cache = caches.get(deps.db);
  if (!cache) {
    cache = new Map();
    caches.set(deps.db, cache);
  }
  return cache;
}

/**
 * The running group quizzes this process last read, by id, as saved (without
 * the answers kept as rows). Judging a click against a remembered quiz is
 * safe because the answer is stored only if the quiz is still at the
 * remembered revision; any change (a reveal, a stop, another process) moves
 * the revision, the insert finds nothing, and the quiz is read again. So a
 * burst of clicks on one question costs one INSERT each, not a read and an
 * INSERT.
 */
export const groupQuizCache = {
  get(deps: StudyDeps, quizId: string): LoadedQuiz | undefined {
    return caches.get(deps.db)?.get(quizId);
  },
  remember(deps: StudyDeps, loaded: LoadedQuiz): void {
    const cache = cacheOf(deps);
    cache.delete(loaded.row.id);
    if (loaded.row.status !== 'running' || loaded.state.mode !== 'group') return;
    cache.set(loaded.row.id, loaded);
    // Oldest first in a Map's order: the quiz nobody clicked on for longest goes.
    if (cache.size > MAX_QUIZZES) cache.delete(cache.keys().next().value!);
  },
  forget(deps: StudyDeps, quizId: string): void {
    caches.get(deps.db)?.delete(quizId);
  },
};
