import { InteractionResponseType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands as shippedCommands } from '../src/commands/index.js';
import { createCommandList } from '../src/framework/commandList.js';
import { APOLOGY } from '../src/framework/describeFailure.js';
import { RESTARTING } from '../src/framework/dispatcher.js';
import { EPHEMERAL, parsedLogs, startTestBot } from './harness.js';
import { counter, crash, feedback, slow, whereAnywhere, whereGuildOnly } from './testCommands.js';

const withTestCommands = createCommandList([
  ...shippedCommands.commands,
  crash,
  slow,
  counter,
  feedback,
]);

describe('dispatch and errors, end to end', () => {
  it('answers an unexpected error with a short private apology and logs it with context, never the token', async () => {
    const { ana, env, logLines } = await startTestBot({ commands: withTestCommands });
    const handle = await ana.runCommand('crash');
    const reply = await handle.waitForReply();
    expect(reply.content).toBe(APOLOGY);
    expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.content).not.toContain('tasks');

    const failure = parsedLogs(logLines).find((l) => l.msg === 'interaction failed')!;
    expect(failure).toMatchObject({
      interactionId: handle.id,
      command: 'crash',
      userId: ana.id,
      level: 50,
    });
    expect((failure.err as { message: string }).message).toContain("reading 'tasks'");
    expect(logLines.join('')).not.toContain(env.DISCORD_TOKEN);
  });

  it('defers a handler still busy after the auto-defer delay, then fills the deferred reply', async () => {
    const { ana } = await startTestBot({ commands: withTestCommands, autoDeferMs: 300 });
    const handle = await ana.runCommand('slow', { options: { ms: 1_200 } });
    const response = await handle.waitForResponse();
    expect(response.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(response.latencyMs).toBeLessThan(3_000);
    const reply = await handle.waitForReply();
    expect(reply.content).toBe('done after 1200 ms');
    expect(reply.flags ?? 0).toBe(0);
  });

  it('answers a quick handler directly, without deferring', async () => {
    const { ana } = await startTestBot({ commands: withTestCommands, autoDeferMs: 300 });
    const handle = await ana.runCommand('slow', { options: { ms: 0 } });
    expect((await handle.waitForResponse()).type).toBe(
      InteractionResponseType.ChannelMessageWithSource,
    );
  });

  it('keeps a private answer private when the public deferral came first', async () => {
    const { ana, sim } = await startTestBot({ commands: withTestCommands, autoDeferMs: 200 });
    const handle = await ana.runCommand('slow', { options: { ms: 800, private: true } });
    const followup = await handle.waitForFollowup((m) => m.content === 'done after 800 ms');
    expect(followup.flags! & EPHEMERAL).toBe(EPHEMERAL);
    // The public "thinking" placeholder is removed, so nothing stays in the channel for everyone.
    await expect.poll(() => sim.messages(sim.channel.id).length).toBe(0);
  });

  it('lets anyone use a shared button but only the owner an owned one, acknowledging slow clicks first', async () => {
    const { ana, bob, sim } = await startTestBot({ commands: withTestCommands, autoDeferMs: 200 });
    const message = await (await ana.runCommand('counter')).waitForReply();
    const bumped = await (await bob.clickButton(message, 'counter:add:*:0')).waitForReply();
    expect(bumped.content).toBe('count 1');

    const refused = await (
      await bob.clickButton(message, `counter:reset:${ana.id}`)
    ).waitForReply();
    expect(refused.content).toBe(
      `This button belongs to <@${ana.id}>: run the command yourself to get your own.`,
    );
    expect(sim.message(message.id)?.content).toBe('count 1');

    const reset = await ana.clickButton(message, `counter:reset:${ana.id}`);
    expect((await reset.waitForResponse()).type).toBe(
      InteractionResponseType.DeferredMessageUpdate,
    );
    expect((await reset.waitForReply()).content).toBe('count 0');
  });

  it('tells a user a server-only command does not work in a DM, even when an old registration offers it there', async () => {
    const { ana } = await startTestBot({
      global: true,
      registered: createCommandList([whereAnywhere]),
      commands: createCommandList([whereGuildOnly]),
    });
    const reply = await (await ana.runCommand('where', { dm: true })).waitForReply();
    expect(reply.content).toBe(
      '/where works only in a server: run it in a channel of a server I am in.',
    );
    const inServer = await (await ana.runCommand('where')).waitForReply();
    expect(inServer.content).toBe('here');
  });

  it('answers a command it no longer has instead of leaving it unanswered', async () => {
    const { ana } = await startTestBot({ registered: withTestCommands });
    const reply = await (await ana.runCommand('crash')).waitForReply();
    expect(reply.content).toMatch(/^\/crash is not available any more/);
    expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('finishes an interaction in flight when stopped, and answers new ones with "restarting"', async () => {
    const { ana, bot } = await startTestBot({ commands: withTestCommands, autoDeferMs: 200 });
    const busy = await ana.runCommand('slow', { options: { ms: 700 } });
    await busy.waitForResponse();
    bot.dispatcher.close();
    const late = await (await ana.runCommand('help')).waitForReply();
    expect(late.content).toBe(RESTARTING);
    await bot.stop();
    expect((await busy.waitForReply()).content).toBe('done after 700 ms');
    expect(bot.client.isReady()).toBe(false);
  });

  it('routes a modal submission and a select menu choice by their custom ids', async () => {
    const { ana } = await startTestBot({ commands: withTestCommands, autoDeferMs: 200 });
    const opened = await ana.runCommand('feedback write');
    const modal = await opened.waitForModal();
    expect(modal.custom_id).toBe(`feedback:send:${ana.id}`);
    const submitted = await ana.submitModal(opened, `feedback:send:${ana.id}`, {
      text: 'More AI-103 questions',
    });
    const thanks = await submitted.waitForReply();
    expect(thanks.content).toBe('Thanks: More AI-103 questions');
    expect(thanks.flags! & EPHEMERAL).toBe(EPHEMERAL);

    const menu = await (await ana.runCommand('feedback rate')).waitForReply();
    const rated = await (await ana.selectMenu(menu, 'feedback:rated:*', ['3'])).waitForReply();
    expect(rated.content).toBe('You rated 3 stars.');
    expect(rated.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });
});
