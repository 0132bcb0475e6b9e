import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  type Client,
  type DiscordAPIError,
  Events,
  type Interaction,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  Routes,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { DiscordSim } from '../src/index.js';
import { api, connectClient, startSim } from './helpers.js';
import { makePng } from './png.js';

const commands = [
  { name: 'hello', description: 'Says hello' },
  { name: 'slow', description: 'Takes a while' },
  { name: 'secret', description: 'Only you see it' },
  { name: 'today', description: 'Tasks with buttons' },
  { name: 'pick', description: 'A select menu' },
  { name: 'score', description: 'Opens a modal' },
  {
    name: 'exam',
    description: 'Autocomplete',
    options: [{ type: 3, name: 'code', description: 'Exam', autocomplete: true }],
  },
  { name: 'dm', description: 'Works in DMs', contexts: [0, 1] },
];

/** A small bot written the way certpace's is: discord.js handlers answering each interaction. */
async function startBot(
  sim: DiscordSim,
  handler: (i: Interaction) => Promise<unknown>,
): Promise<Client<true>> {
  const client = await connectClient(sim);
  await client.application.commands.set(commands, sim.guild.id);
  await client.application.commands.set(commands.filter((c) => c.name === 'dm'));
  client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => client.emit('error', error as Error));
  });
  return client;
}

/** Registers the commands without a bot, for tests that answer through raw REST. */
async function register(sim: DiscordSim): Promise<void> {
  await api(
    sim,
    'PUT',
    `/applications/${sim.applicationId}/guilds/${sim.guild.id}/commands`,
    commands,
  );
}

function member(sim: DiscordSim, username = 'alice') {
  const user = sim.createUser({ username });
  sim.addMember(sim.guild.id, user);
  return user;
}

const taskRow = () =>
  new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId('done').setLabel('Done').setStyle(ButtonStyle.Success),
    new ButtonBuilder().setCustomId('skip').setLabel('Skip').setStyle(ButtonStyle.Secondary),
  );

describe('answering interactions with discord.js', () => {
  it('replies to a slash command', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (i.isChatInputCommand()) await i.reply(`Hello, ${i.user.username}!`);
    });
    const handle = await member(sim).runCommand('hello');
    const reply = await handle.waitForReply();
    expect(reply.content).toBe('Hello, alice!');
    expect(reply.interaction_metadata).toMatchObject({ id: handle.id, name: 'hello' });
    expect(handle.response?.type).toBe(4);
    expect(handle.response?.latencyMs).toBeLessThan(3_000);
    expect(sim.transcript(sim.channel.id)).toBe('[alice] /hello\n[certpace] Hello, alice!');
  });

  it('edits a deferred reply', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await sleep(20);
      await i.editReply('Done thinking');
    });
    const handle = await member(sim).runCommand('slow');
    expect((await handle.waitForResponse()).type).toBe(5);
    const reply = await handle.waitForReply();
    expect(reply.content).toBe('Done thinking');
    expect((reply.flags ?? 0) & MessageFlags.Loading).toBe(0);
  });

  it('attaches a PNG to a deferred reply through a multipart edit of @original', async () => {
    const sim = await startSim();
    const chart = makePng(120, 80);
    await startBot(sim, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.editReply({
        content: 'Your progress',
        files: [new AttachmentBuilder(chart, { name: 'progress.png' })],
      });
    });
    const reply = await (await member(sim).runCommand('slow')).waitForReply();
    expect(reply.attachments).toMatchObject([
      { filename: 'progress.png', content_type: 'image/png', width: 120, height: 80 },
    ]);
    expect(sim.attachmentBytes(reply.attachments[0] as { id: string }).equals(chart)).toBe(true);
    expect(sim.transcript(sim.channel.id)).toContain(
      `file: progress.png (image/png, ${chart.length} bytes)`,
    );
  });

  it('fills a deferred reply with the first followup, then posts the next as its own message', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.followUp('first');
      await i.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
    });
    const alice = member(sim);
    const handle = await alice.runCommand('slow');
    expect((await handle.waitForReply()).content).toBe('first');
    expect((await handle.waitForFollowup()).content).toBe('second');
    expect(sim.messages(sim.channel.id)).toEqual([]);
    expect(alice.messages(sim.channel.id).map((m) => m.content)).toEqual(['first', 'second']);
  });

  it('shows an ephemeral reply to the invoking user only', async () => {
    const sim = await startSim();
    const client = await startBot(sim, async (i) => {
      if (i.isChatInputCommand())
        await i.reply({ content: 'for your eyes', flags: MessageFlags.Ephemeral });
    });
    const alice = member(sim);
    const bob = member(sim, 'bob');
    const reply = await (await alice.runCommand('secret')).waitForReply();
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(alice.messages(sim.channel.id).map((m) => m.content)).toEqual(['for your eyes']);
    expect(bob.messages(sim.channel.id)).toEqual([]);
    expect(sim.transcript(sim.channel.id, { as: alice })).toContain('(only alice) for your eyes');
    const history = await client.channels
      .fetch(sim.channel.id)
      .then((c) => (c?.isTextBased() ? c.messages.fetch() : null));
    expect(history?.size).toBe(0);
  });

  it('updates the message of a clicked button (type 7)', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (i.isChatInputCommand())
        await i.reply({ content: 'Read chapter 1', components: [taskRow()] });
      if (i.isButton())
        await i.update({ content: `Read chapter 1: ${i.customId}`, components: [] });
    });
    const alice = member(sim);
    const task = await (await alice.runCommand('today')).waitForReply();
    const click = await alice.clickButton(task, 'done');
    const updated = await click.waitForReply();
    expect(click.response?.type).toBe(7);
    expect(updated.id).toBe(task.id);
    expect(updated.content).toBe('Read chapter 1: done');
    expect(sim.message(task.id)?.components).toEqual([]);
    expect(sim.transcript(sim.channel.id)).toBe(
      '[alice] /today\n[certpace] (edited) Read chapter 1: done\n[alice] clicked [Done]',
    );
  });

  it('edits the clicked message after a deferred update (type 6)', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'Question 1', components: [taskRow()] });
      if (i.isButton()) {
        await i.deferUpdate();
        await i.editReply({ content: 'Question 1 (answered)' });
      }
    });
    const alice = member(sim);
    const question = await (await alice.runCommand('today')).waitForReply();
    const click = await alice.clickButton(question, 'skip');
    expect((await click.waitForReply()).content).toBe('Question 1 (answered)');
  });

  it('hands a select menu choice to the bot', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (i.isChatInputCommand()) {
        const menu = new StringSelectMenuBuilder()
          .setCustomId('answer')
          .setPlaceholder('Pick answers')
          .setMinValues(1)
          .setMaxValues(2)
          .addOptions(
            { label: 'A', value: 'a' },
            { label: 'B', value: 'b' },
            { label: 'C', value: 'c' },
          );
        await i.reply({
          content: 'Which two?',
          components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu)],
        });
      }
      if (i.isStringSelectMenu())
        await i.reply({
          content: `You chose ${i.values.join('+')}`,
          flags: MessageFlags.Ephemeral,
        });
    });
    const alice = member(sim);
    const question = await (await alice.runCommand('pick')).waitForReply();
    await expect(alice.selectMenu(question, 'answer', ['a', 'z'])).rejects.toThrow(/no option z/);
    await expect(alice.selectMenu(question, 'answer', ['a', 'b', 'c'])).rejects.toThrow(
      /1 to 2 values/,
    );
    const choice = await alice.selectMenu(question, 'answer', ['a', 'c']);
    expect((await choice.waitForReply()).content).toBe('You chose a+c');
  });

  it('shows a modal and receives its submission', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (i.isChatInputCommand()) {
        const total = new TextInputBuilder()
          .setCustomId('total')
          .setLabel('Total score')
          .setStyle(TextInputStyle.Short)
          .setMaxLength(4);
        const note = new TextInputBuilder()
          .setCustomId('note')
          .setLabel('Note')
          .setStyle(TextInputStyle.Paragraph)
          .setRequired(false);
        await i.showModal(
          new ModalBuilder()
            .setCustomId('score-modal')
            .setTitle('Score report')
            .addComponents(
              new ActionRowBuilder<TextInputBuilder>().addComponents(total),
              new ActionRowBuilder<TextInputBuilder>().addComponents(note),
            ),
        );
      }
      if (i.isModalSubmit())
        await i.reply({
          content: `Recorded ${i.fields.getTextInputValue('total')}`,
          flags: MessageFlags.Ephemeral,
        });
    });
    const alice = member(sim);
    const command = await alice.runCommand('score');
    const modal = await command.waitForModal();
    expect(modal).toMatchObject({ custom_id: 'score-modal', title: 'Score report' });
    await expect(alice.submitModal(command, 'score-modal', { note: 'x' })).rejects.toThrow(
      /"Total score" is required/,
    );
    await expect(alice.submitModal(command, 'score-modal', { total: '12345' })).rejects.toThrow(
      /0 to 4 characters/,
    );
    const submit = await alice.submitModal(command, 'score-modal', { total: '812' });
    expect((await submit.waitForReply()).content).toBe('Recorded 812');
    await expect(alice.submitModal(command, undefined, { total: '1' })).rejects.toThrow(
      /already submitted/,
    );
  });

  it('shows a modal built from labels, with a select menu inside', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (i.isChatInputCommand()) {
        await i.showModal(
          new ModalBuilder()
            .setCustomId('domain-score')
            .setTitle('Domain score')
            .addLabelComponents(
              new LabelBuilder()
                .setLabel('Domain')
                .setStringSelectMenuComponent(
                  new StringSelectMenuBuilder()
                    .setCustomId('domain')
                    .addOptions(
                      { label: 'NLP', value: 'nlp' },
                      { label: 'Vision', value: 'computer-vision' },
                    ),
                ),
              new LabelBuilder()
                .setLabel('Percent correct')
                .setTextInputComponent(
                  new TextInputBuilder().setCustomId('percent').setStyle(TextInputStyle.Short),
                ),
            ),
        );
      }
      if (i.isModalSubmit()) {
        const [domain] = i.fields.getStringSelectValues('domain');
        await i.reply({
          content: `${domain}: ${i.fields.getTextInputValue('percent')}%`,
          flags: MessageFlags.Ephemeral,
        });
      }
    });
    const alice = member(sim);
    const command = await alice.runCommand('score');
    await command.waitForModal();
    await expect(
      alice.submitModal(command, undefined, { domain: ['math'], percent: '70' }),
    ).rejects.toThrow(/no option math/);
    const submit = await alice.submitModal(command, 'domain-score', {
      domain: ['nlp'],
      percent: '70',
    });
    expect((await submit.waitForReply()).content).toBe('nlp: 70%');
  });

  it('offers autocomplete choices for what the user typed', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      const exams = ['AI-102', 'AI-103', 'AZ-900'].filter((code) =>
        code.startsWith(typed.toUpperCase()),
      );
      await i.respond(exams.map((code) => ({ name: code, value: code })));
    });
    const handle = await member(sim).autocomplete('exam', {
      options: { code: 'ai' },
      focused: 'code',
    });
    expect(await handle.waitForChoices()).toEqual([
      { name: 'AI-102', value: 'AI-102' },
      { name: 'AI-103', value: 'AI-103' },
    ]);
  });

  it('runs a command in the DM with the bot', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (i.isChatInputCommand()) await i.reply(`in ${i.inGuild() ? 'a guild' : 'DMs'}`);
    });
    const alice = member(sim);
    const reply = await (await alice.runCommand('dm', { dm: true })).waitForReply();
    expect(reply.content).toBe('in DMs');
    expect(reply.channel_id).toBe(sim.dmChannelOf(alice));
  });

  it('returns the created message when the bot asks with_response', async () => {
    const sim = await startSim();
    let messageId: string | undefined;
    await startBot(sim, async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: 'tracked', withResponse: true });
      messageId = response.resource?.message?.id;
    });
    const reply = await (await member(sim).runCommand('hello')).waitForReply();
    await expect.poll(() => messageId).toBe(reply.id);
  });
});

describe('interaction rules', () => {
  it('refuses a callback after the deadline with 10062', async () => {
    const sim = await startSim({ interactionDeadlineMs: 50 });
    const errors: unknown[] = [];
    await startBot(sim, async (i) => {
      if (!i.isChatInputCommand()) return;
      await sleep(150);
      await i.reply('too late').catch((error: unknown) => errors.push(error));
    });
    const handle = await member(sim).runCommand('slow');
    await expect.poll(() => errors.length).toBe(1);
    expect((errors[0] as DiscordAPIError).code).toBe(10062);
    expect(handle.response).toBeUndefined();
    await expect(handle.waitForReply({ timeout: 50 })).rejects.toThrow(
      /unanswered \(deadline 50 ms\)/,
    );
  });

  it('measures the deadline on the clock the test passes in', async () => {
    let now = Date.parse('2027-02-01T08:00:00Z');
    const sim = await startSim({ now: () => now });
    await register(sim);
    const handle = await member(sim).runCommand('hello');
    now += 3_001;
    const late = await api(
      sim,
      'POST',
      `/interactions/${handle.id}/${handle.payload.token}/callback`,
      { type: 4, data: { content: 'x' } },
    );
    expect(late.body).toEqual({ code: 10062, message: 'Unknown interaction' });
  });

  it('refuses a second callback with 40060', async () => {
    const sim = await startSim();
    const client = await startBot(sim, async () => {});
    const handle = await member(sim).runCommand('hello');
    const route = Routes.interactionCallback(handle.id, String(handle.payload.token));
    await client.rest.post(route, { body: { type: 4, data: { content: 'one' } }, auth: false });
    const second = await client.rest
      .post(route, { body: { type: 4, data: { content: 'two' } }, auth: false })
      .catch((e: unknown) => e);
    expect((second as DiscordAPIError).code).toBe(40060);
    expect((await handle.waitForReply()).content).toBe('one');
  });

  it('leaves an interaction unanswered when the response is invalid, so the bot can answer again', async () => {
    const sim = await startSim();
    await register(sim);
    const handle = await member(sim).runCommand('hello');
    const path = `/interactions/${handle.id}/${handle.payload.token}/callback`;
    const invalid = await api(
      sim,
      'POST',
      path,
      { type: 4, data: { content: 'x'.repeat(2_001) } },
      { auth: false },
    );
    expect(invalid.body.code).toBe(50035);
    expect(
      (await api(sim, 'POST', path, { type: 4, data: { content: 'ok' } }, { auth: false })).status,
    ).toBe(204);
  });

  it('expires followups and @original after 15 minutes with 10015', async () => {
    let now = Date.parse('2027-02-01T08:00:00Z');
    const sim = await startSim({ now: () => now });
    await register(sim);
    const handle = await member(sim).runCommand('hello');
    const token = String(handle.payload.token);
    await api(
      sim,
      'POST',
      `/interactions/${handle.id}/${token}/callback`,
      { type: 5 },
      { auth: false },
    );
    now += 14 * 60_000;
    const inTime = await api(
      sim,
      'PATCH',
      `/webhooks/${sim.applicationId}/${token}/messages/@original`,
      { content: 'in time' },
      { auth: false },
    );
    expect(inTime.status).toBe(200);
    now += 2 * 60_000;
    const late = await api(
      sim,
      'POST',
      `/webhooks/${sim.applicationId}/${token}?wait=true`,
      { content: 'late' },
      { auth: false },
    );
    expect(late.status).toBe(404);
    expect(late.body.code).toBe(10015);
  });

  it('refuses a followup before the interaction was answered', async () => {
    const sim = await startSim();
    await register(sim);
    const handle = await member(sim).runCommand('hello');
    const early = await api(
      sim,
      'POST',
      `/webhooks/${sim.applicationId}/${handle.payload.token}`,
      { content: 'x' },
      { auth: false },
    );
    expect(early.body.code).toBe(10015);
  });

  it('tells the test when no bot session received an interaction', async () => {
    const sim = await startSim();
    await api(sim, 'PUT', `/applications/${sim.applicationId}/commands`, [
      { name: 'hello', description: 'd' },
    ]);
    const handle = await member(sim).runCommand('hello');
    expect(handle.delivered).toBe(false);
    await expect(handle.waitForResponse()).rejects.toThrow(/no gateway session/);
  });

  it('refuses clicks on buttons that are not there or disabled', async () => {
    const sim = await startSim();
    await startBot(sim, async (i) => {
      if (i.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder()
            .setCustomId('off')
            .setLabel('Off')
            .setStyle(ButtonStyle.Primary)
            .setDisabled(true),
          new ButtonBuilder()
            .setURL('https://learn.microsoft.com')
            .setLabel('Docs')
            .setStyle(ButtonStyle.Link),
        );
        await i.reply({ content: 'buttons', components: [row] });
      }
    });
    const alice = member(sim);
    const message = await (await alice.runCommand('today')).waitForReply();
    await expect(alice.clickButton(message, 'missing')).rejects.toThrow(/no component "missing"/);
    await expect(alice.clickButton(message, 'off')).rejects.toThrow(/disabled/);
  });
});
