import { once } from 'node:events';
import { constants, createInflate } from 'node:zlib';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { shardOfGuild } from '../src/index.js';
import { api, connectClient, startSim, trackClient } from './helpers.js';
import { RawGateway } from './rawGateway.js';

describe('gateway with the real discord.js client', () => {
  it('logs in: READY names the bot and its guild, GUILD_CREATE brings the text channel', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    expect(client.user.id).toBe(sim.botUser.id);
    expect(client.application.id).toBe(sim.applicationId);
    const guild = client.guilds.cache.get(sim.guild.id);
    expect(guild?.name).toBe('Study Group');
    expect(guild?.channels.cache.get(sim.channel.id)?.name).toBe('general');
    expect(sim.gateway.sessions()).toMatchObject([{ shard: [0, 1], connected: true, ready: true }]);
  });

  it('refuses a wrong token at login', async () => {
    const sim = await startSim();
    const client = trackClient(
      new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: sim.apiUrl } }),
    );
    await expect(client.login('not-the-token')).rejects.toThrow(/token/i);
  });

  it('delivers a guild created later as GUILD_CREATE', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const created = once(client, Events.GuildCreate);
    const guild = sim.createGuild({ name: 'Second' });
    const [received] = await created;
    expect(received.id).toBe(guild.id);
    expect(received.channels.cache.has(guild.channelId)).toBe(true);
  });

  it('resumes after a dropped connection and replays what was missed', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const sessionId = sim.gateway.sessions()[0]?.sessionId;
    const alice = sim.createUser({ username: 'alice' });
    sim.addMember(sim.guild.id, alice);
    const resumed = once(client, Events.ShardResume);
    const seen = once(client, Events.MessageCreate);
    sim.gateway.disconnect({ code: 4000 });
    await alice.sendMessage('sent while the bot was away');
    await resumed;
    const [message] = await seen;
    expect(message.author.id).toBe(alice.id);
    expect(sim.gateway.sessions().map((s) => s.sessionId)).toEqual([sessionId]);
  });

  it('makes the client identify anew after an invalid session', async () => {
    const sim = await startSim();
    const client = await connectClient(sim);
    const first = sim.gateway.sessions()[0]?.sessionId;
    sim.gateway.disconnect({ resumable: false });
    await sim.gateway.waitForReady({ timeout: 10_000 });
    await sim.waitForRequest({ route: '/gateway/bot' });
    expect(client.isReady()).toBe(true);
    await expect
      .poll(() => sim.gateway.sessions().find((s) => s.connected)?.sessionId, { timeout: 10_000 })
      .not.toBe(first);
  });

  it('gives two shards only their own guilds', async () => {
    const sim = await startSim();
    const onZero = sim.createGuild({ name: 'Zero', shard: [0, 2] });
    const onOne = sim.createGuild({ name: 'One', shard: [1, 2] });
    const defaultShard = shardOfGuild(sim.guild.id, 2);
    const [zero, one] = await Promise.all([
      connectClient(sim, { shards: [0], shardCount: 2 }),
      connectClient(sim, { shards: [1], shardCount: 2 }),
    ]);
    const ids = (client: Client) => [...client.guilds.cache.keys()].sort();
    const expected = (shard: number) =>
      [sim.guild.id, onZero.id, onOne.id].filter((id) => shardOfGuild(id, 2) === shard).sort();
    expect(ids(zero)).toEqual(expected(0));
    expect(ids(one)).toEqual(expected(1));
    expect(ids(zero)).toContain(onZero.id);
    expect(ids(one)).toContain(onOne.id);
    expect(defaultShard === 0 ? ids(zero) : ids(one)).toContain(sim.guild.id);
  });
});

describe('gateway protocol', () => {
  it('says HELLO, acknowledges heartbeats and sends READY then GUILD_CREATE', async () => {
    const sim = await startSim();
    const gateway = RawGateway.open(sim);
    const hello = await gateway.next((p) => p.op === 10);
    expect(hello.d.heartbeat_interval).toBe(41_250);
    gateway.send({ op: 1, d: null });
    await gateway.next((p) => p.op === 11);
    gateway.identify(sim);
    const ready = await gateway.dispatch('READY');
    expect(ready.s).toBe(1);
    expect(ready.d).toMatchObject({
      v: 10,
      user: { id: sim.botUser.id, bot: true },
      guilds: [{ id: sim.guild.id, unavailable: true }],
      application: { id: sim.applicationId },
      shard: [0, 1],
    });
    expect(ready.d.resume_gateway_url).toBe(sim.gatewayUrl);
    const guild = await gateway.dispatch('GUILD_CREATE');
    expect(guild.d.channels.map((c: { id: string }) => c.id)).toContain(sim.channel.id);
    await gateway.close();
  });

  it.each([
    ['a wrong token with 4004', { token: 'nope' }, 4004],
    ['a shard id outside the count with 4010', { shard: [2, 2] }, 4010],
    ['unknown intent bits with 4013', { intents: 1 << 30 }, 4013],
  ])('closes on %s', async (_label, extra, code) => {
    const sim = await startSim();
    const gateway = RawGateway.open(sim);
    await gateway.next((p) => p.op === 10);
    gateway.identify(sim, extra);
    expect(await gateway.closed).toBe(code);
  });

  it('closes with 4014 when the application may not use a privileged intent', async () => {
    const sim = await startSim({ privilegedIntents: 0 });
    const gateway = RawGateway.open(sim);
    gateway.identify(sim, { intents: 1 | (1 << 15) });
    expect(await gateway.closed).toBe(4014);
  });

  it('requires sharding (4011) when one shard would hold too many guilds', async () => {
    const sim = await startSim({ maxGuildsPerShard: 1 });
    sim.createGuild();
    const gateway = RawGateway.open(sim);
    gateway.identify(sim);
    expect(await gateway.closed).toBe(4011);
  });

  it('refuses API versions other than 10 with 4012', async () => {
    const sim = await startSim();
    const gateway = RawGateway.open(sim, '?v=9&encoding=json');
    expect(await gateway.closed).toBe(4012);
  });

  it('closes with 4003 on a payload before IDENTIFY and 4005 on a second IDENTIFY', async () => {
    const sim = await startSim();
    const early = RawGateway.open(sim);
    early.send({ op: 3, d: { status: 'online', since: null, activities: [], afk: false } });
    expect(await early.closed).toBe(4003);
    const twice = RawGateway.open(sim);
    twice.identify(sim);
    await twice.dispatch('READY');
    twice.identify(sim);
    expect(await twice.closed).toBe(4005);
  });

  it('answers a RESUME of an unknown session with Invalid Session (not resumable)', async () => {
    const sim = await startSim();
    const gateway = RawGateway.open(sim);
    gateway.send({ op: 6, d: { token: sim.token, session_id: 'nope', seq: 3 } });
    const invalid = await gateway.next((p) => p.op === 9);
    expect(invalid.d).toBe(false);
    await gateway.close();
  });

  it('compresses with zlib-stream when asked, each payload ending in a sync flush', async () => {
    const sim = await startSim();
    const inflate = createInflate({ flush: constants.Z_SYNC_FLUSH });
    const texts: string[] = [];
    inflate.on('data', (chunk: Buffer) => texts.push(chunk.toString()));
    const frames: Buffer[] = [];
    const gateway = RawGateway.open(sim, '?v=10&encoding=json&compress=zlib-stream', (data) => {
      frames.push(data);
      inflate.write(data);
      return null;
    });
    await expect.poll(() => frames.length).toBeGreaterThan(0);
    expect([...(frames[0] as Buffer).subarray(-4)]).toEqual([0, 0, 0xff, 0xff]);
    gateway.identify(sim);
    await expect.poll(() => texts.join('')).toContain('"t":"READY"');
    expect(texts.join('')).toContain('"op":10');
    await gateway.close();
    inflate.close();
  });

  it('sends CHANNEL_CREATE for a new DM channel only when asked to (Discord stopped in v8)', async () => {
    for (const dmChannelCreateEvents of [false, true]) {
      const sim = await startSim({ dmChannelCreateEvents });
      const alice = sim.createUser({ username: 'alice' });
      sim.addMember(sim.guild.id, alice);
      const gateway = RawGateway.open(sim);
      gateway.identify(sim, { intents: 1 | (1 << 12) });
      await gateway.dispatch('GUILD_CREATE');
      await api(sim, 'POST', '/users/@me/channels', { recipient_id: alice.id });
      await api(sim, 'POST', `/channels/${sim.dmChannelOf(alice)}/messages`, { content: 'hi' });
      await gateway.dispatch('MESSAGE_CREATE');
      expect(gateway.received.some((p) => p.t === 'CHANNEL_CREATE')).toBe(dmChannelCreateEvents);
      await gateway.close();
    }
  });

  it('replays missed dispatches on RESUME, then sends RESUMED', async () => {
    const sim = await startSim();
    const alice = sim.createUser({ username: 'alice' });
    sim.addMember(sim.guild.id, alice);
    const first = RawGateway.open(sim);
    first.identify(sim);
    const ready = await first.dispatch('READY');
    const guildCreate = await first.dispatch('GUILD_CREATE');
    await first.close(4000);
    await alice.sendMessage('missed');
    const second = RawGateway.open(sim);
    second.send({
      op: 6,
      d: { token: sim.token, session_id: ready.d.session_id, seq: guildCreate.s },
    });
    const replayed = await second.dispatch('MESSAGE_CREATE');
    expect(replayed.d.content).toBe('');
    expect(replayed.s).toBe((guildCreate.s ?? 0) + 1);
    await second.dispatch('RESUMED');
    await second.close();
  });
});
