import { type AnswerSheetEntry, answerSheet, mockPacing, type PacingReport } from '@certpace/core';
import type { LoadedQuiz } from './loadQuiz.js';
import { questionAt } from './loadQuiz.js';
import type { QuestionView } from './questionViews.js';

/** A quiz as a front end renders it at any moment (after a restart too). */
export interface QuizView {
  readonly quizId: string;
  readonly mode: 'group' | 'practice' | 'mock';
  readonly examRef: string;
  readonly status: 'running' | 'finished' | 'cancelled';
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly messageId: string | null;
  /** The learner who started it (null once they deleted their data). */
  readonly startedBy: string | null;
  /** The learner a practice or mock quiz belongs to. */
  readonly ownerId: string | null;
  readonly startedAt: Date;
  /** Questions in the quiz. */
  readonly total: number;
  /** The open question (group, practice) or the one on screen (mock); null once finished. */
  readonly question: QuestionView | null;
  /** Group: when the open question closes. */
  readonly deadline: Date | null;
  readonly secondsPerQuestion: number | null;
  /** Mock: when time runs out, and how much is left now. */
  readonly endsAt: Date | null;
  readonly remainingMs: number | null;
  /** Group: answers to the open question; practice and mock: questions answered. */
  readonly answered: number;
  /** Practice: the open question is answered (show feedback and a Next button). */
  readonly currentAnswered: boolean;
  /** Group: everyone who has answered so far. */
  readonly participants: number;
  /** Mock: flagged question ids; the review screen (answered, unanswered, flagged) without answers. */
  readonly flagged: readonly string[];
  readonly sheet: readonly AnswerSheetEntry[] | null;
  /** Mock: how far ahead (+) or behind (−) the budget per question the learner is. */
  readonly pacing: PacingReport | null;
}

export function quizView(loaded: LoadedQuiz, now: Date): QuizView {
  const { row, state } = loaded;
  const running = row.status === 'running' && state.status === 'running';
  const base = {
    quizId: row.id,
    mode: state.mode,
    examRef: row.examRef,
    status: running
      ? ('running' as const)
      : row.status === 'cancelled'
        ? ('cancelled' as const)
        : ('finished' as const),
    guildId: row.guildId,
    channelId: row.channelId,
    messageId: row.messageId,
    startedBy: row.startedBy,
    ownerId: row.ownerId,
    startedAt: row.startedAt,
    total: state.questions.length,
  };
  switch (state.mode) {
    case 'group':
      return {
        ...base,
        question: running ? questionAt(loaded, state.current) : null,
        deadline: running ? new Date(state.deadline) : null,
        secondsPerQuestion: state.secondsPerQuestion,
        endsAt: null,
        remainingMs: null,
        answered: state.answers.filter((a) => a.question === state.current).length,
        currentAnswered: false,
        participants: state.participants.length,
        flagged: [],
        sheet: null,
        pacing: null,
      };
    case 'practice':
      return {
        ...base,
        question: running ? questionAt(loaded, state.current) : null,
        deadline: null,
        secondsPerQuestion: null,
        endsAt: null,
        remainingMs: null,
        answered: state.answers.length,
        currentAnswered: state.answers.some((a) => a.question === state.current),
        participants: 1,
        flagged: [],
        sheet: null,
        pacing: null,
      };
    case 'mock':
      return {
        ...base,
        question: running ? questionAt(loaded, state.position) : null,
        deadline: null,
        secondsPerQuestion: null,
        endsAt: new Date(state.endsAt),
        remainingMs: running ? Math.max(0, state.endsAt - now.getTime()) : 0,
        answered: state.answers.length,
        currentAnswered: state.answers.some((a) => a.question === state.position),
        participants: 1,
        flagged: state.flags.map((i) => state.questions[i]!.id),
        sheet: answerSheet(state),
        pacing: mockPacing(state, now.getTime()),
      };
  }
}
