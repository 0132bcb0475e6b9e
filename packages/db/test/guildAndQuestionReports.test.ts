import { expect, it } from 'vitest';
import {
  createQuiz,
  getGuildSettings,
  InvalidTimeZoneError,
  listQuestionReports,
  reportQuestion,
  resolveQuestionReport,
  setGuildSettings,
} from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { discordLearner } from './support/fixtures.js';

const now = new Date('2026-06-10T12:00:00Z');

describeEachDriver('guild settings and question reports', (ctx) => {
  it('creates a guild’s settings on first change and changes only what is given', async () => {
    expect(await getGuildSettings(ctx.db, 'guild-1')).toBeNull();
    await setGuildSettings(ctx.db, 'guild-1', {
      quizChannelId: 'quiz-channel',
      timezone: 'Europe/Berlin',
    });
    const updated = await setGuildSettings(ctx.db, 'guild-1', {
      secondsPerQuestion: 45,
      defaultExamRef: 'AI-103@2026-04',
    });
    expect(updated).toMatchObject({
      guildId: 'guild-1',
      quizChannelId: 'quiz-channel',
      timezone: 'Europe/Berlin',
      secondsPerQuestion: 45,
      defaultExamRef: 'AI-103@2026-04',
    });
    const cleared = await setGuildSettings(ctx.db, 'guild-1', { quizChannelId: null });
    expect(cleared).toMatchObject({ quizChannelId: null, timezone: 'Europe/Berlin' });
    expect(await setGuildSettings(ctx.db, 'guild-2', {})).toMatchObject({
      guildId: 'guild-2',
      timezone: null,
    });
    expect(await getGuildSettings(ctx.db, 'guild-1')).toMatchObject({ secondsPerQuestion: 45 });
  });

  it('refuses an unknown timezone and seconds per question outside 5..600', async () => {
    await expect(
      setGuildSettings(ctx.db, 'guild-1', { timezone: 'Atlantis/Capital' }),
    ).rejects.toThrow(InvalidTimeZoneError);
    await expect(
      setGuildSettings(ctx.db, 'guild-1', { secondsPerQuestion: 2 }),
    ).rejects.toMatchObject({
      constraint: 'guild_settings_seconds_per_question_range',
    });
    expect(await getGuildSettings(ctx.db, 'guild-1')).toBeNull();
  });

  it('keeps reports of wrong or unclear questions until they are resolved', async () => {
    const ada = await discordLearner(ctx.db);
    const quiz = await createQuiz(ctx.db, {
      mode: 'practice',
      examRef: 'AI-103@2026-04',
      ownerId: ada.id,
      state: {},
      seed: 1,
      now,
    });
    const report = await reportQuestion(ctx.db, {
      learnerId: ada.id,
      questionId: 'nlp-007',
      reason: 'wrong-answer',
      note: `  ${'x'.repeat(1500)}  `,
      bank: 'AI-103@2026-04',
      quizId: quiz.id,
      now,
    });
    expect(report).toMatchObject({
      status: 'open',
      reason: 'wrong-answer',
      quizId: quiz.id,
      createdAt: now,
    });
    expect(report.note).toHaveLength(1000);
    await reportQuestion(ctx.db, {
      learnerId: ada.id,
      questionId: 'cv-001',
      reason: 'unclear',
      note: ' ',
      now,
    });
    expect((await listQuestionReports(ctx.db, { questionId: 'cv-001' }))[0]?.note).toBeNull();
    expect(await listQuestionReports(ctx.db)).toHaveLength(2);

    const resolved = await resolveQuestionReport(ctx.db, { reportId: report.id, now });
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: now });
    expect(await resolveQuestionReport(ctx.db, { reportId: report.id, now })).toBeNull();
    expect(
      (await listQuestionReports(ctx.db, { status: 'open' })).map((r) => r.questionId),
    ).toEqual(['cv-001']);
  });
});
