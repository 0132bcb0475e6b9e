import {
  type Blueprint,
  findBlueprint,
  foldGroupAnswers,
  type GroupQuizState,
  type Question,
  type QuizState,
} from '@certpace/core';
import {
  type Executor,
  getQuiz,
  listQuizAnswers,
  lockQuiz,
  type Quiz,
  type Tx,
} from '@certpace/db';
import { banksOf, type StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { isUuid } from '../parse/isUuid.js';
import {
  type QuestionReview,
  type QuestionView,
  questionReview,
  questionView,
} from './questionViews.js';

/** A stored quiz with its engine state and the bank questions it uses. */
export interface LoadedQuiz {
  readonly row: Quiz;
  readonly state: QuizState;
  readonly blueprint: Blueprint;
  /** The bank's questions by id; a question missing here cannot be shown. */
  readonly questions: ReadonlyMap<string, Question>;
}

/** Why a stored quiz cannot go on: unreadable state, or questions the bank no longer has. */
export function problemOf(
  loaded: Omit<LoadedQuiz, 'state'> & { state: unknown },
): { readonly unreadable: boolean; readonly message: string } | null {
  const state = loaded.state as Partial<QuizState> | null;
  if (!state || typeof state !== 'object' || state.v !== 1 || !Array.isArray(state.questions)) {
    return { unreadable: true, message: 'its saved state is not one this version can read' };
  }
  const missing = state.questions.filter((q) => !loaded.questions.has(q.id)).length;
  return missing > 0
    ? {
        unreadable: false,
        message: `${missing} of its questions are no longer in the question bank`,
      }
    : null;
}

export function quizNotFound(quizId: string): StudyError {
  return new StudyError('quiz-not-found', `There is no quiz ${quizId}.`, { field: 'quizId' });
}

export function quizFinished(): StudyError {
  return new StudyError('quiz-finished', 'This quiz has ended: start a new one.', {
    field: 'quizId',
    hints: {
      discord: 'Start one with /quiz start or /practice.',
      cli: 'Start one with `certpace quiz`.',
    },
  });
}

/**
 * Loads a quiz and its questions; `quiz-not-found` if there is none. A running
 * group quiz's state includes the answers to its open question, which are
 * stored as rows as they come (see answerQuestion) and folded in here;
 * `{ pending: false }` skips that read and gives the state as saved.
 */
export async function loadQuiz(
  deps: StudyDeps,
  executor: Executor,
  quizId: string,
  options: { readonly pending?: boolean } = {},
): Promise<LoadedQuiz> {
  if (!isUuid(quizId)) throw quizNotFound(quizId);
  const loaded = withQuestions(deps, quizId, await getQuiz(executor, quizId));
  return options.pending === false ? loaded : withPendingAnswers(executor, loaded);
}

/**
 * Like `loadQuiz`, with the quiz's row locked until `tx` ends: the caller is
 * the only writer of that quiz until it commits.
 */
export async function lockAndLoadQuiz(
  deps: StudyDeps,
  tx: Tx,
  quizId: string,
): Promise<LoadedQuiz> {
  if (!isUuid(quizId)) throw quizNotFound(quizId);
  return withPendingAnswers(tx, withQuestions(deps, quizId, await lockQuiz(tx, quizId)));
}

/**
 * The open question's answers stored as rows, folded into a running group
 * quiz's state. Under `lockQuiz` this sees every answer recorded before the
 * lock was granted (they hold a share lock on the quiz row until they commit)
 * and none can follow at the same revision, so what a reveal saves is whole.
 */
async function withPendingAnswers(executor: Executor, loaded: LoadedQuiz): Promise<LoadedQuiz> {
  const state = loaded.state as Partial<QuizState> | null;
  // Until the quiz is settled (its row ends) the rows may hold answers its state has not.
  if (loaded.row.status !== 'running' || state?.v !== 1 || state.mode !== 'group') return loaded;
  const open = state.questions?.[state.current ?? -1];
  if (!open || !Array.isArray(state.answers)) return loaded;
  const rows = await listQuizAnswers(executor, { quizId: loaded.row.id, questionId: open.id });
  const folded = foldGroupAnswers(
    loaded.state as GroupQuizState,
    rows.map((r) => ({
      participant: r.learnerId,
      questionId: r.questionId,
      choices: r.chosen,
      at: r.answeredAt.getTime(),
      responseMs: r.latencyMs ?? 0,
      correct: r.correct,
      points: r.points,
    })),
  );
  return folded === loaded.state ? loaded : { ...loaded, state: folded };
}

function withQuestions(deps: StudyDeps, quizId: string, row: Quiz | null): LoadedQuiz {
  if (!row) throw quizNotFound(quizId);
  const blueprint = findBlueprint(row.examRef);
  if (!blueprint)
    throw new StudyError(
      'unknown-exam',
      `The quiz is for ${row.examRef}, which this version does not know.`,
    );
  let questions: ReadonlyMap<string, Question>;
  try {
    questions = new Map(
      banksOf(deps)
        .loadQuestionBank(row.examRef)
        .questions.map((q) => [q.id, q]),
    );
  } catch {
    questions = new Map();
  }
  return { row, state: row.state as unknown as QuizState, blueprint, questions };
}

export function questionAt(loaded: LoadedQuiz, index: number): QuestionView | null {
  const item = loaded.state.questions[index];
  const question = item && loaded.questions.get(item.id);
  if (!item || !question) return null;
  return questionView(question, item, index, loaded.state.questions.length, loaded.blueprint);
}

export function reviewAt(loaded: LoadedQuiz, index: number): QuestionReview | null {
  const item = loaded.state.questions[index];
  const question = item && loaded.questions.get(item.id);
  if (!item || !question) return null;
  return questionReview(question, item, index, loaded.state.questions.length, loaded.blueprint);
}
