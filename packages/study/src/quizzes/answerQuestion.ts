import { answer, type Refusal, type RefusalReason } from '@certpace/core';
import { recordGroupAnswer } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { isStudyError, StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { isUuid } from '../parse/isUuid.js';
import type { FinishResult } from './finishViews.js';
import { groupQuizCache } from './groupQuizCache.js';
import { type LoadedQuiz, loadQuiz, quizFinished, reviewAt } from './loadQuiz.js';
import type { QuestionReview } from './questionViews.js';
import { type QuizView, quizView } from './quizView.js';
import { settleQuiz } from './settleQuiz.js';
import { updateQuiz } from './updateQuiz.js';

export interface AnswerInput {
  readonly quizId: string;
  /** Default: the open question (group, practice) or the one on screen (mock). */
  readonly questionId?: string;
  /** Choice ids or letters: `['a']`, `'B'`, `'a,c'`, `'AC'`. */
  readonly choices: string | readonly string[];
}

/** What an answer did. Refusals (late, already answered, ...) are values: expected in play. */
export type AnswerOutcome =
  | {
      readonly accepted: true;
      readonly mode: 'group';
      readonly questionId: string;
      readonly correct: boolean;
      readonly points: number;
      readonly streak: number;
      readonly responseMs: number;
      readonly quiz: QuizView;
    }
  | {
      readonly accepted: true;
      readonly mode: 'practice';
      readonly questionId: string;
      readonly correct: boolean;
      readonly chosen: readonly string[];
      /** The key, explanation and docs link, shown at once in practice. */
      readonly review: QuestionReview | null;
      /** The last question: advancing finishes the quiz. */
      readonly last: boolean;
      readonly quiz: QuizView;
    }
  | {
      readonly accepted: true;
      readonly mode: 'mock';
      readonly questionId: string;
      /** It replaced an earlier answer to the same question. */
      readonly changed: boolean;
      readonly answered: number;
      readonly remainingMs: number;
      readonly quiz: QuizView;
    }
  | {
      readonly accepted: false;
      readonly reason: RefusalReason;
      /** A short sentence to show as it is. */
      readonly message: string;
      readonly quiz: QuizView;
      /** A mock whose time ran out was submitted by this call: its results. */
      readonly finished: FinishResult | null;
    };

/** Choice ids from what a front end passes: ids or letters, as a list or one text. */
export function readChoices(choices: string | readonly string[]): string[] {
  const parts = typeof choices === 'string' ? choices.split(/[\s,;]+/) : [...choices];
  const letters = parts.flatMap((part) =>
    /^[a-f]+$/i.test(part.trim()) ? part.trim().toLowerCase().split('') : [part.trim()],
  );
  const cleaned = letters.filter((c) => c !== '');
  if (cleaned.length === 0 || cleaned.some((c) => !/^[a-f]$/.test(c))) {
    throw new StudyError(
      'invalid-input',
      `Answer: "${[choices].flat().join(',')}" is not a choice; answer with the letters A to F.`,
      {
        field: 'choices',
      },
    );
  }
  return cleaned;
}

/** What answering a question that is not open, or not judged, gives back. */
async function refusal(
  deps: StudyDeps,
  loaded: LoadedQuiz,
  refused: Refusal,
): Promise<AnswerOutcome> {
  // A quiz whose state ended but was never settled (a crash in between) is settled now.
  const finished =
    loaded.state.status === 'finished'
      ? await settleQuiz(deps, await loadQuiz(deps, deps.db, loaded.row.id))
      : null;
  return {
    accepted: false,
    reason: refused.reason,
    message: refused.message,
    quiz: quizView(loaded, deps.clock()),
    finished,
  };
}

/** How often a group answer is judged again when the quiz moved on meanwhile. */
const GROUP_ATTEMPTS = 5;

/**
 * Group: the answer is judged against the quiz as read (or as this process
 * last read it) and stored as its own quiz_answers row at once, guarded by
 * the revision it was judged against; the reveal folds the rows into the
 * state (see loadQuiz). So a burst of clicks on one question goes in side by
 * side rather than one state rewrite after another, and the row's key keeps
 * each participant's first answer only.
 */
async function answerGroup(
  deps: StudyDeps,
  learnerRef: LearnerRef,
  input: AnswerInput,
  choices: readonly string[],
  first: { readonly loaded: LoadedQuiz; readonly remembered: boolean },
): Promise<AnswerOutcome> {
  // A learner id that cannot exist is refused before any write.
  if (!isUuid(learnerRef.id)) await loadLearner(deps.db, learnerRef);
  let { loaded, remembered } = first;
  for (let attempt = 1; ; attempt++) {
    if (loaded.row.status !== 'running' || loaded.state.mode !== 'group') {
      groupQuizCache.forget(deps, loaded.row.id);
      throw quizFinished();
    }
    const state = loaded.state;
    const now = deps.clock();
    const questionId = input.questionId ?? state.questions[state.current]?.id ?? '';
    const judged = { participant: learnerRef.id, questionId, choices };
    const step = answer(state, judged, now.getTime());
    let refused = step.result.ok ? null : step.result;
    if (step.result.ok) {
      const result = step.result;
      const given = step.state.answers[step.state.answers.length - 1]!;
      const recording = await recordGroupAnswer(deps.db, {
        quizId: loaded.row.id,
        learnerId: learnerRef.id,
        questionId: result.questionId,
        domainId: state.questions[given.question]!.domain,
        chosen: given.choices,
        correct: result.correct,
        answeredAt: now,
        latencyMs: result.responseMs,
        points: result.points,
        expectedRevision: loaded.row.revision,
      });
      if (recording.recorded) {
        const { questionId: id, correct, points, streak, responseMs } = result;
        // The quiz as read, with this answer: others given meanwhile are not counted here.
        const quiz = quizView({ ...loaded, state: step.state }, now);
        return {
          accepted: true,
          mode: 'group',
          questionId: id,
          correct,
          points,
          streak,
          responseMs,
          quiz,
        };
      }
      if (recording.reason === 'unknown-learner') {
        await loadLearner(deps.db, learnerRef);
        throw new Error('quiz_answers refused a learner that exists');
      }
      if (recording.reason === 'already-answered') {
        // The engine words it: the same answer again, to the state that holds the first.
        refused = answer(step.state, judged, now.getTime()).result as Refusal;
      }
    }
    // A refusal stands when it was judged against the quiz as it is in the database.
    if (refused && (!remembered || refused.reason === 'already-answered')) {
      return refusal(deps, loaded, refused);
    }
    if (attempt >= GROUP_ATTEMPTS) {
      throw new StudyError('conflict', 'The quiz is very busy right now: answer again.', {
        field: 'quizId',
      });
    }
    // The question closed or the quiz changed meanwhile: judge the answer again as it is now.
    loaded = await loadQuiz(deps, deps.db, loaded.row.id, { pending: false });
    remembered = false;
    groupQuizCache.remember(deps, loaded);
  }
}

/**
 * Records the learner's answer. Group: the first answer of each participant
 * counts, a second click is refused and changes nothing. Practice: feedback at
 * once. Mock: the latest answer counts, no feedback until the end.
 */
export const answerQuestion = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef, input: AnswerInput): Promise<AnswerOutcome> => {
    const choices = readChoices(input.choices);
    const remembered = groupQuizCache.get(deps, input.quizId);
    if (remembered) {
      return answerGroup(deps, learnerRef, input, choices, {
        loaded: remembered,
        remembered: true,
      });
    }
    let first: LoadedQuiz;
    try {
      first = await loadQuiz(deps, deps.db, input.quizId, { pending: false });
    } catch (error) {
      // Someone who deleted their data (and their quizzes with it) is told that first.
      if (isStudyError(error, 'quiz-not-found')) await loadLearner(deps.db, learnerRef);
      throw error;
    }
    if (first.state.mode === 'group' && first.row.status === 'running') {
      groupQuizCache.remember(deps, first);
      return answerGroup(deps, learnerRef, input, choices, { loaded: first, remembered: false });
    }
    const { loaded, result } = await updateQuiz(deps, input.quizId, (current, now) => {
      const { state } = current;
      const index = state.mode === 'mock' ? state.position : state.current;
      const questionId = input.questionId ?? state.questions[index]?.id ?? '';
      return answer(state, { participant: learnerRef.id, questionId, choices }, now);
    });
    const now = deps.clock();
    if (!result.ok) {
      // Someone who deleted their data is told so rather than that the quiz is not theirs.
      if (result.reason === 'not-participant') await loadLearner(deps.db, learnerRef);
      return refusal(deps, loaded, result);
    }
    const quiz = quizView(loaded, now);
    if ('last' in result) {
      const index = loaded.state.questions.findIndex((q) => q.id === result.questionId);
      return {
        accepted: true,
        mode: 'practice',
        questionId: result.questionId,
        correct: result.correct,
        chosen: result.chosen,
        review: reviewAt(loaded, index),
        last: result.last,
        quiz,
      };
    }
    if ('changed' in result) {
      return {
        accepted: true,
        mode: 'mock',
        questionId: result.questionId,
        changed: result.changed,
        answered: result.answered,
        remainingMs: result.remainingMs,
        quiz,
      };
    }
    throw new Error('a group answer reached the solo path');
  },
);
