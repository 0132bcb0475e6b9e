import { groupPoints } from './points.js';
import { isCorrect, normaliseChoices, refuse } from './refusals.js';
import type { AnswerInput, GroupAnswer, GroupQuizState, Step } from './types.js';

/** What the answering participant learns at once (a front end may keep it private until the reveal). */
export interface GroupAnswerResult {
  readonly ok: true;
  readonly questionId: string;
  readonly correct: boolean;
  readonly points: number;
  readonly streak: number;
  readonly responseMs: number;
}

/**
 * Records a participant's answer to the open question. The first answer of
 * each participant counts; a second, a late one (at or after the deadline)
 * or one to a question that is not the open one is refused with its reason.
 */
export function answerGroup(
  state: GroupQuizState,
  input: AnswerInput,
  now: number,
): Step<GroupQuizState, GroupAnswerResult> {
  if (state.status === 'finished') return { state, result: refuse('finished') };
  const index = state.questions.findIndex((q) => q.id === input.questionId);
  if (index < 0) return { state, result: refuse('unknown-question') };
  if (index !== state.current) return { state, result: refuse('not-current') };
  const item = state.questions[index]!;
  if (state.answers.some((a) => a.question === index && a.participant === input.participant)) {
    return { state, result: refuse('already-answered') };
  }
  if (now >= state.deadline) return { state, result: refuse('late') };
  const choices = normaliseChoices(item, input.choices);
  if (!choices) return { state, result: refuse('invalid-choice') };

  const correct = isCorrect(item, choices);
  const previous = state.answers.find(
    (a) => a.question === index - 1 && a.participant === input.participant,
  );
  const streak = correct ? (previous?.correct ? previous.streak : 0) + 1 : 0;
  const responseMs = Math.max(0, now - state.openedAt);
  const points = groupPoints({
    correct,
    responseMs,
    windowMs: state.deadline - state.openedAt,
    streak,
  });
  const recorded: GroupAnswer = {
    participant: input.participant,
    question: index,
    choices,
    at: now,
    responseMs,
    correct,
    points,
    streak,
  };
  const participants = state.participants.includes(input.participant)
    ? state.participants
    : [...state.participants, input.participant];
  return {
    state: { ...state, participants, answers: [...state.answers, recorded] },
    result: { ok: true, questionId: item.id, correct, points, streak, responseMs },
  };
}
