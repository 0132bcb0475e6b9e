import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import { rowsOf } from '../src/database/migrations.js';
import {
  addScoreReport,
  claimDueReminders,
  createPlan,
  createQuiz,
  type Database,
  deleteLearnerData,
  exportLearnerData,
  getQuiz,
  type Learner,
  listQuizAnswers,
  recordAnswer,
  recordStudyActivity,
  reportQuestion,
  setTaskStatus,
  upsertReviewCard,
} from '../src/index.js';
import * as schema from '../src/schema/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { discordLearner, learnerWithReminder, planInput, task } from './support/fixtures.js';

const now = new Date('2026-06-10T12:00:00Z');
const tables = (Object.values(schema) as unknown[]).flatMap((value) =>
  is(value, PgTable) ? [getTableName(value)] : [],
);

/** Rows, in any table, whose text mentions `needle` anywhere, JSON columns included. */
async function rowsMentioning(db: Database, needle: string): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const table of tables) {
    const result = await db.db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} as t where t::text like ${`%${needle}%`}`,
    );
    const n = rowsOf<{ n: number }>(result)[0]?.n ?? 0;
    if (n > 0) found[table] = n;
  }
  return found;
}

async function footprint(db: Database, learner: Learner, other: Learner) {
  const { plan } = await createPlan(db, planInput(learner.id, [task('t1', '2026-06-10')]));
  await setTaskStatus(db, {
    learnerId: learner.id,
    planId: plan.id,
    taskId: 't1',
    status: 'done',
    now,
  });
  const practice = await createQuiz(db, {
    mode: 'practice',
    examRef: 'AI-103@2026-04',
    ownerId: learner.id,
    state: { mine: true },
    seed: 1,
    now,
  });
  const group = await createQuiz(db, {
    mode: 'group',
    examRef: 'AI-103@2026-04',
    guildId: 'g',
    channelId: 'c',
    startedBy: learner.id,
    state: {},
    seed: 2,
    now,
  });
  const answer = { domainId: 'nlp', chosen: ['a'], correct: true, answeredAt: now, points: 10 };
  await recordAnswer(db, {
    ...answer,
    quizId: practice.id,
    learnerId: learner.id,
    questionId: 'q1',
  });
  await recordAnswer(db, { ...answer, quizId: group.id, learnerId: learner.id, questionId: 'q1' });
  await recordAnswer(db, { ...answer, quizId: group.id, learnerId: other.id, questionId: 'q1' });
  await addScoreReport(db, {
    learnerId: learner.id,
    examRef: 'AI-103@2026-04',
    takenOn: '2026-06-01',
    totalScore: 650,
    maxScore: 1000,
    domains: { nlp: 60 },
  });
  await upsertReviewCard(db, {
    learnerId: learner.id,
    questionId: 'q1',
    bank: 'AI-103@2026-04',
    card: { due: 'x' },
    due: now,
  });
  await reportQuestion(db, {
    learnerId: learner.id,
    questionId: 'q1',
    reason: 'unclear',
    note: 'hmm',
    quizId: group.id,
    now,
  });
  await recordStudyActivity(db, { learnerId: learner.id, localDate: '2026-06-10', minutes: 30 });
  await claimDueReminders(db, { now: new Date('2026-06-11T12:00:00Z') });
  return { plan, practice, group };
}

describeEachDriver('privacy export and delete', (ctx) => {
  it('exports everything about one learner as plain JSON', async () => {
    const ada = await learnerWithReminder(ctx.db, '08:00', 'UTC', now);
    const bob = await discordLearner(ctx.db);
    const { plan, practice, group } = await footprint(ctx.db, ada, bob);

    const exported = await exportLearnerData(ctx.db, { learnerId: ada.id, now });
    expect(exported).not.toBeNull();
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    expect(exported).toMatchObject({
      exportedAt: now.toISOString(),
      learner: {
        id: ada.id,
        discordUserId: ada.discordUserId,
        reminderTime: '08:00',
        createdAt: expect.any(String),
      },
      plans: [{ id: plan.id }],
      planTasks: [{ taskId: 't1', status: 'done', doneAt: now.toISOString() }],
      scoreReports: [{ totalScore: 650 }],
      scoreReportDomains: [{ domainId: 'nlp', percent: 60 }],
      reviewCards: [{ questionId: 'q1' }],
      questionReports: [{ note: 'hmm' }],
      reminderDeliveries: [{ localDate: '2026-06-11', status: 'claimed' }],
      studyDays: [{ localDate: '2026-06-10', minutes: 30 }],
    });
    const quizzes = (exported?.quizzes ?? []) as { id: string; state?: unknown }[];
    expect(quizzes.map((quiz) => quiz.id).sort()).toEqual([practice.id, group.id].sort());
    // Their own practice quiz in full; of the group quiz they started, not the state of everyone in it.
    expect(quizzes.find((quiz) => quiz.id === practice.id)?.state).toEqual({ mine: true });
    expect(quizzes.find((quiz) => quiz.id === group.id)).not.toHaveProperty('state');
    // Only their own answers, not the other participant's.
    expect(exported?.quizAnswers).toHaveLength(2);
    expect(JSON.stringify(exported)).not.toContain(bob.id);
    expect(
      await exportLearnerData(ctx.db, { learnerId: '00000000-0000-0000-0000-000000000000', now }),
    ).toBeNull();
  });

  it('deletes everything about one learner and leaves the others’ data alone', async () => {
    const ada = await learnerWithReminder(ctx.db, '08:00', 'UTC', now);
    const bob = await discordLearner(ctx.db);
    const { group } = await footprint(ctx.db, ada, bob);
    const adaDiscordId = ada.discordUserId ?? '';
    expect(Object.keys(await rowsMentioning(ctx.db, ada.id)).length).toBeGreaterThan(5);

    expect(await deleteLearnerData(ctx.db, ada.id)).toBe(true);

    expect(await rowsMentioning(ctx.db, ada.id)).toEqual({});
    expect(await rowsMentioning(ctx.db, adaDiscordId)).toEqual({});
    // The group quiz stays for the other participant, without its starter.
    expect(await getQuiz(ctx.db, group.id)).toMatchObject({ startedBy: null });
    expect(await listQuizAnswers(ctx.db, { quizId: group.id })).toMatchObject([
      { learnerId: bob.id },
    ]);
    expect(await deleteLearnerData(ctx.db, ada.id)).toBe(false);
  });
});
