import { once } from 'node:events';
import {
  AttachmentBuilder,
  ChannelType,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  type Message,
  PermissionFlagsBits,
  type TextChannel,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { api, connectClient, startSim } from './helpers.js';
import { makePng } from './png.js';

async function textChannel(
  client: Awaited<ReturnType<typeof connectClient>>,
  id: string,
): Promise<TextChannel> {
  const channel = await client.channels.fetch(id);
  if (channel?.type !== ChannelType.GuildText) throw new Error('not a text channel');
  return channel;
}

describe('channel messages from discord.js', () => {
  it('posts a message outside any interaction and sees its own MESSAGE_CREATE', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const channel = await textChannel(client, sim.channel.id);
    await channel.sendTyping();
    const created = once(client, Events.MessageCreate);
    const sent = await channel.send({
      content: 'Quiz starts in 1 minute',
      embeds: [new EmbedBuilder().setTitle('AI-102').setDescription('10 questions')],
    });
    const [echo] = (await created) as [Message];
    expect(echo.id).toBe(sent.id);
    expect(sim.messages(sim.channel.id)).toMatchObject([
      { id: sent.id, author: { id: sim.botUser.id }, embeds: [{ title: 'AI-102', type: 'rich' }] },
    ]);
    expect(sim.transcript(sim.channel.id)).toBe(
      '[certpace] Quiz starts in 1 minute\n  embed: AI-102 — 10 questions',
    );
    const edited = await sent.edit('Quiz started');
    expect(edited.editedTimestamp).not.toBeNull();
    await sent.delete();
    expect(sim.messages(sim.channel.id)).toEqual([]);
  });

  it('waits for a message the bot posts later, and says what it saw when it times out', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const channel = await textChannel(client, sim.channel.id);
    await channel.send('Warm-up');
    setTimeout(() => void channel.send('Question 1 of 10'), 30);
    const question = await sim.waitForMessage(sim.channel.id, (m) =>
      m.content.startsWith('Question'),
    );
    expect(question.content).toBe('Question 1 of 10');
    await expect(
      sim.waitForMessage(sim.channel.id, (m) => m.content === 'Leaderboard', { timeout: 30 }),
    ).rejects.toThrow(
      /Timed out after 30 ms waiting for a message in #general[\s\S]*\[certpace\] Warm-up/,
    );
  });

  it('uploads a PNG chart whose bytes arrive intact', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const channel = await textChannel(client, sim.channel.id);
    const png = makePng(64, 32);
    const sent = await channel.send({
      content: 'Your progress',
      files: [
        new AttachmentBuilder(png, { name: 'progress.png', description: 'Mastery per domain' }),
      ],
    });
    const attachment = sent.attachments.first();
    expect(attachment).toMatchObject({
      name: 'progress.png',
      contentType: 'image/png',
      width: 64,
      height: 32,
      size: png.length,
      description: 'Mastery per domain',
    });
    const stored = sim.messages(sim.channel.id)[0]?.attachments[0];
    expect(stored && sim.attachmentBytes(stored).equals(png)).toBe(true);
    const downloaded = Buffer.from(await (await fetch(attachment?.url ?? '')).arrayBuffer());
    expect(downloaded.equals(png)).toBe(true);
    expect(
      sim.requestsMatching({ method: 'POST', route: '/channels/:channel_id/messages' })[0]?.files,
    ).toEqual([
      { field: 'files[0]', filename: 'progress.png', contentType: 'image/png', size: png.length },
    ]);
  });

  it('sends a DM to a member with DMs open', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const alice = sim.createUser({ username: 'alice' });
    sim.addMember(sim.guild.id, alice);
    const user = await client.users.fetch(alice.id);
    await user.send('Good morning! 3 tasks today.');
    const dm = await alice.waitForDM((m) => m.content.startsWith('Good morning'));
    expect(dm.channel_id).toBe(sim.dmChannelOf(alice));
    expect(alice.dms()).toHaveLength(1);
  });

  it('refuses a DM to a user who closed DMs with 50007', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const bob = sim.createUser({ username: 'bob', dmsOpen: false });
    sim.addMember(sim.guild.id, bob);
    const user = await client.users.fetch(bob.id);
    const error = await user.send('hi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50007);
    expect((error as DiscordAPIError).status).toBe(403);
    bob.setDmsOpen(true);
    await user.send('hi again');
    expect(bob.dms().map((m) => m.content)).toEqual(['hi again']);
  });

  it('refuses a DM to a user who shares no server with the bot', async () => {
    const sim = await startSim();
    const stranger = sim.createUser({ username: 'stranger' });
    const channel = await api(sim, 'POST', '/users/@me/channels', { recipient_id: stranger.id });
    const sent = await api(sim, 'POST', `/channels/${channel.body.id}/messages`, { content: 'hi' });
    expect(sent.body.code).toBe(50007);
  });

  it('returns the first message for a repeated nonce with enforce_nonce', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const channel = await textChannel(client, sim.channel.id);
    const first = await channel.send({
      content: 'Reminder',
      nonce: 'delivery-42',
      enforceNonce: true,
    });
    const again = await channel.send({
      content: 'Reminder',
      nonce: 'delivery-42',
      enforceNonce: true,
    });
    expect(again.id).toBe(first.id);
    expect(sim.messages(sim.channel.id)).toHaveLength(1);
    const withoutEnforce = await channel.send({ content: 'Reminder', nonce: 'delivery-42' });
    expect(withoutEnforce.id).not.toBe(first.id);
  });

  it('forgets a nonce after the window', async () => {
    let now = Date.parse('2027-02-01T08:00:00Z');
    const sim = await startSim({ now: () => now, nonceWindowMs: 60_000 });
    const body = { content: 'Reminder', nonce: 'd-1', enforce_nonce: true };
    const first = await api(sim, 'POST', `/channels/${sim.channel.id}/messages`, body);
    now += 61_000;
    const later = await api(sim, 'POST', `/channels/${sim.channel.id}/messages`, body);
    expect(later.body.id).not.toBe(first.body.id);
  });

  it("hands a member's message to the bot, with content only under the Message Content intent", async () => {
    const sim = await startSim();
    const plain = await connectClient(sim);
    const reader = await connectClient(sim, {
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.MessageContent,
      ],
    });
    const alice = sim.createUser({ username: 'alice' });
    sim.addMember(sim.guild.id, alice);
    const blank = once(plain, Events.MessageCreate);
    const full = once(reader, Events.MessageCreate);
    await alice.sendMessage('hello bot');
    expect(((await blank)[0] as Message).content).toBe('');
    expect(((await full)[0] as Message).content).toBe('hello bot');
  });

  it('answers unknown channels, messages and routes the way Discord does', async () => {
    const sim = await startSim();
    expect((await api(sim, 'GET', '/channels/123456789012345678')).body).toEqual({
      code: 10003,
      message: 'Unknown Channel',
    });
    expect(
      (await api(sim, 'GET', `/channels/${sim.channel.id}/messages/123456789012345678`)).body.code,
    ).toBe(10008);
    expect((await api(sim, 'GET', '/nothing/here')).body).toEqual({
      code: 0,
      message: '404: Not Found',
    });
    expect((await api(sim, 'DELETE', '/gateway/bot')).status).toBe(405);
    const anonymous = await api(sim, 'GET', '/users/@me', undefined, { auth: false });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ code: 0, message: '401: Unauthorized' });
    expect((await api(sim, 'GET', '/users/@me', undefined, { auth: 'Bot wrong' })).status).toBe(
      401,
    );
  });

  it('lists the starting guild and its channel through the standard routes', async () => {
    const sim = await startSim();
    const guilds = await api(sim, 'GET', '/users/@me/guilds');
    expect(guilds.body).toMatchObject([{ id: sim.guild.id, name: 'Study Group' }]);
    const channels = await api(sim, 'GET', `/guilds/${sim.guild.id}/channels`);
    expect(channels.body).toMatchObject([{ id: sim.channel.id, name: 'general', type: 0 }]);
    const me = await api(sim, 'GET', `/guilds/${sim.guild.id}/members/${sim.botUser.id}`);
    expect(me.body.user.id).toBe(sim.botUser.id);
    expect(
      (await api(sim, 'GET', `/guilds/${sim.guild.id}/members/123456789012345678`)).body.code,
    ).toBe(10007);
    expect((await api(sim, 'GET', '/applications/@me')).body.id).toBe(sim.applicationId);
  });

  it('refuses to post where the bot lacks Send Messages (50013)', async () => {
    const sim = await startSim();
    const locked = sim.createChannel(sim.guild.id, {
      name: 'announcements',
      permissionOverwrites: [
        { id: sim.guild.id, type: 0, allow: '0', deny: String(PermissionFlagsBits.SendMessages) },
      ],
    });
    const answer = await api(sim, 'POST', `/channels/${locked.id}/messages`, { content: 'hi' });
    expect(answer.body).toEqual({ code: 50013, message: 'Missing Permissions' });
  });
});
