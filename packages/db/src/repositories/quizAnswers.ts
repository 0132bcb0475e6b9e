import { and, eq, sql } from 'drizzle-orm';
import { repository, violatedConstraint } from '../database/mapError.js';
import { rowsOf } from '../database/migrations.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type QuizAnswerRow, quizAnswers, quizzes } from '../schema/quizzes.js';

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

export type GroupAnswerRecording =
  | { readonly recorded: true }
  /**
   * `already-answered`: the learner's answer to that question is in (a double
   * click, a retry); `quiz-changed`: the quiz is no longer at `expectedRevision`
   * (the question closed, the quiz ended): judge the answer again;
   * `unknown-learner`: there is no such learner (they deleted their data).
   */
  | {
      readonly recorded: false;
      readonly reason: 'already-answered' | 'quiz-changed' | 'unknown-learner';
    };

/**
 * Records a group answer the moment it is given, as its own row, if the quiz
 * is still running at `expectedRevision` (the state the answer was judged
 * against). The quiz row is share-locked for the insert, so many answers go
 * in side by side while a writer that changes the quiz (the reveal, under
 * `lockQuiz`) waits for them and then sees every one; an answer that comes
 * after such a change finds a new revision and records nothing. The first
 * answer per learner and question counts.
 */
export const recordGroupAnswer = repository(
  async (
    executor: Executor,
    answer: NewAnswer & { readonly expectedRevision: number },
  ): Promise<GroupAnswerRecording> => {
    const db = drizzleOf(executor);
    const chosen =
      answer.chosen.length === 0
        ? sql`array[]::text[]`
        : sql`array[${sql.join(
            answer.chosen.map((c) => sql`${c}`),
            sql`, `,
          )}]::text[]`;
    let result: unknown;
    try {
      // One round trip that says which of the two guards held: the quiz at that
      // revision (`open`), and no answer of the learner's to that question yet.
      result = await db.execute(sql`
        with open_quiz as (
          select ${quizzes.id} as id from ${quizzes}
           where ${quizzes.id} = ${answer.quizId}::uuid
             and ${quizzes.status} = 'running'
             and ${quizzes.revision} = ${answer.expectedRevision}::integer
             for share
        ), inserted as (
          insert into ${quizAnswers} (quiz_id, learner_id, question_id, domain_id, chosen, correct, answered_at, latency_ms, points)
          select id, ${answer.learnerId}::uuid, ${answer.questionId}, ${answer.domainId}, ${chosen},
                 ${answer.correct}, ${answer.answeredAt.toISOString()}::timestamptz,
                 ${answer.latencyMs ?? null}::integer, ${answer.points ?? 0}::integer
            from open_quiz
          on conflict do nothing
          returning 1
        )
        select (select count(*) from open_quiz)::integer as open,
               (select count(*) from inserted)::integer as inserted`);
    } catch (error) {
      if (violatedConstraint(error) === 'quiz_answers_learner_id_learners_id_fk') {
        return { recorded: false, reason: 'unknown-learner' };
      }
      throw error;
    }
    const [counts] = rowsOf<{ open: number; inserted: number }>(result);
    if (Number(counts?.inserted) > 0) return { recorded: true };
    return {
      recorded: false,
      reason: Number(counts?.open) > 0 ? 'already-answered' : 'quiz-changed',
    };
  },
);

/** The answers of a quiz in the order they came, optionally one learner's or one question's. */
export const listQuizAnswers = repository(
  async (
    executor: Executor,
    input: { quizId: string; learnerId?: string; questionId?: string },
  ): Promise<QuizAnswer[]> => {
    return drizzleOf(executor)
      .select()
      .from(quizAnswers)
      .where(
        and(
          eq(quizAnswers.quizId, input.quizId),
          input.learnerId === undefined ? undefined : eq(quizAnswers.learnerId, input.learnerId),
          input.questionId === undefined ? undefined : eq(quizAnswers.questionId, input.questionId),
        ),
      )
      .orderBy(quizAnswers.answeredAt);
  },
);
