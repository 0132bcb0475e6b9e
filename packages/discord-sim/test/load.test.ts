import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Events,
  MessageFlags,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { startDiscordSim } from '../src/index.js';
import { connectClient, startSim } from './helpers.js';

describe('scale', () => {
  it('starts in well under a second, and instances share nothing', async () => {
    const started = performance.now();
    const [a, b] = await Promise.all([startDiscordSim(), startDiscordSim()]);
    expect(performance.now() - started).toBeLessThan(500);
    try {
      expect(a.apiUrl).not.toBe(b.apiUrl);
      expect(a.token).not.toBe(b.token);
      a.createUser({ username: 'only-in-a' });
      await fetch(`${a.apiUrl}/v10/users/@me`, { headers: { authorization: `Bot ${a.token}` } });
      expect(b.requests).toHaveLength(0);
      expect(
        (await fetch(`${b.apiUrl}/v10/users/@me`, { headers: { authorization: `Bot ${a.token}` } }))
          .status,
      ).toBe(401);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('takes 300 clicks within one second and acknowledges each once', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isButton()) {
        void interaction.reply({
          content: `Recorded ${interaction.customId}`,
          flags: MessageFlags.Ephemeral,
        });
      }
    });
    const channel = await client.channels.fetch(sim.channel.id);
    if (channel?.type !== ChannelType.GuildText) throw new Error('not a text channel');
    const answers = ['A', 'B', 'C', 'D'];
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      answers.map((a) =>
        new ButtonBuilder().setCustomId(a).setLabel(a).setStyle(ButtonStyle.Primary),
      ),
    );
    const question = await channel.send({
      content: 'Which service extracts key phrases?',
      components: [row],
    });
    const users = Array.from({ length: 300 }, (_, i) => {
      const user = sim.createUser({ username: `learner${i}` });
      sim.addMember(sim.guild.id, user);
      return user;
    });
    const clicks = await Promise.all(
      users.map(async (user, i) => {
        await sleep(Math.floor((i / users.length) * 1_000));
        return user.clickButton(question.id, answers[i % 4] as string);
      }),
    );
    const responses = await Promise.all(
      clicks.map((click) => click.waitForResponse({ timeout: 10_000 })),
    );
    expect(responses.every((r) => r.type === 4)).toBe(true);
    const latencies = responses.map((r) => r.latencyMs).sort((x, y) => x - y);
    const p99 = latencies[Math.floor(latencies.length * 0.99)] as number;
    expect(p99).toBeLessThan(3_000);
    const callbacks = sim.requestsMatching({
      route: '/interactions/:interaction_id/:token/callback',
    });
    expect(callbacks).toHaveLength(300);
    expect(new Set(callbacks.map((r) => r.params.interaction_id)).size).toBe(300);
    expect(users[5]?.messages(sim.channel.id).map((m) => m.content)).toEqual([
      question.content,
      'Recorded B',
    ]);
  });
});
