import { findLearnerByDiscordId } from '@certpace/db';
import { expect, it } from 'vitest';
import { playGroupQuiz } from './quizData.js';
import {
  buttonId,
  buttonLabels,
  createStandardPlan,
  describeBot,
  privateReply,
} from './studyHarness.js';

describeBot('/privacy', (suite) => {
  it('exports everything stored about the learner as a private JSON file', async () => {
    const { ana, sim } = await suite.start();
    await createStandardPlan(ana);
    await privateReply(ana, 'remind set', { time: '07:00' });
    const reply = await privateReply(ana, 'privacy export');
    expect(reply.content).toBe(
      'Everything certpace stores about you, as JSON. Only you can see this message.',
    );
    const [file] = reply.attachments;
    expect(file?.filename).toBe('certpace-export-2026-05-04.json');
    const data = JSON.parse((await sim.attachmentBytes(file!)).toString('utf8'));
    expect(data).toMatchObject({
      format: 'certpace-export',
      version: 1,
      learner: {
        discordUserId: ana.id,
        displayName: 'ana',
        timezone: 'Europe/Berlin',
        reminderTime: '07:00',
      },
    });
    expect(data.plans).toHaveLength(1);
    expect(data.planTasks.length).toBeGreaterThan(10);
  });

  it('deletes everything only after the learner confirms; Cancel keeps it all', async () => {
    const { ana, sim } = await suite.start();
    await createStandardPlan(ana);
    await playGroupQuiz(
      suite.db,
      () => new Date('2026-05-04T08:00:00Z'),
      { guildId: sim.guild.id, channelId: sim.channel.id },
      [{ user: ana, correct: true }],
    );
    const ask = await privateReply(ana, 'privacy delete');
    expect(ask.embeds[0]?.title).toBe('Delete all your certpace data?');
    expect(buttonLabels(ask)).toEqual([['Delete everything', 'Cancel']]);
    const kept = await (await ana.clickButton(ask, buttonId(ask, 'Cancel'))).waitForReply();
    expect(kept.content).toBe('Kept your data: nothing was deleted.');
    expect(await findLearnerByDiscordId(suite.db, ana.id)).not.toBeNull();

    const again = await privateReply(ana, 'privacy delete');
    const gone = await (
      await ana.clickButton(again, buttonId(again, 'Delete everything'))
    ).waitForReply();
    expect(gone.content).toBe(
      'Deleted: certpace keeps nothing about you any more. Using a command again starts afresh.',
    );
    expect(gone.components).toEqual([]);
    expect(await findLearnerByDiscordId(suite.db, ana.id)).toBeNull();
    const exported = await privateReply(ana, 'privacy export');
    expect(exported.content).toBe(
      'Nothing is stored about you: there is nothing to export or delete.',
    );
    expect(await findLearnerByDiscordId(suite.db, ana.id)).toBeNull();
    const board = await (
      await ana.runCommand('leaderboard', { options: { period: 'all' } })
    ).waitForReply();
    expect(board.embeds[0]?.description).toMatch(/^No group-quiz points all time yet/);
  });

  it('keeps a learner off the leaderboard when they choose so, and shows their choices', async () => {
    const { ana, bob, sim, clock } = await suite.start();
    await playGroupQuiz(suite.db, clock, { guildId: sim.guild.id, channelId: sim.channel.id }, [
      { user: ana, correct: true },
      { user: bob, correct: false },
    ]);
    const before = await (await bob.runCommand('leaderboard')).waitForReply();
    // Both studied today (the quiz), so each has a one-day streak.
    expect(before.embeds[0]?.description?.split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^🥇 <@${ana.id}> · \\*\\*\\d+\\*\\* pts · 100% right \\(1/1\\) · 🔥 1 day$`),
      ),
      `🥈 <@${bob.id}> · **0** pts · 0% right (0/1) · 🔥 1 day`,
    ]);
    const shown = await privateReply(ana, 'privacy visibility');
    expect(shown.embeds[0]?.title).toBe('Your privacy choices');
    const hidden = await privateReply(ana, 'privacy visibility', { leaderboard: false });
    expect(hidden.embeds[0]?.fields?.[0]?.value).toBe('Hidden: you are left out of /leaderboard.');
    const after = await (await bob.runCommand('leaderboard')).waitForReply();
    expect(after.embeds[0]?.description).toBe(
      `🥇 <@${bob.id}> · **0** pts · 0% right (0/1) · 🔥 1 day`,
    );
  });
});
