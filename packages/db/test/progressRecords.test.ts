import { expect, it } from 'vitest';
import {
  addScoreReport,
  deleteScoreReport,
  dueReviewCards,
  getReviewCards,
  listScoreReports,
  listStudyDays,
  recordStudyActivity,
  upsertReviewCard,
  upsertReviewCards,
} from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { discordLearner } from './support/fixtures.js';

const at = (iso: string) => new Date(iso);

describeEachDriver('score reports, review cards and study days', (ctx) => {
  it('keeps score reports with their per-domain percentages, latest first', async () => {
    const ada = await discordLearner(ctx.db);
    const first = await addScoreReport(ctx.db, {
      learnerId: ada.id,
      examRef: 'AI-102@2024-06',
      takenOn: '2026-05-01',
      totalScore: 640,
      maxScore: 1000,
      domains: { nlp: 55, 'computer-vision': 80 },
    });
    expect(first).toMatchObject({ totalScore: 640, domains: { nlp: 55, 'computer-vision': 80 } });
    await addScoreReport(ctx.db, {
      learnerId: ada.id,
      examRef: 'AI-102@2024-06',
      takenOn: '2026-06-01',
      totalScore: 780,
      maxScore: 1000,
      domains: { nlp: 82 },
    });
    const reports = await listScoreReports(ctx.db, { learnerId: ada.id });
    expect(reports.map((report) => [report.takenOn, report.totalScore, report.domains])).toEqual([
      ['2026-06-01', 780, { nlp: 82 }],
      ['2026-05-01', 640, { nlp: 55, 'computer-vision': 80 }],
    ]);
    expect(
      await listScoreReports(ctx.db, { learnerId: ada.id, examRef: 'AI-103@2026-04' }),
    ).toEqual([]);
  });

  it('refuses percentages outside 0..100 and a total above the scale, storing nothing', async () => {
    const ada = await discordLearner(ctx.db);
    const base = {
      learnerId: ada.id,
      examRef: 'AI-102@2024-06',
      takenOn: '2026-05-01',
      maxScore: 1000,
    };
    await expect(
      addScoreReport(ctx.db, { ...base, totalScore: 700, domains: { nlp: 101 } }),
    ).rejects.toMatchObject({
      constraint: 'score_report_domains_percent_range',
    });
    await expect(
      addScoreReport(ctx.db, { ...base, totalScore: 1001, domains: {} }),
    ).rejects.toMatchObject({
      constraint: 'score_reports_total_in_range',
    });
    expect(await listScoreReports(ctx.db, { learnerId: ada.id })).toEqual([]);
  });

  it('deletes only the learner’s own score report', async () => {
    const ada = await discordLearner(ctx.db);
    const eve = await discordLearner(ctx.db);
    const report = await addScoreReport(ctx.db, {
      learnerId: ada.id,
      examRef: 'AI-102@2024-06',
      takenOn: '2026-05-01',
      totalScore: 700,
      maxScore: 1000,
      domains: { nlp: 70 },
    });
    expect(await deleteScoreReport(ctx.db, { learnerId: eve.id, reportId: report.id })).toBe(false);
    expect(await deleteScoreReport(ctx.db, { learnerId: ada.id, reportId: report.id })).toBe(true);
    expect(await listScoreReports(ctx.db, { learnerId: ada.id })).toEqual([]);
  });

  it('keeps one review card per learner and question, and lists those due', async () => {
    const ada = await discordLearner(ctx.db);
    const card = (stability: number) => ({ stability, difficulty: 5, reps: 1, state: 2 });
    await upsertReviewCards(ctx.db, [
      {
        learnerId: ada.id,
        questionId: 'q1',
        bank: 'AI-103@2026-04',
        card: card(1),
        due: at('2026-06-01T00:00:00Z'),
      },
      {
        learnerId: ada.id,
        questionId: 'q2',
        bank: 'AI-103@2026-04',
        card: card(2),
        due: at('2026-06-05T00:00:00Z'),
      },
      {
        learnerId: ada.id,
        questionId: 'q3',
        bank: 'AI-102@2024-06',
        card: card(3),
        due: at('2026-05-01T00:00:00Z'),
      },
    ]);
    await upsertReviewCard(ctx.db, {
      learnerId: ada.id,
      questionId: 'q1',
      bank: 'AI-103@2026-04',
      card: card(9),
      due: at('2026-07-01T00:00:00Z'),
    });
    const now = at('2026-06-10T00:00:00Z');
    expect(
      (await dueReviewCards(ctx.db, { learnerId: ada.id, now })).map((c) => c.questionId),
    ).toEqual(['q3', 'q2']);
    expect(
      (await dueReviewCards(ctx.db, { learnerId: ada.id, now, bank: 'AI-103@2026-04' })).map(
        (c) => c.questionId,
      ),
    ).toEqual(['q2']);
    expect(await dueReviewCards(ctx.db, { learnerId: ada.id, now, limit: 1 })).toHaveLength(1);
    const [q1] = await getReviewCards(ctx.db, {
      learnerId: ada.id,
      questionIds: ['q1', 'unknown'],
    });
    expect(q1).toMatchObject({ card: card(9), due: at('2026-07-01T00:00:00Z') });
    expect(await getReviewCards(ctx.db, { learnerId: ada.id, questionIds: [] })).toEqual([]);
  });

  it('adds up a learner’s activity per local day for streaks', async () => {
    const ada = await discordLearner(ctx.db);
    await recordStudyActivity(ctx.db, {
      learnerId: ada.id,
      localDate: '2026-06-09',
      minutes: 30,
      tasksDone: 1,
    });
    await recordStudyActivity(ctx.db, {
      learnerId: ada.id,
      localDate: '2026-06-10',
      questionsAnswered: 10,
    });
    const day = await recordStudyActivity(ctx.db, {
      learnerId: ada.id,
      localDate: '2026-06-10',
      minutes: 15,
      tasksDone: 1,
      questionsAnswered: 5,
    });
    expect(day).toMatchObject({ minutes: 15, tasksDone: 1, questionsAnswered: 15 });
    const days = await listStudyDays(ctx.db, { learnerId: ada.id });
    expect(days.map((d) => [d.localDate, d.minutes, d.tasksDone])).toEqual([
      ['2026-06-10', 15, 1],
      ['2026-06-09', 30, 1],
    ]);
    expect((await listStudyDays(ctx.db, { learnerId: ada.id, from: '2026-06-10' })).length).toBe(1);
    expect((await listStudyDays(ctx.db, { learnerId: ada.id, to: '2026-06-09' })).length).toBe(1);
    await expect(
      recordStudyActivity(ctx.db, { learnerId: ada.id, localDate: '2026-06-11', minutes: -5 }),
    ).rejects.toMatchObject({ constraint: 'study_days_counts_nonnegative' });
  });
});
