import { tick } from '@certpace/core';
import { endQuiz, listRunningQuizzes, type Quiz } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { useCase } from '../errors/translateError.js';
import { closeQuiz } from './closeQuiz.js';
import type { FinishResult } from './finishViews.js';
import { type LoadedQuiz, loadQuiz, problemOf } from './loadQuiz.js';
import { type QuizView, quizView } from './quizView.js';

/** Where a closed quiz ran, to announce its end there: readable even when its state is not. */
export interface ClosedQuizPlace {
  readonly quizId: string;
  readonly mode: 'group' | 'practice' | 'mock';
  readonly guildId: string | null;
  readonly channelId: string | null;
  /** The message it was last shown in (see setQuizMessage). */
  readonly messageId: string | null;
  readonly ownerId: string | null;
}

/** A running quiz after a restart: carry on from `quiz`, or it was closed with its answers kept. */
export type ResumedQuiz =
  | { readonly resumed: true; readonly quiz: QuizView }
  | (ClosedQuizPlace & {
      readonly resumed: false;
      /** Why it could not go on, in words a person understands, for its mode. */
      readonly reason: string;
      /** Its stored results; null when its state could not even be read (it was cancelled). */
      readonly finished: FinishResult | null;
    });

function placeOf(row: Quiz): ClosedQuizPlace {
  return {
    quizId: row.id,
    mode: row.mode,
    guildId: row.guildId,
    channelId: row.channelId,
    messageId: row.messageId,
    ownerId: row.ownerId,
  };
}

/**
 * Why a quiz that can no longer go on ended while nobody ran it, worded for
 * its mode: a mock's time runs out, a group quiz's last question closes, a
 * practice quiz's last answer is in; any of them may have been stopped.
 */
function endedReason(loaded: LoadedQuiz, now: number): string {
  const state = tick(loaded.state, now);
  if (state.finishReason === 'stopped') return 'The quiz had been stopped: its answers are kept.';
  switch (state.mode) {
    case 'mock':
      return state.finishReason === 'time-up'
        ? 'The time ran out meanwhile: the exam was submitted as it stood.'
        : 'The exam had been submitted: here are its results.';
    case 'group':
      return 'The last question had closed meanwhile: the quiz is over.';
    case 'practice':
      return 'The last question had been answered: the practice quiz is over.';
  }
}

async function resumeLoaded(deps: StudyDeps, loaded: LoadedQuiz): Promise<ResumedQuiz> {
  const place = placeOf(loaded.row);
  const problem = problemOf(loaded);
  const now = deps.clock();
  if (problem?.unreadable) {
    await endQuiz(deps.db, { quizId: loaded.row.id, status: 'cancelled', now });
    return {
      ...place,
      resumed: false,
      reason: `The quiz was cancelled: ${problem.message}.`,
      finished: null,
    };
  }
  if (problem) {
    return {
      ...place,
      resumed: false,
      reason: `The quiz was closed: ${problem.message}.`,
      finished: await closeQuiz(deps, loaded),
    };
  }
  if (loaded.row.status !== 'running') {
    return {
      ...place,
      resumed: false,
      reason: 'The quiz had already ended.',
      finished: await closeQuiz(deps, loaded),
    };
  }
  if (tick(loaded.state, now.getTime()).status === 'finished') {
    return {
      ...place,
      resumed: false,
      reason: endedReason(loaded, now.getTime()),
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

export interface RecoverScope {
  /**
   * Only the group quizzes of these guilds (a shard's own): another process
   * recovers, and announces, the others. Default: every group quiz.
   */
  readonly guildIds?: readonly string[];
  /** Practice quizzes and mock exams too (one process takes them: the bot's shard 0). Default true. */
  readonly includeSolo?: boolean;
}

/**
 * The running quizzes at start-up, within `scope`: those that can go on
 * (re-arm their timers and messages from `running`) and those closed because
 * they could not. A quiz outside the scope is left as it is.
 */
export const recoverQuizzes = useCase(
  async (
    deps: StudyDeps,
    scope: RecoverScope = {},
  ): Promise<{ running: QuizView[]; closed: ResumedQuiz[] }> => {
    const guilds = scope.guildIds === undefined ? undefined : new Set(scope.guildIds);
    const solo = scope.includeSolo ?? true;
    const modes = solo ? (['group', 'practice', 'mock'] as const) : (['group'] as const);
    const rows = (await listRunningQuizzes(deps.db, { modes })).filter(
      (row) => row.mode !== 'group' || guilds === undefined || guilds.has(row.guildId ?? ''),
    );
    const running: QuizView[] = [];
    const closed: ResumedQuiz[] = [];
    for (const row of rows) {
      const outcome = await resumeLoaded(deps, await loadQuiz(deps, deps.db, row.id));
      if (outcome.resumed) running.push(outcome.quiz);
      else closed.push(outcome);
    }
    return { running, closed };
  },
);
