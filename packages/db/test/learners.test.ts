import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  DatabaseConstraintError,
  disableReminder,
  findLearnerByDiscordId,
  findLearnerByLocalKey,
  getLearner,
  InvalidLocalTimeError,
  InvalidTimeZoneError,
  learners,
  setLearnerTimezone,
  setPrivacyChoices,
  setReminder,
  upsertDiscordLearner,
  upsertLocalLearner,
  withTransaction,
} from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';

const now = new Date('2026-06-10T12:00:00Z');

describeEachDriver('learners', (ctx) => {
  it('creates one learner per Discord user and keeps their display name current', async () => {
    const first = await upsertDiscordLearner(ctx.db, { discordUserId: '111', displayName: 'Ada' });
    const same = await upsertDiscordLearner(ctx.db, { discordUserId: '111', displayName: 'Ada' });
    const renamed = await upsertDiscordLearner(ctx.db, {
      discordUserId: '111',
      displayName: 'Ada L.',
    });
    expect(same.id).toBe(first.id);
    expect(renamed).toMatchObject({ id: first.id, displayName: 'Ada L.' });
    expect(await findLearnerByDiscordId(ctx.db, '111')).toMatchObject({ displayName: 'Ada L.' });
    expect(await findLearnerByDiscordId(ctx.db, '222')).toBeNull();
  });

  it('creates a local terminal learner, separate from Discord users', async () => {
    const local = await upsertLocalLearner(ctx.db, { localUserKey: 'ada', displayName: '  ' });
    // A blank name falls back to the key, so every learner has something to show.
    expect(local).toMatchObject({ localUserKey: 'ada', discordUserId: null, displayName: 'ada' });
    expect((await findLearnerByLocalKey(ctx.db, 'ada'))?.id).toBe(local.id);
    expect((await getLearner(ctx.db, local.id))?.id).toBe(local.id);
  });

  it('starts private: on leaderboards, progress not shared, no reminder', async () => {
    const learner = await upsertDiscordLearner(ctx.db, { discordUserId: '1', displayName: 'A' });
    expect(learner).toMatchObject({
      showOnLeaderboard: true,
      shareProgress: false,
      reminderEnabled: false,
      nextReminderAt: null,
      timezone: null,
    });
  });

  it('sets a daily reminder at the next local occurrence of its time', async () => {
    const learner = await upsertDiscordLearner(ctx.db, { discordUserId: '1', displayName: 'A' });
    const updated = await setReminder(ctx.db, {
      learnerId: learner.id,
      time: '07:30',
      timezone: 'America/New_York',
      channelId: 'chan-1',
      guildId: 'guild-1',
      now,
    });
    expect(updated).toMatchObject({
      reminderEnabled: true,
      reminderTime: '07:30',
      timezone: 'America/New_York',
      reminderChannelId: 'chan-1',
      reminderGuildId: 'guild-1',
      // 12:00 UTC is 08:00 in New York: today's 07:30 has passed, so tomorrow's.
      nextReminderAt: new Date('2026-06-11T11:30:00Z'),
    });
  });

  it('moves an active reminder with the timezone, keeping its local time', async () => {
    const learner = await upsertDiscordLearner(ctx.db, { discordUserId: '1', displayName: 'A' });
    await setReminder(ctx.db, { learnerId: learner.id, time: '18:00', timezone: 'UTC', now });
    const moved = await setLearnerTimezone(ctx.db, {
      learnerId: learner.id,
      timezone: 'Asia/Tokyo',
      now,
    });
    // 12:00 UTC is 21:00 in Tokyo: the next 18:00 there is tomorrow 09:00 UTC.
    expect(moved).toMatchObject({
      timezone: 'Asia/Tokyo',
      nextReminderAt: new Date('2026-06-11T09:00:00Z'),
    });
    expect(
      await setLearnerTimezone(ctx.db, {
        learnerId: '00000000-0000-0000-0000-000000000000',
        timezone: 'UTC',
        now,
      }),
    ).toBeNull();
  });

  it('turns the reminder off and keeps the chosen time for next time', async () => {
    const learner = await upsertDiscordLearner(ctx.db, { discordUserId: '1', displayName: 'A' });
    await setReminder(ctx.db, { learnerId: learner.id, time: '07:30', timezone: 'UTC', now });
    const off = await disableReminder(ctx.db, learner.id);
    expect(off).toMatchObject({
      reminderEnabled: false,
      nextReminderAt: null,
      reminderTime: '07:30',
    });
  });

  it('refuses an unknown timezone or a malformed time, storing nothing', async () => {
    const learner = await upsertDiscordLearner(ctx.db, { discordUserId: '1', displayName: 'A' });
    await expect(
      setReminder(ctx.db, { learnerId: learner.id, time: '07:30', timezone: 'Moon/Base', now }),
    ).rejects.toThrow(InvalidTimeZoneError);
    await expect(
      setReminder(ctx.db, { learnerId: learner.id, time: '7.30', timezone: 'UTC', now }),
    ).rejects.toThrow(InvalidLocalTimeError);
    await expect(
      setLearnerTimezone(ctx.db, { learnerId: learner.id, timezone: 'Moon/Base', now }),
    ).rejects.toThrow(InvalidTimeZoneError);
    expect(await getLearner(ctx.db, learner.id)).toMatchObject({
      reminderEnabled: false,
      timezone: null,
    });
  });

  it('records privacy choices one at a time', async () => {
    const learner = await upsertDiscordLearner(ctx.db, { discordUserId: '1', displayName: 'A' });
    await setPrivacyChoices(ctx.db, { learnerId: learner.id, showOnLeaderboard: false });
    const both = await setPrivacyChoices(ctx.db, { learnerId: learner.id, shareProgress: true });
    expect(both).toMatchObject({ showOnLeaderboard: false, shareProgress: true });
    expect(await setPrivacyChoices(ctx.db, { learnerId: learner.id })).toMatchObject({
      showOnLeaderboard: false,
    });
  });

  it('lets the database refuse a learner without any identity or an enabled reminder without a time', async () => {
    await expect(ctx.db.db.insert(learners).values({ displayName: 'nobody' })).rejects.toThrow();
    const learner = await upsertDiscordLearner(ctx.db, { discordUserId: '1', displayName: 'A' });
    const attempt = withTransaction(ctx.db, (tx) =>
      tx.update(learners).set({ reminderEnabled: true }).where(eq(learners.id, learner.id)),
    );
    await expect(attempt).rejects.toThrow(DatabaseConstraintError);
    await expect(attempt).rejects.toMatchObject({
      kind: 'check',
      constraint: 'learners_enabled_reminder_complete',
    });
  });
});
