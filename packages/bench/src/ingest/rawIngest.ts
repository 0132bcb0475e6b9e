import type postgres from 'postgres';
import { runPool } from '../harness/pool.js';
import { since } from '../harness/stats.js';

/** A quiz_answers row as the table holds it. */
export interface AnswerRow {
  readonly quiz_id: string;
  readonly learner_id: string;
  readonly question_id: string;
  readonly domain_id: string;
  readonly chosen: string[];
  readonly correct: boolean;
  readonly answered_at: Date;
  readonly latency_ms: number | null;
  readonly points: number;
}

export async function readAnswerRows(sql: postgres.Sql): Promise<AnswerRow[]> {
  return sql<AnswerRow[]>`
    select quiz_id, learner_id, question_id, domain_id, chosen, correct, answered_at, latency_ms, points
    from quiz_answers order by answered_at`;
}

export async function countAnswerRows(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from quiz_answers`;
  return row?.n ?? 0;
}

/**
 * The reference: the same rows inserted again with postgres.js, one INSERT
 * per row, `concurrency` at a time. Returns the wall time, ms.
 */
export async function insertOneByOne(
  sql: postgres.Sql,
  rows: readonly AnswerRow[],
  concurrency: number,
): Promise<number> {
  await sql`delete from quiz_answers`;
  const start = performance.now();
  await runPool(rows, concurrency, async (row) => {
    await sql`
      insert into quiz_answers
        (quiz_id, learner_id, question_id, domain_id, chosen, correct, answered_at, latency_ms, points)
      values
        (${row.quiz_id}, ${row.learner_id}, ${row.question_id}, ${row.domain_id},
         ${sql.array(row.chosen)}, ${row.correct}, ${row.answered_at}, ${row.latency_ms}, ${row.points})`;
  });
  return since(start);
}
