import { createDatabase } from '@certpace/db';
import type { StudyDeps } from '@certpace/study';
import postgres from 'postgres';
import type { Benchmark } from '../harness/benchmark.js';
import { createScratchDatabase } from '../harness/postgres.js';
import { seededRandom } from '../harness/random.js';
import { percentile, perSecond } from '../harness/stats.js';
import { answerGroupQuizzes } from './groupIngest.js';
import { countAnswerRows, insertOneByOne, readAnswerRows } from './rawIngest.js';
import { replayAnswerSql } from './replayAnswerSql.js';
import { answerThroughStudy, startSittings } from './studyIngest.js';

const LEARNERS = 200;
const QUESTIONS = 50;
const ANSWERS = LEARNERS * QUESTIONS;
/** Group play: 20 channels × 10 questions × 50 members = the same 10,000 answers. */
const GROUP = { channels: 20, questionsPerQuiz: 10, membersPerChannel: 50 } as const;
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

    // Mock exams: each answer changes the learner's own quiz state (answers can be changed
    // until the exam is handed in); finishQuiz writes the rows.
    context.progress(`${LEARNERS} learners start a ${QUESTIONS}-question mock exam`);
    const sittings = await startSittings(deps, LEARNERS, QUESTIONS, (n) =>
      context.progress(`${n} mocks started`),
    );
    context.progress(
      `${ANSWERS} mock answers through answerQuestion, ${CONCURRENCY} learners at a time`,
    );
    const mock = await answerThroughStudy(deps, sittings, CONCURRENCY);
    const mockStored = await countAnswerRows(sql);
    if (mockStored !== ANSWERS || mock.refused > 0) {
      throw new Error(
        `${mockStored} mock answer rows stored and ${mock.refused} refused, of ${ANSWERS}`,
      );
    }
    context.progress(`the mock path's statements replayed raw, ${CONCURRENCY} at a time`);
    const replay = await replayAnswerSql(sql, CONCURRENCY);
    await sql`delete from quiz_answers`;

    // Group quizzes: each answer is stored as its own row when it is given.
    const learners = sittings.map((s) => s.learner);
    context.progress(
      `${ANSWERS} group answers through answerQuestion: ${GROUP.channels} channels, ${GROUP.membersPerChannel} members each, ${CONCURRENCY} clicks at a time`,
    );
    const group = await answerGroupQuizzes(deps, learners, { ...GROUP, concurrency: CONCURRENCY });
    const groupStored = await countAnswerRows(sql);
    if (group.answers !== ANSWERS || groupStored !== ANSWERS || group.refused > 0) {
      throw new Error(
        `${groupStored} group answer rows stored and ${group.refused} refused, of ${group.answers}`,
      );
    }

    const rows = await readAnswerRows(sql);
    context.progress('the group rows through raw postgres.js, one by one');
    const sequentialMs = await insertOneByOne(sql, rows, 1);
    context.progress(`the group rows through raw postgres.js, ${CONCURRENCY} at a time`);
    const concurrentMs = await insertOneByOne(sql, rows, CONCURRENCY);
    if ((await countAnswerRows(sql)) !== ANSWERS) throw new Error('raw inserts lost rows');

    const shared = { answers: ANSWERS, concurrency: CONCURRENCY, pool: POOL, driver: 'postgres' };
    const raw = {
      name: `raw postgres.js, one INSERT per row, ${CONCURRENCY} at a time`,
      value: perSecond(ANSWERS, concurrentMs),
      unit: 'rows/s',
    };
    const groupShape = { ...shared, ...GROUP };
    const groupRate = perSecond(ANSWERS, group.answerMs);
    context.emit({
      name: 'ingest.study_answer_rate',
      value: groupRate,
      unit: 'answers/s',
      reference: raw,
      context: {
        ...groupShape,
        what: 'group answers through answerQuestion, each stored as its quiz_answers row at once',
        revealSeconds: Math.round(group.revealMs) / 1000,
      },
    });
    context.emit({
      name: 'ingest.study_vs_raw',
      value: groupRate / raw.value,
      unit: 'fraction',
      reference: raw,
      target: { min: 0.5, why: 'at least half the raw insert rate' },
      context: { ...groupShape, studyAnswersPerSecond: Math.round(groupRate) },
    });
    context.emit({
      name: 'ingest.answer_latency_p50',
      value: percentile(group.latenciesMs, 50),
      unit: 'ms',
      context: groupShape,
    });
    context.emit({
      name: 'ingest.answer_latency_p99',
      value: percentile(group.latenciesMs, 99),
      unit: 'ms',
      target: { max: 300, why: 'a tenth of the 3-second interaction deadline' },
      context: groupShape,
    });
    context.emit({
      name: 'ingest.raw_one_by_one_rate',
      value: perSecond(ANSWERS, sequentialMs),
      unit: 'rows/s',
      reference: raw,
      context: { ...shared, concurrency: 1 },
    });

    const mockAnswered = perSecond(ANSWERS, mock.answerMs);
    const mockRecorded = perSecond(ANSWERS, mock.answerMs + mock.finishMs);
    const mockShape = { ...shared, learners: LEARNERS, questions: QUESTIONS };
    context.emit({
      name: 'ingest.mock_answer_rate',
      value: mockAnswered,
      unit: 'answers/s',
      reference: raw,
      context: {
        ...mockShape,
        what: 'mock answers through answerQuestion (saved in the quiz state)',
      },
    });
    context.emit({
      name: 'ingest.mock_recorded_rate',
      value: mockRecorded,
      unit: 'answers/s',
      reference: raw,
      context: {
        ...mockShape,
        what: 'mock answers, then finishQuiz writing the quiz_answers rows',
        finishSeconds: Math.round(mock.finishMs) / 1000,
      },
    });
    context.emit({
      name: 'ingest.mock_vs_raw',
      value: mockRecorded / raw.value,
      unit: 'fraction',
      reference: raw,
      context: { ...mockShape, studyAnswersPerSecond: Math.round(mockRecorded) },
    });
    context.emit({
      name: 'ingest.mock_same_sql_raw_rate',
      value: perSecond(replay.answers, replay.elapsedMs),
      unit: 'answers/s',
      reference: raw,
      context: {
        ...mockShape,
        what: 'per mock answer: select the quiz, then lock it and update its state under its revision in one transaction, sent raw',
      },
    });
    context.emit({
      name: 'ingest.mock_answer_latency_p99',
      value: percentile(mock.latenciesMs, 99),
      unit: 'ms',
      target: { max: 300, why: 'a tenth of the 3-second interaction deadline' },
      context: mockShape,
    });
  },
};
