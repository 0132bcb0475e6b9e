import { submit } from '@certpace/core';
import type { StudyDeps } from '../deps.js';
import { isStudyError, StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import type { LearnerRef } from '../learners/views.js';
import { closeQuiz } from './closeQuiz.js';
import type { FinishResult } from './finishViews.js';
import { loadQuiz } from './loadQuiz.js';
import { finishResult } from './quizResults.js';
import { settleQuiz } from './settleQuiz.js';
import { updateQuiz } from './updateQuiz.js';

export interface FinishInput {
  readonly quizId: string;
  /** Group: the actor may manage the channel (`/quiz stop` by a moderator), not only its starter. */
  readonly canManage?: boolean;
}

/**
 * Finishes a quiz: a mock is submitted, a practice or group quiz is stopped
 * where it stands (its answers kept). Then the answers are stored once,
 * mastery and review cards updated, the study day recorded and the learner's
 * plan for the exam re-planned, with a "what changed" summary. Finishing a
 * finished quiz changes nothing and returns its results. The front end
 * itself (a timer, a shutdown) calls it with a null actor.
 */
export const finishQuiz = useCase(
  async (deps: StudyDeps, actor: LearnerRef | null, input: FinishInput): Promise<FinishResult> => {
    const loaded = await loadQuiz(deps, deps.db, input.quizId);
    const { row, state } = loaded;
    // A solo quiz's results are its owner's alone, even once it has ended.
    if (actor !== null && row.mode !== 'group' && actor.id !== row.ownerId) {
      throw new StudyError('not-your-quiz', 'This quiz belongs to someone else.', {
        field: 'quizId',
      });
    }
    if (row.status !== 'running')
      return finishResult(deps.db, loaded, { alreadyFinished: true, learners: [] });
    // A null actor is the front end itself (a timer at the deadline or time-up, a shutdown).
    const allowed =
      actor === null ||
      row.mode !== 'group' ||
      actor.id === row.startedBy ||
      input.canManage === true;
    if (!allowed) {
      throw new StudyError(
        'not-your-quiz',
        'Only the member who started this quiz, or someone who can manage messages, can stop it.',
        { field: 'quizId' },
      );
    }
    if (state.status === 'finished') return settleQuiz(deps, loaded);
    if (state.mode !== 'mock') return closeQuiz(deps, loaded);
    try {
      const { loaded: submitted } = await updateQuiz(deps, input.quizId, (current, now) =>
        submit(current.state, { participant: row.ownerId ?? '' }, now),
      );
      return settleQuiz(deps, submitted);
    } catch (error) {
      if (!isStudyError(error, 'quiz-finished')) throw error;
      return finishResult(deps.db, await loadQuiz(deps, deps.db, input.quizId), {
        alreadyFinished: true,
        learners: [],
      });
    }
  },
);
