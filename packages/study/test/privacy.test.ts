import {
  answerHistory,
  getQuiz,
  listPlans,
  listQuestionReports,
  listReminderDeliveries,
  listScoreReports,
  listStudyDays,
} from '@certpace/db';
import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  advanceQuiz,
  answerQuestion,
  claimReminders,
  createPlan,
  deleteLearnerData,
  exportLearnerData,
  finishQuiz,
  getLeaderboard,
  getProgress,
  getToday,
  markTask,
  recordScoreReport,
  reportQuestion,
  setPrivacy,
  setReminder,
  startQuiz,
} from '../src/index.js';
import { answerKey, discordLearner, failure, testDeps } from './support/fixtures.js';

const key = answerKey('AI-103@2026-04');

describeEachDriver('privacy', (ctx) => {
  it('exports everything stored about a learner, and deleting leaves nothing of them', async () => {
    const deps = testDeps(ctx.db, '2027-02-01T05:00:00Z');
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const { todayTasks } = await createPlan(deps, ada, {
      examDate: '2027-03-15',
      minutes: 60,
      timezone: 'UTC',
    });
    await markTask(deps, ada, { taskId: todayTasks[0]!.taskId, status: 'done' });
    await setReminder(deps, ada, { time: '06:00' });
    deps.clock.set('2027-02-01T06:01:00Z');
    expect(await claimReminders(deps)).toHaveLength(1);
    await recordScoreReport(deps, ada, { total: 650, domains: { 'plan-manage': 60 } });
    const practice = await startQuiz(deps, ada, { mode: 'practice', count: 1 });
    const questionId = practice.quiz.question!.id;
    await answerQuestion(deps, ada, {
      quizId: practice.quiz.quizId,
      choices: key.wrong(questionId),
    });
    await finishQuiz(deps, ada, { quizId: practice.quiz.quizId });
    await reportQuestion(deps, ada, {
      questionId,
      reason: 'unclear',
      note: 'Two choices look right',
      quizId: practice.quiz.quizId,
    });
    const group = await startQuiz(deps, bob, {
      mode: 'group',
      count: 1,
      guildId: 'g',
      channelId: 'c',
    });
    await answerQuestion(deps, ada, {
      quizId: group.quiz.quizId,
      choices: key.right(group.quiz.question!.id),
    });
    await answerQuestion(deps, bob, {
      quizId: group.quiz.quizId,
      choices: key.right(group.quiz.question!.id),
    });
    deps.clock.advance(60_000);
    await advanceQuiz(deps, null, { quizId: group.quiz.quizId });

    const data = await exportLearnerData(deps, ada);
    expect(data).toMatchObject({
      format: 'certpace-export',
      version: 1,
      learner: { id: ada.id, displayName: 'Ada' },
    });
    const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
    expect(count(data.plans)).toBe(1);
    expect(count(data.planTasks)).toBeGreaterThan(10);
    expect(count(data.quizzes)).toBe(1);
    expect(count(data.quizAnswers)).toBe(2);
    expect(count(data.scoreReports)).toBe(1);
    expect(count(data.scoreReportDomains)).toBe(1);
    expect(count(data.reviewCards)).toBe(2);
    expect(count(data.questionReports)).toBe(1);
    expect(count(data.reminderDeliveries)).toBe(1);
    expect(count(data.studyDays)).toBe(1);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);

    expect(await deleteLearnerData(deps, ada)).toEqual({ deleted: true });
    expect((await failure(exportLearnerData(deps, ada))).code).toBe('learner-not-found');
    expect((await failure(getToday(deps, ada))).code).toBe('learner-not-found');
    expect(
      await listPlans(ctx.db, { learnerId: ada.id, statuses: ['active', 'paused', 'archived'] }),
    ).toEqual([]);
    expect(await answerHistory(ctx.db, { learnerId: ada.id })).toEqual([]);
    expect(await listScoreReports(ctx.db, { learnerId: ada.id })).toEqual([]);
    expect(await listStudyDays(ctx.db, { learnerId: ada.id })).toEqual([]);
    expect(await listReminderDeliveries(ctx.db, ada.id)).toEqual([]);
    expect(await listQuestionReports(ctx.db, { questionId })).toEqual([]);
    expect(await getQuiz(ctx.db, practice.quiz.quizId)).toBeNull();
    // The group quiz stays for Bob, with no trace of Ada.
    const groupRow = await getQuiz(ctx.db, group.quiz.quizId);
    expect(JSON.stringify(groupRow)).not.toContain(ada.id);
    expect(
      (await getLeaderboard(deps, { guildId: 'g', period: 'all' })).entries.map(
        (e) => e.displayName,
      ),
    ).toEqual(['Bob']);
    expect(await deleteLearnerData(deps, ada)).toEqual({ deleted: false });
  });

  it('shows progress to others only when the learner allows it', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const hidden = await failure(getProgress(deps, bob, { of: ada }));
    expect(hidden).toMatchObject({ code: 'progress-private' });
    expect(hidden.message).toContain('Ada');
    expect(await setPrivacy(deps, ada, { shareProgress: true })).toEqual({
      showOnLeaderboard: true,
      shareProgress: true,
    });
    expect((await getProgress(deps, bob, { of: ada })).learner.displayName).toBe('Ada');
  });
});
