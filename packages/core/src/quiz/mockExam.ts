import { normaliseChoices, refuse } from './refusals.js';
import type { AnswerInput, MockAnswer, MockQuizState, Refusal, Step } from './types.js';

export interface MockAnswerResult {
  readonly ok: true;
  readonly questionId: string;
  /** True when this replaced an earlier answer to the same question. */
  readonly changed: boolean;
  readonly previous?: readonly string[];
  /** Questions answered so far. */
  readonly answered: number;
  readonly remainingMs: number;
}

export interface FlagResult {
  readonly ok: true;
  readonly questionId: string;
  readonly flagged: boolean;
  readonly flags: readonly string[];
}

export interface GoToResult {
  readonly ok: true;
  readonly position: number;
  readonly questionId: string;
  readonly answered?: readonly string[];
  readonly flagged: boolean;
}

/** A running mock whose time is over is submitted as of its end time. */
export function expireMock(state: MockQuizState, now: number): MockQuizState {
  if (state.status !== 'running' || now < state.endsAt) return state;
  return { ...state, status: 'finished', finishedAt: state.endsAt, finishReason: 'time-up' };
}

/**
 * Why an action on a mock that has ended is refused: `time-up` when its time
 * ran out, whether a timer's `tick` or this action closed it, so the learner
 * reads the same reason either way; otherwise `finished`.
 */
export function endedRefusal(state: MockQuizState): Refusal {
  return refuse(state.finishReason === 'time-up' ? 'time-up' : 'finished');
}

/** The common gate of every mock action: running, in time, and the learner's own. */
function gate(
  state: MockQuizState,
  participant: string,
  now: number,
): { state: MockQuizState; refusal?: Refusal } {
  if (state.status === 'finished') return { state, refusal: endedRefusal(state) };
  const expired = expireMock(state, now);
  if (expired !== state) return { state: expired, refusal: endedRefusal(expired) };
  if (participant !== state.learner) return { state, refusal: refuse('not-participant') };
  return { state };
}

/** Answers or re-answers any question; the latest answer counts. No feedback until the end. */
export function answerMock(
  state: MockQuizState,
  input: AnswerInput,
  now: number,
): Step<MockQuizState, MockAnswerResult> {
  const g = gate(state, input.participant, now);
  if (g.refusal) return { state: g.state, result: g.refusal };
  const index = state.questions.findIndex((q) => q.id === input.questionId);
  if (index < 0) return { state, result: refuse('unknown-question') };
  const choices = normaliseChoices(state.questions[index]!, input.choices);
  if (!choices) return { state, result: refuse('invalid-choice') };
  const before = state.answers.find((a) => a.question === index);
  const changed = before !== undefined && before.choices.join() !== choices.join();
  const recorded: MockAnswer = before
    ? { ...before, choices, at: now, changes: before.changes + (changed ? 1 : 0) }
    : { question: index, choices, firstAt: now, at: now, changes: 0 };
  const answers = before
    ? state.answers.map((a) => (a === before ? recorded : a))
    : [...state.answers, recorded];
  return {
    state: { ...state, position: index, answers },
    result: {
      ok: true,
      questionId: input.questionId,
      changed,
      ...(changed ? { previous: before.choices } : {}),
      answered: answers.length,
      remainingMs: state.endsAt - now,
    },
  };
}

/** Flags a question to come back to (or clears the flag with `flagged: false`). */
export function flagQuestion(
  state: MockQuizState,
  input: { readonly participant: string; readonly questionId: string; readonly flagged?: boolean },
  now: number,
): Step<MockQuizState, FlagResult> {
  const g = gate(state, input.participant, now);
  if (g.refusal) return { state: g.state, result: g.refusal };
  const index = state.questions.findIndex((q) => q.id === input.questionId);
  if (index < 0) return { state, result: refuse('unknown-question') };
  const flagged = input.flagged ?? true;
  const set = new Set(state.flags);
  if (flagged) set.add(index);
  else set.delete(index);
  const flags = [...set].sort((a, b) => a - b);
  return {
    state: { ...state, flags },
    result: {
      ok: true,
      questionId: input.questionId,
      flagged,
      flags: flags.map((i) => state.questions[i]!.id),
    },
  };
}

/** Moves to a question by index or id (next, previous, or back to a flagged one). */
export function goTo(
  state: MockQuizState,
  input: { readonly participant: string; readonly question: number | string },
  now: number,
): Step<MockQuizState, GoToResult> {
  const g = gate(state, input.participant, now);
  if (g.refusal) return { state: g.state, result: g.refusal };
  const index =
    typeof input.question === 'number'
      ? input.question
      : state.questions.findIndex((q) => q.id === input.question);
  const item = Number.isInteger(index) ? state.questions[index] : undefined;
  if (!item) return { state, result: refuse('unknown-question') };
  const answered = state.answers.find((a) => a.question === index)?.choices;
  return {
    state: { ...state, position: index },
    result: {
      ok: true,
      position: index,
      questionId: item.id,
      ...(answered ? { answered } : {}),
      flagged: state.flags.includes(index),
    },
  };
}

export interface SubmitResult {
  readonly ok: true;
  readonly answered: number;
  readonly unanswered: number;
}

/** Ends the mock now. After the time is up the exam has already been submitted: refused with `time-up`. */
export function submitMock(
  state: MockQuizState,
  input: { readonly participant: string },
  now: number,
): Step<MockQuizState, SubmitResult> {
  const g = gate(state, input.participant, now);
  if (g.refusal) return { state: g.state, result: g.refusal };
  return {
    state: { ...state, status: 'finished', finishedAt: now, finishReason: 'submitted' },
    result: {
      ok: true,
      answered: state.answers.length,
      unanswered: state.questions.length - state.answers.length,
    },
  };
}
