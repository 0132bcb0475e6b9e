import type { BlueprintRef } from '../blueprint/types.js';
import type { Seed } from './random.js';

export type QuizMode = 'group' | 'practice' | 'mock';

/** Why a quiz ended: all questions played, the learner submitted, the time ran out, or it was stopped. */
export type FinishReason = 'completed' | 'submitted' | 'time-up' | 'stopped';

/**
 * A question as the quiz state keeps it: its id plus what scoring needs (the
 * domain and the answer key, copied when the quiz starts so an edit of the
 * bank mid-quiz changes nothing). Prompt, choices and explanation stay in the bank.
 */
export interface QuizItem {
  readonly id: string;
  readonly domain: string;
  readonly answer: readonly string[];
  /** How many choices the question has (ids a.. in order), to refuse impossible answers. */
  readonly choices: number;
}

interface QuizStateBase {
  /** Format version of this JSON state. */
  readonly v: 1;
  readonly exam: BlueprintRef;
  readonly seed?: Seed;
  readonly createdAt: number;
  readonly questions: readonly QuizItem[];
  readonly status: 'running' | 'finished';
  readonly finishedAt?: number;
  readonly finishReason?: FinishReason;
}

/** One participant's answer to one question in group play (only the first counts). */
export interface GroupAnswer {
  readonly participant: string;
  readonly question: number;
  readonly choices: readonly string[];
  readonly at: number;
  readonly responseMs: number;
  readonly correct: boolean;
  readonly points: number;
  /** Correct answers in a row, this one included (0 after a miss). */
  readonly streak: number;
}

/** A channel quiz: one question at a time with a deadline. */
export interface GroupQuizState extends QuizStateBase {
  readonly mode: 'group';
  readonly secondsPerQuestion: number;
  /** Index of the open (or last) question. */
  readonly current: number;
  readonly openedAt: number;
  readonly deadline: number;
  /** Everyone who answered, in the order they first did. */
  readonly participants: readonly string[];
  readonly answers: readonly GroupAnswer[];
}

export interface PracticeAnswer {
  readonly question: number;
  readonly choices: readonly string[];
  readonly at: number;
  readonly responseMs: number;
  readonly correct: boolean;
}

/** A solo quiz with feedback after each answer. */
export interface PracticeQuizState extends QuizStateBase {
  readonly mode: 'practice';
  readonly learner: string;
  readonly current: number;
  readonly openedAt: number;
  readonly answers: readonly PracticeAnswer[];
}

/** The learner's answer to one mock question: the latest choice counts. */
export interface MockAnswer {
  readonly question: number;
  readonly choices: readonly string[];
  /** When the question was first answered (pacing counts progress from this). */
  readonly firstAt: number;
  /** When the answer was last changed. */
  readonly at: number;
  /** How many times it was changed after the first answer. */
  readonly changes: number;
}

/** A timed solo mock exam: answers changeable, questions flaggable, until submit or time-up. */
export interface MockQuizState extends QuizStateBase {
  readonly mode: 'mock';
  readonly learner: string;
  readonly startedAt: number;
  readonly endsAt: number;
  /** Index of the question on screen. */
  readonly position: number;
  readonly answers: readonly MockAnswer[];
  /** Indexes of flagged questions, ascending. */
  readonly flags: readonly number[];
}

/** A quiz's whole state: plain JSON, small (ids, not question text), safe to store after every event. */
export type QuizState = GroupQuizState | PracticeQuizState | MockQuizState;

/** Why an action was refused: expected in play, so a value rather than an exception. */
export type RefusalReason =
  | 'finished'
  | 'time-up'
  | 'late'
  | 'not-current'
  | 'already-answered'
  | 'unknown-question'
  | 'invalid-choice'
  | 'not-participant'
  | 'wrong-mode';

export interface Refusal {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** A short sentence a front end may show as is. */
  readonly message: string;
}

/** What every action returns: the state to store (unchanged on most refusals) and the outcome. */
export interface Step<S extends QuizState, R> {
  readonly state: S;
  readonly result: R | Refusal;
}

/** An answer as a participant gives it: the question's id and the chosen choice ids. */
export interface AnswerInput {
  readonly participant: string;
  readonly questionId: string;
  readonly choices: readonly string[];
}
