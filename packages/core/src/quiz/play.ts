import { answerGroup, type GroupAnswerResult } from './groupPlay.js';
import {
  answerMock,
  endedRefusal,
  expireMock,
  type FlagResult,
  flagQuestion,
  type GoToResult,
  goTo as goToMock,
  type MockAnswerResult,
  type SubmitResult,
  submitMock,
} from './mockExam.js';
import { answerPractice, type PracticeAnswerResult } from './practicePlay.js';
import { refuse } from './refusals.js';
import type {
  AnswerInput,
  GroupQuizState,
  MockQuizState,
  PracticeQuizState,
  QuizState,
  Step,
} from './types.js';

export type AnswerResult = GroupAnswerResult | PracticeAnswerResult | MockAnswerResult;

/**
 * Records an answer. Refusals (late, not current, already answered, time up,
 * ...) come back as `result.ok === false` with a reason; store the returned
 * state in every case (a mock whose time ran out is submitted by this call).
 */
export function answer(
  state: GroupQuizState,
  input: AnswerInput,
  now: number,
): Step<GroupQuizState, GroupAnswerResult>;
export function answer(
  state: PracticeQuizState,
  input: AnswerInput,
  now: number,
): Step<PracticeQuizState, PracticeAnswerResult>;
export function answer(
  state: MockQuizState,
  input: AnswerInput,
  now: number,
): Step<MockQuizState, MockAnswerResult>;
export function answer(
  state: QuizState,
  input: AnswerInput,
  now: number,
): Step<QuizState, AnswerResult>;
export function answer(
  state: QuizState,
  input: AnswerInput,
  now: number,
): Step<QuizState, AnswerResult> {
  switch (state.mode) {
    case 'group':
      return answerGroup(state, input, now);
    case 'practice':
      return answerPractice(state, input, now);
    case 'mock':
      return answerMock(state, input, now);
  }
}

/** The question that just closed, with everyone's answers: what a reveal shows. */
export interface ClosedQuestion {
  readonly index: number;
  readonly questionId: string;
  readonly domain: string;
  readonly answer: readonly string[];
  readonly answers: readonly {
    readonly participant: string;
    readonly choices: readonly string[];
    readonly correct: boolean;
    readonly points: number;
  }[];
}

export interface AdvanceResult {
  readonly ok: true;
  readonly closed: ClosedQuestion;
  /** The question now open, or undefined when the quiz has finished. */
  readonly next?: {
    readonly index: number;
    readonly questionId: string;
    readonly deadline?: number;
  };
}

/**
 * Group and practice: closes the open question (at its deadline, or earlier
 * when the host moves on) and opens the next one, or finishes the quiz after
 * the last. A mock moves with `goTo` instead.
 */
export function advance<S extends GroupQuizState | PracticeQuizState>(
  state: S,
  now: number,
): Step<S, AdvanceResult>;
export function advance(state: QuizState, now: number): Step<QuizState, AdvanceResult>;
export function advance(state: QuizState, now: number): Step<QuizState, AdvanceResult> {
  if (state.mode === 'mock') return { state, result: refuse('wrong-mode') };
  if (state.status === 'finished') return { state, result: refuse('finished') };
  const index = state.current;
  const item = state.questions[index]!;
  const closed: ClosedQuestion = {
    index,
    questionId: item.id,
    domain: item.domain,
    answer: item.answer,
    answers:
      state.mode === 'group'
        ? state.answers
            .filter((a) => a.question === index)
            .map((a) => ({
              participant: a.participant,
              choices: a.choices,
              correct: a.correct,
              points: a.points,
            }))
        : state.answers
            .filter((a) => a.question === index)
            .map((a) => ({
              participant: state.learner,
              choices: a.choices,
              correct: a.correct,
              points: 0,
            })),
  };
  const nextIndex = index + 1;
  if (nextIndex >= state.questions.length) {
    const finished = {
      ...state,
      status: 'finished' as const,
      finishedAt: now,
      finishReason: 'completed' as const,
    };
    return { state: finished, result: { ok: true, closed } };
  }
  const nextId = state.questions[nextIndex]!.id;
  if (state.mode === 'group') {
    const deadline = now + state.secondsPerQuestion * 1000;
    return {
      state: { ...state, current: nextIndex, openedAt: now, deadline },
      result: { ok: true, closed, next: { index: nextIndex, questionId: nextId, deadline } },
    };
  }
  return {
    state: { ...state, current: nextIndex, openedAt: now },
    result: { ok: true, closed, next: { index: nextIndex, questionId: nextId } },
  };
}

/** Mock only: flag a question to revisit, or clear its flag. */
export function flag<S extends QuizState>(
  state: S,
  input: { readonly participant: string; readonly questionId: string; readonly flagged?: boolean },
  now: number,
): Step<S, FlagResult> {
  if (state.mode !== 'mock') return { state, result: refuse('wrong-mode') };
  return flagQuestion(state, input, now) as Step<S, FlagResult>;
}

/** Mock only: show another question (by index or id). */
export function goTo<S extends QuizState>(
  state: S,
  input: { readonly participant: string; readonly question: number | string },
  now: number,
): Step<S, GoToResult> {
  if (state.mode !== 'mock') return { state, result: refuse('wrong-mode') };
  return goToMock(state, input, now) as Step<S, GoToResult>;
}

/** Mock only: hand the exam in. */
export function submit<S extends QuizState>(
  state: S,
  input: { readonly participant: string },
  now: number,
): Step<S, SubmitResult> {
  if (state.mode !== 'mock') return { state, result: refuse('wrong-mode') };
  return submitMock(state, input, now) as Step<S, SubmitResult>;
}

/**
 * Ends any quiz early (`/quiz stop`), keeping every answer given so far. A
 * mock whose time is up was submitted by the clock: refused with `time-up`
 * (its state, submitted as of its end, is returned to store).
 */
export function stop<S extends QuizState>(state: S, now: number): Step<S, { readonly ok: true }> {
  if (state.mode === 'mock') {
    const expired = expireMock(state, now);
    if (expired.status === 'finished')
      return { state: expired as S, result: endedRefusal(expired) };
  }
  if (state.status === 'finished') return { state, result: refuse('finished') };
  return {
    state: { ...state, status: 'finished', finishedAt: now, finishReason: 'stopped' },
    result: { ok: true },
  };
}

/**
 * Applies the passage of time: a mock whose time is over is submitted (as of
 * its end). Call it from a timer; returns the same object when nothing changed.
 */
export function tick<S extends QuizState>(state: S, now: number): S {
  return state.mode === 'mock' ? (expireMock(state, now) as S) : state;
}
