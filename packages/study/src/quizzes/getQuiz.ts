import { tick } from '@certpace/core';
import { endQuiz, findRunningQuizzesOfOwner, listRunningQuizzes } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { useCase } from '../errors/translateError.js';
import type { LearnerRef } from '../learners/views.js';
import { closeQuiz } from './closeQuiz.js';
import type { FinishResult } from './finishViews.js';
import { type LoadedQuiz, loadQuiz, problemOf } from './loadQuiz.js';
import { type QuizView, quizView } from './quizView.js';

/** A quiz as it stands, to render it again (a restart, a lost message, a second device). */
export const getQuiz = useCase(
  async (deps: StudyDeps, input: { quizId: string }): Promise<QuizView> => {
    return quizView(await loadQuiz(deps, deps.db, input.quizId), deps.clock());
  },
);

/** The learner's running practice or mock quiz, newest first; null when none (to offer "resume"). */
export const getRunningQuiz = useCase(
  async (
    deps: StudyDeps,
    learner: LearnerRef,
    input: { mode?: 'practice' | 'mock' } = {},
  ): Promise<QuizView | null> => {
    const [row] = await findRunningQuizzesOfOwner(deps.db, {
      ownerId: learner.id,
      ...(input.mode ? { modes: [input.mode] } : {}),
    });
    return row ? quizView(await loadQuiz(deps, deps.db, row.id), deps.clock()) : null;
  },
);

/** A running quiz after a restart: carry on from `quiz`, or it was closed with its answers kept. */
export type ResumedQuiz =
  | { readonly resumed: true; readonly quiz: QuizView }
  | {
      readonly resumed: false;
      /** Why it could not go on, in words a person understands. */
      readonly reason: string;
      /** Its stored results; null when its state could not even be read (it was cancelled). */
      readonly finished: FinishResult | null;
    };

async function resumeLoaded(deps: StudyDeps, loaded: LoadedQuiz): Promise<ResumedQuiz> {
  const problem = problemOf(loaded);
  const now = deps.clock();
  if (problem?.unreadable) {
    await endQuiz(deps.db, { quizId: loaded.row.id, status: 'cancelled', now });
    return {
      resumed: false,
      reason: `The quiz was cancelled: ${problem.message}.`,
      finished: null,
    };
  }
  if (problem) {
    return {
      resumed: false,
      reason: `The quiz was closed: ${problem.message}.`,
      finished: await closeQuiz(deps, loaded),
    };
  }
  if (loaded.row.status !== 'running')
    return {
      resumed: false,
      reason: 'The quiz had already ended.',
      finished: await closeQuiz(deps, loaded),
    };
  if (
    tick(loaded.state, now.getTime()).status === 'finished' ||
    loaded.state.status === 'finished'
  ) {
    return {
      resumed: false,
      reason: 'The time ran out while it was away: the exam was submitted.',
      finished: await closeQuiz(deps, loaded),
    };
  }
  return { resumed: true, quiz: quizView(loaded, now) };
}

/**
 * Picks a quiz up again (the CLI after Ctrl-C, the bot after a restart). A
 * quiz that cannot go on (its time ran out, its questions left the bank) is
 * closed cleanly with its answers kept.
 */
export const resumeQuiz = useCase(
  async (deps: StudyDeps, input: { quizId: string }): Promise<ResumedQuiz> => {
    return resumeLoaded(deps, await loadQuiz(deps, deps.db, input.quizId));
  },
);

/**
 * Every running quiz at start-up: those that can go on (re-arm their timers
 * and messages from `running`) and those closed because they could not.
 */
export const recoverQuizzes = useCase(
  async (deps: StudyDeps): Promise<{ running: QuizView[]; closed: ResumedQuiz[] }> => {
    const running: QuizView[] = [];
    const closed: ResumedQuiz[] = [];
    for (const row of await listRunningQuizzes(deps.db)) {
      const outcome = await resumeLoaded(deps, await loadQuiz(deps, deps.db, row.id));
      if (outcome.resumed) running.push(outcome.quiz);
      else closed.push(outcome);
    }
    return { running, closed };
  },
);
