import { expect, it } from 'vitest';
import {
  addScoreReport,
  deleteScoreReport,
  dueReviewCards,
  getReviewCards,
  listScoreReports,
  listStudyDays,
  recordStudyActivity,
  studyDayRuns,
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

  it('gives each learner’s runs of consecutive study days, skipping days without a done task or answer', async () => {
    const ada = await discordLearner(ctx.db, 'Ada');
    const bob = await discordLearner(ctx.db, 'Bob');
    const cy = await discordLearner(ctx.db, 'Cy');
    const studied = (learnerId: string, localDate: string, tasksDone = 1) =>
      recordStudyActivity(ctx.db, { learnerId, localDate, tasksDone });
    // Ada: 27 Feb to 2 Mar across a month end (2 days, then a gap), then 4 and 5 March.
    for (const date of ['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']) {
      await studied(ada.id, date);
    }
    await studied(ada.id, '2027-03-04');
    await recordStudyActivity(ctx.db, {
      learnerId: ada.id,
      localDate: '2027-03-05',
      questionsAnswered: 3,
    });
    // Minutes alone (a day with nothing done) do not join or make a run.
    await recordStudyActivity(ctx.db, { learnerId: ada.id, localDate: '2027-03-03', minutes: 20 });
    await studied(bob.id, '2027-03-05');
    await studied(cy.id, '2027-03-05');

    const runs = await studyDayRuns(ctx.db, { learnerIds: [ada.id, bob.id] });
    const mine = (id: string) =>
      runs.filter((r) => r.learnerId === id).map((r) => [r.first, r.last, r.days]);
    expect(mine(ada.id)).toEqual([
      ['2027-02-27', '2027-03-02', 4],
      ['2027-03-04', '2027-03-05', 2],
    ]);
    expect(mine(bob.id)).toEqual([['2027-03-05', '2027-03-05', 1]]);
    expect(mine(cy.id)).toEqual([]);

    const untilThe4th = await studyDayRuns(ctx.db, { learnerIds: [ada.id], to: '2027-03-04' });
    expect(untilThe4th.map((r) => [r.first, r.last, r.days])).toEqual([
      ['2027-02-27', '2027-03-02', 4],
      ['2027-03-04', '2027-03-04', 1],
    ]);
    expect(await studyDayRuns(ctx.db, { learnerIds: [] })).toEqual([]);
  });
});
