import { createDatabase } from '@certpace/db';
import type { StudyDeps } from '@certpace/study';
import postgres from 'postgres';
import type { Benchmark } from '../harness/benchmark.js';
import { createScratchDatabase } from '../harness/postgres.js';
import { seededRandom } from '../harness/random.js';
import { percentile, perSecond } from '../harness/stats.js';
import { countAnswerRows, insertOneByOne, readAnswerRows } from './rawIngest.js';
import { replayAnswerSql } from './replayAnswerSql.js';
import { answerThroughStudy, startSittings } from './studyIngest.js';

const LEARNERS = 200;
const QUESTIONS = 50;
const ANSWERS = LEARNERS * QUESTIONS;
/** Interactions in flight at once, on the bot's default pool of 10 connections. */
const CONCURRENCY = 8;
const POOL = 10;

export const ingestBenchmark: Benchmark = {
  name: 'ingest',
  async run(context) {
    const scratch = await createScratchDatabase(context.serverUrl, 'ingest');
    context.cleanup.defer(() => scratch.drop());
    const database = await createDatabase({ url: scratch.url, env: {}, maxConnections: POOL });
    context.cleanup.defer(() => database.close());
    const sql = postgres(scratch.url, { max: POOL, onnotice: () => {} });
    context.cleanup.defer(() => sql.end({ timeout: 5 }));
    const deps: StudyDeps = { db: database, clock: () => new Date(), random: seededRandom(3) };

    context.progress(`${LEARNERS} learners start a ${QUESTIONS}-question mock exam`);
    const sittings = await startSittings(deps, LEARNERS, QUESTIONS, (n) =>
      context.progress(`${n} mocks started`),
    );
    context.progress(
      `${ANSWERS} answers through answerQuestion, ${CONCURRENCY} learners at a time`,
    );
    const study = await answerThroughStudy(deps, sittings, CONCURRENCY);
    const stored = await countAnswerRows(sql);
    if (stored !== ANSWERS || study.refused > 0) {
      throw new Error(`${stored} answer rows stored and ${study.refused} refused, of ${ANSWERS}`);
    }
    const rows = await readAnswerRows(sql);
    context.progress(`the study path's statements replayed raw, ${CONCURRENCY} at a time`);
    const replay = await replayAnswerSql(sql, CONCURRENCY);
    context.progress('the same rows through raw postgres.js, one by one');
    const sequentialMs = await insertOneByOne(sql, rows, 1);
    context.progress(`the same rows through raw postgres.js, ${CONCURRENCY} at a time`);
    const concurrentMs = await insertOneByOne(sql, rows, CONCURRENCY);
    if ((await countAnswerRows(sql)) !== ANSWERS) throw new Error('raw inserts lost rows');

    const shared = { answers: ANSWERS, concurrency: CONCURRENCY, pool: POOL, driver: 'postgres' };
    const raw = {
      name: `raw postgres.js, one INSERT per row, ${CONCURRENCY} at a time`,
      value: perSecond(ANSWERS, concurrentMs),
      unit: 'rows/s',
    };
    const answered = perSecond(ANSWERS, study.answerMs);
    const recorded = perSecond(ANSWERS, study.answerMs + study.finishMs);
    context.emit({
      name: 'ingest.study_answer_rate',
      value: answered,
      unit: 'answers/s',
      reference: raw,
      context: { ...shared, what: 'answerQuestion calls (saved in the quiz state)' },
    });
    context.emit({
      name: 'ingest.study_recorded_rate',
      value: recorded,
      unit: 'answers/s',
      reference: raw,
      context: {
        ...shared,
        what: 'answerQuestion, then finishQuiz writing the quiz_answers rows',
        finishSeconds: Math.round(study.finishMs) / 1000,
      },
    });
    context.emit({
      name: 'ingest.study_vs_raw',
      value: recorded / raw.value,
      unit: 'fraction',
      reference: raw,
      target: { min: 0.5, why: 'at least half the raw insert rate' },
      context: { ...shared, studyAnswersPerSecond: Math.round(recorded) },
    });
    context.emit({
      name: 'ingest.same_sql_raw_rate',
      value: perSecond(replay.answers, replay.elapsedMs),
      unit: 'answers/s',
      reference: raw,
      context: {
        ...shared,
        what: 'per answer: select learner, select quiz, update quiz state under its revision, sent raw',
      },
    });
    context.emit({
      name: 'ingest.raw_one_by_one_rate',
      value: perSecond(ANSWERS, sequentialMs),
      unit: 'rows/s',
      reference: raw,
      context: { ...shared, concurrency: 1 },
    });
    context.emit({
      name: 'ingest.answer_latency_p50',
      value: percentile(study.latenciesMs, 50),
      unit: 'ms',
      context: shared,
    });
    context.emit({
      name: 'ingest.answer_latency_p99',
      value: percentile(study.latenciesMs, 99),
      unit: 'ms',
      target: { max: 300, why: 'a tenth of the 3-second interaction deadline' },
      context: shared,
    });
  },
};
