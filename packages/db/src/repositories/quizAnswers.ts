import { and, eq } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type QuizAnswerRow, quizAnswers } from '../schema/quizzes.js';

export type QuizAnswer = QuizAnswerRow;

export interface NewAnswer {
  readonly quizId: string;
  readonly learnerId: string;
  readonly questionId: string;
  readonly domainId: string;
  readonly chosen: readonly string[];
  readonly correct: boolean;
  readonly answeredAt: Date;
  readonly latencyMs?: number | null;
  readonly points?: number;
}

function answerRow(answer: NewAnswer) {
  return {
    quizId: answer.quizId,
    learnerId: answer.learnerId,
    questionId: answer.questionId,
    domainId: answer.domainId,
    chosen: [...answer.chosen],
    correct: answer.correct,
    answeredAt: answer.answeredAt,
    latencyMs: answer.latencyMs ?? null,
    points: answer.points ?? 0,
  };
}

/**
 * Records a learner's answer to a question of a quiz, once: a second answer
 * to the same question (a double click, a retry, a second process) is ignored
 * and `recorded` is false. The first answer is the one that counts.
 */
export const recordAnswer = repository(
  async (executor: Executor, answer: NewAnswer): Promise<{ recorded: boolean }> => {
    const inserted = await drizzleOf(executor)
      .insert(quizAnswers)
      .values(answerRow(answer))
      .onConflictDoNothing()
      .returning({ quizId: quizAnswers.quizId });
    return { recorded: inserted.length > 0 };
  },
);

/** Records several answers at once (a submitted mock exam); returns how many were new. */
export const recordAnswers = repository(
  async (executor: Executor, answers: readonly NewAnswer[]): Promise<number> => {
    if (answers.length === 0) return 0;
    const inserted = await drizzleOf(executor)
      .insert(quizAnswers)
      .values(answers.map(answerRow))
      .onConflictDoNothing()
      .returning({ quizId: quizAnswers.quizId });
    return inserted.length;
  },
);

/** The answers of a quiz in the order they came, optionally one learner's. */
export const listQuizAnswers = repository(
  async (
    executor: Executor,
    input: { quizId: string; learnerId?: string },
  ): Promise<QuizAnswer[]> => {
    return drizzleOf(executor)
      .select()
      .from(quizAnswers)
      .where(
        and(
          eq(quizAnswers.quizId, input.quizId),
          input.learnerId === undefined ? undefined : eq(quizAnswers.learnerId, input.learnerId),
        ),
      )
      .orderBy(quizAnswers.answeredAt);
  },
);
