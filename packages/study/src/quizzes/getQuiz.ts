import { findRunningQuizInChannel, findRunningQuizzesOfOwner } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import type { LearnerRef } from '../learners/views.js';
import type { FinishResult } from './finishViews.js';
import { type LoadedQuiz, loadQuiz, quizNotFound } from './loadQuiz.js';
import { finishResult } from './quizResults.js';
import { type QuizView, quizView } from './quizView.js';

export interface QuizLookup {
  readonly quizId: string;
  /**
   * Who is looking: someone else's practice or mock quiz is refused with
   * `not-your-quiz` (a group quiz is the channel's, open to all). Null or
   * absent: the front end itself (a timer, a restart), which sees every quiz.
   */
  readonly viewer?: LearnerRef | null;
  /** The kind of quiz the caller expects; a quiz of another kind is `quiz-not-found`. */
  readonly mode?: 'group' | 'practice' | 'mock';
}

/** Loads a quiz for a viewer: the owner of a solo quiz, anyone for a group quiz. */
export async function loadForViewer(deps: StudyDeps, input: QuizLookup): Promise<LoadedQuiz> {
  const loaded = await loadQuiz(deps, deps.db, input.quizId);
  if (input.mode !== undefined && loaded.row.mode !== input.mode) throw quizNotFound(input.quizId);
  const viewer = input.viewer ?? null;
  if (viewer !== null && loaded.row.mode !== 'group' && loaded.row.ownerId !== viewer.id) {
    throw new StudyError('not-your-quiz', 'This quiz belongs to someone else.', {
      field: 'quizId',
    });
  }
  return loaded;
}

/** A quiz as it stands, to render it again (a restart, a lost message, a second device). */
export const getQuiz = useCase(async (deps: StudyDeps, input: QuizLookup): Promise<QuizView> => {
  return quizView(await loadForViewer(deps, input), deps.clock());
});

/**
 * The results of a quiz that has ended, to show them again (another page of a
 * mock's missed questions); null while it is still running. Nothing is stored.
 */
export const getQuizResults = useCase(
  async (deps: StudyDeps, input: QuizLookup): Promise<FinishResult | null> => {
    const loaded = await loadForViewer(deps, input);
    if (loaded.row.status === 'running') return null;
    return finishResult(deps.db, loaded, { alreadyFinished: true, learners: [] });
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

/**
 * The group quiz holding a channel, whichever process runs it (to stop it);
 * null when there is none. Its status reads `finished` when its last question
 * has closed but its results are not stored yet: finishing it stores them.
 */
export const getChannelQuiz = useCase(
  async (
    deps: StudyDeps,
    input: { guildId: string; channelId: string },
  ): Promise<QuizView | null> => {
    const row = await findRunningQuizInChannel(deps.db, input.channelId);
    if (!row || row.guildId !== input.guildId) return null;
    return quizView(await loadQuiz(deps, deps.db, row.id), deps.clock());
  },
);
