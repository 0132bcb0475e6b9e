import { ChannelType, HTTPError, type TextChannel } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { DiscordSim } from '../src/index.js';
import { api, connectClient, startSim } from './helpers.js';

const MESSAGES = '/channels/:channel_id/messages';

async function channelOf(sim: DiscordSim): Promise<TextChannel> {
  const client = await connectClient(sim);
  const channel = await client.channels.fetch(sim.channel.id);
  if (channel?.type !== ChannelType.GuildText) throw new Error('not a text channel');
  return channel;
}

describe('rate limits', () => {
  it('sends the rate-limit headers discord.js queues by on normal answers', async () => {
    const sim = await startSim();
    const answer = await api(sim, 'POST', `/channels/${sim.channel.id}/messages`, {
      content: 'one',
    });
    expect(answer.headers.get('x-ratelimit-limit')).toBe('5');
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('4');
    expect(Number(answer.headers.get('x-ratelimit-reset-after'))).toBeGreaterThan(4);
    expect(Number(answer.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1_000);
    expect(answer.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers the sixth message in five seconds to one channel with 429 and when to retry', async () => {
    const sim = await startSim();
    for (let i = 0; i < 5; i += 1)
      await api(sim, 'POST', `/channels/${sim.channel.id}/messages`, { content: `m${i}` });
    const limited = await api(sim, 'POST', `/channels/${sim.channel.id}/messages`, {
      content: 'm5',
    });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ message: 'You are being rate limited.', global: false });
    expect(limited.body.retry_after).toBeGreaterThan(4);
    expect(limited.headers.get('retry-after')).toBe('5');
    expect(limited.headers.get('x-ratelimit-scope')).toBe('user');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const other = sim.createChannel(sim.guild.id, { name: 'quiz' });
    expect(
      (await api(sim, 'POST', `/channels/${other.id}/messages`, { content: 'elsewhere' })).status,
    ).toBe(200);
    expect(sim.requestsMatching({ status: 429 })).toMatchObject([
      { rateLimited: true, injected: false },
    ]);
  });

  it('lets discord.js queue behind a route limit without losing a message', async () => {
    const sim = await startSim({
      rateLimits: { routes: [{ method: 'POST', route: MESSAGES, limit: 2, windowMs: 300 }] },
    });
    const channel = await channelOf(sim);
    await Promise.all(Array.from({ length: 6 }, (_, i) => channel.send(`message ${i}`)));
    expect(
      sim
        .messages(sim.channel.id)
        .map((m) => m.content)
        .sort(),
    ).toEqual(Array.from({ length: 6 }, (_, i) => `message ${i}`));
  });

  it('limits the bot to 50 requests a second globally, interaction callbacks excepted', async () => {
    const sim = await startSim({ rateLimits: { globalPerSecond: 3 } });
    await api(sim, 'PUT', `/applications/${sim.applicationId}/guilds/${sim.guild.id}/commands`, [
      { name: 'hi', description: 'd' },
    ]);
    await api(sim, 'GET', '/users/@me');
    await api(sim, 'GET', '/users/@me');
    const limited = await api(sim, 'GET', '/users/@me');
    expect(limited.status).toBe(429);
    expect(limited.body.global).toBe(true);
    expect(limited.headers.get('x-ratelimit-global')).toBe('true');
    expect(limited.headers.get('x-ratelimit-scope')).toBe('global');
    const alice = sim.createUser({ username: 'alice' });
    sim.addMember(sim.guild.id, alice);
    const handle = await alice.runCommand('hi');
    const callback = await api(
      sim,
      'POST',
      `/interactions/${handle.id}/${handle.payload.token}/callback`,
      { type: 4, data: { content: 'still fine' } },
      { auth: false },
    );
    expect(callback.status).toBe(204);
  });

  it('has discord.js retry injected 429s until the message goes through', async () => {
    const sim = await startSim();
    const channel = await channelOf(sim);
    const fault = sim.injectFaults({
      method: 'POST',
      route: MESSAGES,
      status: 429,
      count: 2,
      retryAfterMs: 30,
    });
    const sent = await channel.send('after two 429s');
    expect(fault.hits).toBe(2);
    expect(fault.remaining).toBe(0);
    expect(
      sim.requestsMatching({ method: 'POST', route: MESSAGES }).map((r) => [r.status, r.injected]),
    ).toEqual([
      [429, true],
      [429, true],
      [200, false],
    ]);
    expect(sim.messages(sim.channel.id).map((m) => m.id)).toEqual([sent.id]);
  });

  it('has discord.js retry 5xx errors, up to its three retries', async () => {
    const sim = await startSim();
    const channel = await channelOf(sim);
    sim.injectFaults({ route: MESSAGES, status: 502, count: 2 });
    await channel.send('after two 502s');
    expect(sim.messages(sim.channel.id)).toHaveLength(1);
    sim.injectFaults({ route: MESSAGES, status: 500 });
    const error = await channel.send('never').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
    expect(sim.requestsMatching({ route: MESSAGES, status: 500 })).toHaveLength(4);
    expect(sim.messages(sim.channel.id)).toHaveLength(1);
  });

  it('fails a seeded fraction of requests, the same ones for the same seed', async () => {
    const pattern = async () => {
      const sim = await startSim({ seed: 7, rateLimits: false });
      sim.injectFaults({ route: '/users/@me', status: 503, fraction: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i += 1) statuses.push((await api(sim, 'GET', '/users/@me')).status);
      return statuses;
    };
    const first = await pattern();
    expect(first.filter((s) => s === 503).length).toBeGreaterThan(3);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect(await pattern()).toEqual(first);
  });

  it('stops injecting once the fault is removed', async () => {
    const sim = await startSim();
    const fault = sim.injectFaults({ route: /^\/users\//, status: 500 });
    expect((await api(sim, 'GET', '/users/@me')).status).toBe(500);
    fault.remove();
    expect((await api(sim, 'GET', '/users/@me')).status).toBe(200);
  });
});
