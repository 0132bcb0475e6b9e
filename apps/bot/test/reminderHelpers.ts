// What the reminder tests read: the bot's DMs and posts, the deliveries stored, the nonces sent.
import { findLearnerByDiscordId, listReminderDeliveries } from '@certpace/db';
import type { DiscordSim, SimUser } from '@certpace/discord-sim';
import type { APIMessage } from 'discord.js';
import { expect } from 'vitest';
import { createStandardPlan, privateReply, type StudyBot } from './studyHarness.js';

/** The bot's messages in a DM or channel, without the users' own. */
export function botMessages(sim: DiscordSim, channelId: string | undefined): APIMessage[] {
  return channelId ? sim.messages(channelId).filter((m) => m.author.id === sim.botUser.id) : [];
}

export function dmsTo(sim: DiscordSim, user: SimUser): APIMessage[] {
  return botMessages(sim, sim.dmChannelOf(user));
}

/** A learner with a plan and a reminder, set up through the commands. */
export async function learner(
  user: SimUser,
  timezone: string,
  reminder: { time: string; channel?: string },
): Promise<void> {
  await createStandardPlan(user, { timezone, days: 'daily' });
  const options = {
    time: reminder.time,
    ...(reminder.channel ? { channel: { id: reminder.channel } } : {}),
  };
  const reply = await privateReply(user, 'remind set', options);
  expect(reply.content).toMatch(
    new RegExp(
      `^Daily reminder set for \\*\\*${reminder.time}\\*\\* \\(${timezone.replace('/', '\\/')}\\)`,
    ),
  );
}

export async function deliveriesOf(bot: StudyBot, user: SimUser) {
  const row = await findLearnerByDiscordId(bot.db, user.id);
  return row ? listReminderDeliveries(bot.db, row.id) : [];
}

/** Message-creating requests the bot made, with their nonce. */
export function sentNonces(
  sim: DiscordSim,
): { nonce: unknown; enforce: unknown; status: number }[] {
  return sim
    .requestsMatching({ method: 'POST', route: '/channels/:channel_id/messages' })
    .map((r) => {
      const body = r.body as { nonce?: unknown; enforce_nonce?: unknown };
      return { nonce: body.nonce, enforce: body.enforce_nonce, status: r.status };
    });
}
