import type { Blueprint } from '../blueprint/types.js';
import { blueprintRef } from '../blueprint/types.js';
import type { Question } from '../questions/types.js';
import { QuizInputError } from './QuizInputError.js';
import type { Seed } from './random.js';
import type { GroupQuizState, MockQuizState, PracticeQuizState, QuizItem } from './types.js';

export const DEFAULT_SECONDS_PER_QUESTION = 30;

interface CommonOptions {
  readonly blueprint: Blueprint;
  /** The questions in play order (from `selectQuestions` or `composeMock`), served for `blueprint`. */
  readonly questions: readonly Question[];
  /** The start time, epoch ms. */
  readonly now: number;
  /** Kept in the state to record how the questions were chosen. */
  readonly seed?: Seed;
}

export interface GroupQuizOptions extends CommonOptions {
  readonly mode: 'group';
  /** Time to answer each question. Default 30. */
  readonly secondsPerQuestion?: number;
}

export interface PracticeQuizOptions extends CommonOptions {
  readonly mode: 'practice';
  /** The one person who may answer. */
  readonly learner: string;
}

export interface MockQuizOptions extends CommonOptions {
  readonly mode: 'mock';
  readonly learner: string;
  /**
   * Answering time. Default: the blueprint's durationMinutes scaled to the
   * number of questions, so the budget per question is the real exam's
   * (the full time for a full mock; a proportional part for a split one).
   */
  readonly durationMinutes?: number;
}

export type CreateQuizOptions = GroupQuizOptions | PracticeQuizOptions | MockQuizOptions;

function toItems(questions: readonly Question[], blueprint: Blueprint): QuizItem[] {
  const ref = blueprintRef(blueprint);
  if (questions.length === 0) {
    throw new QuizInputError(
      'questions',
      'no questions: choose at least one (see selectQuestions)',
    );
  }
  const ids = new Set<string>();
  return questions.map((q) => {
    if (q.exam !== ref) {
      throw new QuizInputError(
        'questions',
        `question ${q.id} is for ${q.exam}, not ${ref}: pass it through mapQuestionsTo first`,
      );
    }
    if (ids.has(q.id)) {
      throw new QuizInputError(
        'questions',
        `question ${q.id} appears twice: a quiz never repeats a question`,
      );
    }
    ids.add(q.id);
    return { id: q.id, domain: q.domain, answer: [...q.answer], choices: q.choices.length };
  });
}

/** Starts a quiz. Group and practice quizzes open their first question at `now`. */
export function createQuiz(options: GroupQuizOptions): GroupQuizState;
export function createQuiz(options: PracticeQuizOptions): PracticeQuizState;
export function createQuiz(options: MockQuizOptions): MockQuizState;
export function createQuiz(
  options: CreateQuizOptions,
): GroupQuizState | PracticeQuizState | MockQuizState;
export function createQuiz(
  options: CreateQuizOptions,
): GroupQuizState | PracticeQuizState | MockQuizState {
  const { blueprint, now } = options;
  if (!Number.isFinite(now))
    throw new QuizInputError('now', 'pass the current time in epoch milliseconds');
  const base = {
    v: 1 as const,
    exam: blueprintRef(blueprint),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    createdAt: now,
    questions: toItems(options.questions, blueprint),
    status: 'running' as const,
  };
  if (
    options.mode !== 'group' &&
    !(typeof options.learner === 'string' && options.learner !== '')
  ) {
    throw new QuizInputError('learner', 'name the learner who takes this quiz (a non-empty id)');
  }
  switch (options.mode) {
    case 'group': {
      const seconds = options.secondsPerQuestion ?? DEFAULT_SECONDS_PER_QUESTION;
      if (!(seconds >= 5 && seconds <= 600)) {
        throw new QuizInputError('secondsPerQuestion', `${seconds}: give 5 to 600 seconds`);
      }
      return {
        ...base,
        mode: 'group',
        secondsPerQuestion: seconds,
        current: 0,
        openedAt: now,
        deadline: now + seconds * 1000,
        participants: [],
        answers: [],
      };
    }
    case 'practice':
      return {
        ...base,
        mode: 'practice',
        learner: options.learner,
        current: 0,
        openedAt: now,
        answers: [],
      };
    case 'mock': {
      const minutes =
        options.durationMinutes ??
        (blueprint.durationMinutes * base.questions.length) / blueprint.questionCount;
      if (!(minutes > 0 && minutes <= 24 * 60)) {
        throw new QuizInputError(
          'durationMinutes',
          `${minutes}: give a time above 0 and at most a day`,
        );
      }
      return {
        ...base,
        mode: 'mock',
        learner: options.learner,
        startedAt: now,
        endsAt: now + Math.round(minutes * 60_000),
        position: 0,
        answers: [],
        flags: [],
      };
    }
  }
}
