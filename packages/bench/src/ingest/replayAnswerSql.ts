import type postgres from 'postgres';
import { runPool } from '../harness/pool.js';
import { since } from '../harness/stats.js';

interface StoredQuiz {
  readonly id: string;
  readonly state: { readonly answers: readonly unknown[] } & Record<string, unknown>;
}

/**
 * A diagnostic reference: the statements the study path sends for one mock
 * answer (read the quiz, then in one transaction lock it and save its state
 * under its revision), sent raw with postgres.js at the same concurrency, each save carrying the
 * state as it stood after that answer. The gap between this and the study
 * rate is the code around the SQL; the gap between this and one INSERT per
 * row is the shape of the writes. Returns the wall time, ms, and the answers.
 */
export async function replayAnswerSql(
  sql: postgres.Sql,
  concurrency: number,
): Promise<{ elapsedMs: number; answers: number }> {
  const quizzes = await sql<StoredQuiz[]>`select id, state from quizzes`;
  await sql`update quizzes set status = 'running', finished_at = null, revision = 1`;
  let answers = 0;
  const start = performance.now();
  await runPool(quizzes, concurrency, async (quiz) => {
    const total = quiz.state.answers.length;
    for (let i = 1; i <= total; i++) {
      const state = { ...quiz.state, answers: quiz.state.answers.slice(0, i) };
      await sql`select * from quizzes where id = ${quiz.id}`;
      const saved = await sql.begin(async (tx) => {
        await tx`select * from quizzes where id = ${quiz.id} for update`;
        return tx`
          update quizzes set state = ${sql.json(state as postgres.JSONValue)},
            revision = revision + 1, updated_at = now()
          where id = ${quiz.id} and status = 'running' and revision = ${i}
          returning *`;
      });
      if (saved.length !== 1)
        throw new Error(`replayed save ${i} of quiz ${quiz.id} matched nothing`);
      answers += 1;
    }
  });
  return { elapsedMs: since(start), answers };
}
