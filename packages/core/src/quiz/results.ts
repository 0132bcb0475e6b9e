import { isCorrect } from './refusals.js';
import type { FinishReason, QuizMode, QuizState } from './types.js';

/** Correct against attempted. */
export interface Tally {
  readonly correct: number;
  readonly attempted: number;
}

export interface ParticipantResult {
  readonly participant: string;
  /** 1-based; equal points share a rank (group). Solo quizzes have one participant, rank 1. */
  readonly rank: number;
  /** Group points (0 in solo modes). */
  readonly points: number;
  readonly correct: number;
  /** Questions answered (a mock's unanswered questions are not attempted, but still count against `questions`). */
  readonly attempted: number;
  /** Questions in the quiz. */
  readonly questions: number;
  /** correct / attempted, 0 when nothing was attempted. */
  readonly accuracy: number;
  readonly perDomain: Readonly<Record<string, Tally>>;
  /** Longest run of correct answers to consecutive questions. */
  readonly bestStreak: number;
  /** Summed answer times (group and practice), a tie-breaker for the leaderboard. */
  readonly totalResponseMs: number;
}

export interface QuizResults {
  readonly mode: QuizMode;
  readonly exam: string;
  readonly finished: boolean;
  readonly finishReason?: FinishReason;
  readonly questionCount: number;
  /** Leaderboard order: points, then correct answers, then total answer time, then who answered first. */
  readonly participants: readonly ParticipantResult[];
  /** Every participant together, per domain id; `questions` = how many the quiz had there. */
  readonly perDomain: Readonly<Record<string, Tally & { readonly questions: number }>>;
}

interface Row {
  participant: string;
  question: number;
  correct: boolean;
  points: number;
  responseMs: number;
  at: number;
}

function rows(state: QuizState): Row[] {
  switch (state.mode) {
    case 'group':
      return state.answers.map((a) => ({ ...a }));
    case 'practice':
      return state.answers.map((a) => ({ ...a, participant: state.learner, points: 0 }));
    case 'mock':
      return state.answers.map((a) => {
        const correct = isCorrect(state.questions[a.question]!, a.choices);
        return {
          participant: state.learner,
          question: a.question,
          correct,
          points: 0,
          responseMs: 0,
          at: a.firstAt,
        };
      });
  }
}

/**
 * Scores a quiz (finished or not): per participant and per domain, correct
 * against attempted, in leaderboard order. Mock answers count as they stand.
 */
export function results(state: QuizState): QuizResults {
  const all = rows(state);
  const people = state.mode === 'group' ? [...state.participants] : [state.learner];
  const perDomainAll: Record<string, { correct: number; attempted: number; questions: number }> =
    {};
  for (const q of state.questions) {
    perDomainAll[q.domain] ??= { correct: 0, attempted: 0, questions: 0 };
    perDomainAll[q.domain]!.questions++;
  }
  const unranked = people.map((participant) => {
    const mine = all
      .filter((r) => r.participant === participant)
      .sort((a, b) => a.question - b.question);
    const perDomain: Record<string, { correct: number; attempted: number }> = {};
    let bestStreak = 0;
    let run = 0;
    let lastQuestion = -2;
    for (const r of mine) {
      const domain = state.questions[r.question]!.domain;
      perDomain[domain] ??= { correct: 0, attempted: 0 };
      perDomain[domain]!.attempted++;
      perDomainAll[domain]!.attempted++;
      if (r.correct) {
        perDomain[domain]!.correct++;
        perDomainAll[domain]!.correct++;
        run = r.question === lastQuestion + 1 ? run + 1 : 1;
        bestStreak = Math.max(bestStreak, run);
      } else {
        run = 0;
      }
      lastQuestion = r.question;
    }
    const correct = mine.filter((r) => r.correct).length;
    return {
      participant,
      points: mine.reduce((s, r) => s + r.points, 0),
      correct,
      attempted: mine.length,
      questions: state.questions.length,
      accuracy: mine.length > 0 ? correct / mine.length : 0,
      perDomain,
      bestStreak,
      totalResponseMs: mine.reduce((s, r) => s + r.responseMs, 0),
      firstAt: Math.min(...mine.map((r) => r.at)),
    };
  });
  unranked.sort(
    (a, b) =>
      b.points - a.points ||
      b.correct - a.correct ||
      a.totalResponseMs - b.totalResponseMs ||
      a.firstAt - b.firstAt,
  );
  const participants = unranked.map(({ firstAt: _firstAt, ...p }) => ({
    ...p,
    rank: unranked.findIndex((q) => q.points === p.points) + 1,
  }));
  return {
    mode: state.mode,
    exam: state.exam,
    finished: state.status === 'finished',
    ...(state.finishReason === undefined ? {} : { finishReason: state.finishReason }),
    questionCount: state.questions.length,
    participants,
    perDomain: perDomainAll,
  };
}
