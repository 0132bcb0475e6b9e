import { isCorrect } from './refusals.js';
import type { QuizState } from './types.js';

/** One line of a quiz's answer sheet. */
export interface AnswerSheetEntry {
  readonly index: number;
  readonly questionId: string;
  readonly domain: string;
  /** The participant's choices, absent when unanswered. */
  readonly chosen?: readonly string[];
  /** Mock only: flagged for review. */
  readonly flagged: boolean;
  /** The answer key and the verdict: absent while a mock is running (explanations only at the end). */
  readonly answer?: readonly string[];
  readonly correct?: boolean;
}

/**
 * One participant's sheet, question by question: during a mock, the review
 * screen (answered, unanswered, flagged) without the answers; after it, and
 * in the other modes, with the key and the verdict to show beside each
 * question's explanation.
 */
export function answerSheet(state: QuizState, participant?: string): AnswerSheetEntry[] {
  const who = participant ?? (state.mode === 'group' ? undefined : state.learner);
  return state.questions.map((item, index) => {
    let chosen: readonly string[] | undefined;
    if (state.mode === 'group') {
      chosen = state.answers.find((a) => a.question === index && a.participant === who)?.choices;
    } else if (who === state.learner) {
      chosen = state.answers.find((a) => a.question === index)?.choices;
    }
    // Keys stay hidden while they could still help: a running mock, the open group
    // question, and practice questions not yet answered.
    const hidden =
      state.status === 'running' &&
      (state.mode === 'mock' ||
        (state.mode === 'group' && index >= state.current) ||
        (state.mode === 'practice' && index >= state.current && chosen === undefined));
    return {
      index,
      questionId: item.id,
      domain: item.domain,
      ...(chosen ? { chosen } : {}),
      flagged: state.mode === 'mock' && state.flags.includes(index),
      ...(!hidden
        ? { answer: item.answer, correct: chosen ? isCorrect(item, chosen) : false }
        : {}),
    };
  });
}
