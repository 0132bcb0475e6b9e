import { SimUsageError } from '@certpace/discord-sim';
import { PermissionFlagsBits } from 'discord.js';
import { expect, it } from 'vitest';
import { playGroupQuiz } from './quizData.js';
import { describeBot, EPHEMERAL, privateReply } from './studyHarness.js';

describeBot('/settings and /leaderboard', (suite) => {
  it('lets a member with Manage Server see and change the server’s settings', async () => {
    const { sim } = await suite.start();
    const admin = sim.createUser({ username: 'admin' });
    sim.addMember(sim.guild.id, admin, { permissions: PermissionFlagsBits.ManageGuild });
    const shown = await privateReply(admin, 'settings');
    expect(shown.embeds[0]?.fields?.map((f) => `${f.name}: ${f.value}`)).toEqual([
      'Quiz channel: Any channel (not set)',
      'Timezone: UTC (not set)',
      'Default exam: The newest exam not retired (not set)',
      'Seconds per question: 30 (not set)',
    ]);
    const saved = await privateReply(admin, 'settings', {
      'quiz-channel': { id: sim.channel.id },
      timezone: 'Asia/Kolkata',
      'default-exam': 'AI-102@2025-12',
      'seconds-per-question': 45,
    });
    expect(saved.embeds[0]?.title).toBe('Server settings saved');
    expect(saved.embeds[0]?.fields?.map((f) => f.value)).toEqual([
      `<#${sim.channel.id}>`,
      'Asia/Kolkata',
      'AI-102@2025-12',
      '45',
    ]);
    const cleared = await privateReply(admin, 'settings', { clear: 'timezone' });
    expect(cleared.embeds[0]?.fields?.[1]?.value).toBe('UTC (not set)');
    const bad = await privateReply(admin, 'settings', { timezone: 'Middle/Earth' });
    expect(bad.content).toMatch(/^Timezone: "Middle\/Earth" is not a known timezone/);
  });

  it('refuses members without Manage Server, even where an admin made the command visible to them', async () => {
    const { ana } = await suite.start();
    await expect(ana.runCommand('settings')).rejects.toThrow(SimUsageError);
    const handle = await ana.runCommand('settings', {
      options: { timezone: 'Europe/Paris' },
      permissionsOverridden: true,
    });
    const reply = await handle.waitForReply();
    expect((reply.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.content).toBe(
      'Only members who can manage this server (the Manage Server permission) can see or change certpace’s server settings.',
    );
  });

  it('ranks group-quiz points by week, month and all time in the server’s timezone', async () => {
    const { ana, bob, sim, clock } = await suite.start({ now: '2026-05-04T08:00:00Z' });
    const where = { guildId: sim.guild.id, channelId: sim.channel.id };
    // Last month (April) bob wins; this week (from Monday 4 May) ana does.
    await playGroupQuiz(suite.db, () => new Date('2026-04-20T08:00:00Z'), where, [
      { user: bob, correct: true },
    ]);
    await playGroupQuiz(suite.db, () => new Date('2026-04-21T08:00:00Z'), where, [
      { user: bob, correct: true },
    ]);
    await playGroupQuiz(suite.db, clock, where, [{ user: ana, correct: true }]);
    const lines = async (period?: string) => {
      const reply = await (
        await ana.runCommand('leaderboard', { options: period ? { period } : {} })
      ).waitForReply();
      expect((reply.flags ?? 0) & EPHEMERAL).toBe(0);
      return { text: reply.embeds[0]?.description ?? '', reply };
    };
    const week = await lines();
    expect(week.reply.embeds[0]?.title).toBe('Leaderboard · this week');
    expect(week.text.split('\n')).toHaveLength(1);
    expect(week.text).toContain(`<@${ana.id}>`);
    expect(week.reply.embeds[0]?.footer?.text).toMatch(/since Mon 4 May · days in UTC/);
    const month = await lines('month');
    expect(month.text).not.toContain(`<@${bob.id}>`);
    const all = await lines('all');
    expect(all.text.split('\n')[0]).toContain(`<@${bob.id}>`);
    expect(all.text.split('\n')[1]).toContain(`<@${ana.id}>`);
  });

  it('shows each member’s study-day streak beside their points, whatever the period', async () => {
    const { ana, bob, sim, clock } = await suite.start({ now: '2026-05-04T08:00:00Z' });
    const where = { guildId: sim.guild.id, channelId: sim.channel.id };
    await playGroupQuiz(suite.db, () => new Date('2026-04-20T08:00:00Z'), where, [
      { user: bob, correct: true },
    ]);
    // Ana studies Saturday, Sunday (last week) and Monday: a three-day streak.
    for (const day of ['2026-05-02', '2026-05-03']) {
      await playGroupQuiz(suite.db, () => new Date(`${day}T08:00:00Z`), where, [
        { user: ana, correct: true },
      ]);
    }
    await playGroupQuiz(suite.db, clock, where, [{ user: ana, correct: false }]);
    const week = await (await ana.runCommand('leaderboard')).waitForReply();
    const [line] = (week.embeds[0]?.description ?? '').split('\n');
    // This week's points are Monday's alone (a wrong answer), the streak is all three days.
    expect(line).toBe(`🥇 <@${ana.id}> · **0** pts · 0% right (0/1) · 🔥 3 days`);
    expect(week.embeds[0]?.footer?.text).toContain('🔥 days in a row with a done task or a quiz');
    const all = await (
      await ana.runCommand('leaderboard', { options: { period: 'all' } })
    ).waitForReply();
    const lines = (all.embeds[0]?.description ?? '').split('\n');
    expect(lines.find((l) => l.includes(`<@${ana.id}>`))).toMatch(/· 🔥 3 days$/);
    // Bob's last study day was two weeks ago: his streak is over, so none is shown.
    expect(lines.find((l) => l.includes(`<@${bob.id}>`))).not.toContain('🔥');
  });

  it('starts the week at the server’s midnight: a Sunday-evening quiz in New York is last week there', async () => {
    const { ana, sim } = await suite.start({ now: '2026-05-04T08:00:00Z' });
    const admin = sim.createUser({ username: 'admin' });
    sim.addMember(sim.guild.id, admin, { permissions: PermissionFlagsBits.ManageGuild });
    // 2026-05-04T02:00Z is Sunday 3 May, 22:00 in New York, but Monday in UTC.
    await playGroupQuiz(
      suite.db,
      () => new Date('2026-05-04T02:00:00Z'),
      { guildId: sim.guild.id, channelId: sim.channel.id },
      [{ user: ana, correct: true }],
    );
    const utcWeek = await (await ana.runCommand('leaderboard')).waitForReply();
    expect(utcWeek.embeds[0]?.description).toContain(`<@${ana.id}>`);
    await privateReply(admin, 'settings', { timezone: 'America/New_York' });
    const nyWeek = await (await ana.runCommand('leaderboard')).waitForReply();
    expect(nyWeek.embeds[0]?.description).toMatch(/^No group-quiz points this week yet/);
  });
});
