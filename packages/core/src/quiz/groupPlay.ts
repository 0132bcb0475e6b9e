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

/** Correct answers in a row to consecutive questions, this one included; 0 after a miss. */
function streakOf(
  answers: readonly GroupAnswer[],
  participant: string,
  question: number,
  correct: boolean,
): number {
  if (!correct) return 0;
  const previous = answers.find(
    (a) => a.question === question - 1 && a.participant === participant,
  );
  return (previous?.correct ? previous.streak : 0) + 1;
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
  const streak = streakOf(state.answers, input.participant, index, correct);
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

/**
 * A group answer judged by `answer` and kept outside the state (a database
 * row written at click time, so a burst of clicks never queues behind one
 * state): what `foldGroupAnswers` takes back in.
 */
export interface RecordedGroupAnswer {
  readonly participant: string;
  readonly questionId: string;
  readonly choices: readonly string[];
  readonly at: number;
  readonly responseMs: number;
  readonly correct: boolean;
  readonly points: number;
}

/**
 * Adds answers recorded outside the state to it, as if `answer` had applied
 * each one: in the order they were given, the first per participant and
 * question, each participant's streak worked out again from their answer to
 * the question before. Answers already in the state, to questions the quiz
 * does not have, or to a question not yet opened are left out. Returns the
 * same object when there is nothing to add.
 */
export function foldGroupAnswers(
  state: GroupQuizState,
  recorded: readonly RecordedGroupAnswer[],
): GroupQuizState {
  const indexOf = new Map(state.questions.map((q, i) => [q.id, i]));
  const seen = new Set(state.answers.map((a) => `${a.question}\u0000${a.participant}`));
  const ordered = [...recorded].sort(
    (a, b) =>
      a.at - b.at || (a.participant < b.participant ? -1 : a.participant > b.participant ? 1 : 0),
  );
  const answers = [...state.answers];
  const participants = [...state.participants];
  for (const r of ordered) {
    const question = indexOf.get(r.questionId);
    if (question === undefined || question > state.current) continue;
    const key = `${question}\u0000${r.participant}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const streak = streakOf(answers, r.participant, question, r.correct);
    answers.push({
      participant: r.participant,
      question,
      choices: [...r.choices],
      at: r.at,
      responseMs: r.responseMs,
      correct: r.correct,
      points: r.points,
      streak,
    });
    if (!participants.includes(r.participant)) participants.push(r.participant);
  }
  return answers.length === state.answers.length ? state : { ...state, participants, answers };
}
