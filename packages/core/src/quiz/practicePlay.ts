import { isCorrect, normaliseChoices, refuse } from './refusals.js';
import type { AnswerInput, PracticeQuizState, Step } from './types.js';

/** Feedback after a practice answer: show it with the question's explanation from the bank. */
export interface PracticeAnswerResult {
  readonly ok: true;
  readonly questionId: string;
  readonly correct: boolean;
  /** The correct choice ids. */
  readonly answer: readonly string[];
  readonly chosen: readonly string[];
  readonly responseMs: number;
  /** True when this was the last question: `advance` will finish the quiz. */
  readonly last: boolean;
}

/** Records the learner's answer to the open question and tells them at once whether it was right. */
export function answerPractice(
  state: PracticeQuizState,
  input: AnswerInput,
  now: number,
): Step<PracticeQuizState, PracticeAnswerResult> {
  if (state.status === 'finished') return { state, result: refuse('finished') };
  if (input.participant !== state.learner) return { state, result: refuse('not-participant') };
  const index = state.questions.findIndex((q) => q.id === input.questionId);
  if (index < 0) return { state, result: refuse('unknown-question') };
  if (index !== state.current) return { state, result: refuse('not-current') };
  if (state.answers.some((a) => a.question === index)) {
    return { state, result: refuse('already-answered') };
  }
  const item = state.questions[index]!;
  const choices = normaliseChoices(item, input.choices);
  if (!choices) return { state, result: refuse('invalid-choice') };
  const correct = isCorrect(item, choices);
  const responseMs = Math.max(0, now - state.openedAt);
  return {
    state: {
      ...state,
      answers: [...state.answers, { question: index, choices, at: now, responseMs, correct }],
    },
    result: {
      ok: true,
      questionId: item.id,
      correct,
      answer: item.answer,
      chosen: choices,
      responseMs,
      last: index === state.questions.length - 1,
    },
  };
}
