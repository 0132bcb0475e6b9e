import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { describeRegistration } from '../src/registration/registerCommands.js';
import { EPHEMERAL, startTestBot } from './harness.js';

// After AI-102's retirement (2026-06-30), so the list shows it retired.
const august = () => new Date('2026-08-03T09:00:00Z');

describe('the bot against discord-sim', () => {
  it('registers its commands in the server and says so in one line', async () => {
    const { sim, registration } = await startTestBot();
    const names = commands.commands.map((c) => c.name);
    expect(names.slice(0, 1)).toEqual(['help']);
    expect(names).toContain('exam');
    expect(sim.commands({ guildId: sim.guild.id }).map((c) => c.name)).toEqual(names);
    expect(describeRegistration(registration)).toBe(
      `Registered ${names.length} commands to server ${sim.guild.id}: ${names.map((n) => `/${n}`).join(', ')}`,
    );
  });

  it('answers /help privately with every command and subcommand', async () => {
    const { ana } = await startTestBot();
    const reply = await (await ana.runCommand('help')).waitForReply();
    expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
    const text = reply.embeds.map((e) => e.description).join('\n');
    expect(text).toContain('`/help`');
    expect(text).toContain('`/exam list`');
    expect(text).toContain('`/exam info [exam]`');
  });

  it('answers /help in a DM too, once registered globally', async () => {
    const { ana, registration } = await startTestBot({ global: true });
    expect(registration.scope).toBe('global');
    const reply = await (await ana.runCommand('help', { dm: true })).waitForReply();
    expect(reply.embeds[0]?.title).toBe('certpace commands');
  });

  it('lists the exams with the retired ones marked and the default shown', async () => {
    const { ana } = await startTestBot({ clock: august });
    const reply = await (await ana.runCommand('exam list')).waitForReply();
    const text = reply.embeds.map((e) => e.description).join('\n');
    const lines = text.split('\n').filter((l) => l.startsWith('**'));
    expect(lines).toEqual([
      '**AI-103@2026-04** · Developing AI Apps and Agents on Azure · **default for new plans**',
      expect.stringMatching(
        /^\*\*AI-102@2025-12\*\* · .* · retired on 2026-06-30 · successor AI-103$/,
      ),
      expect.stringMatching(
        /^\*\*AI-102@2024-06\*\* · .* · retired on 2026-06-30 · successor AI-103$/,
      ),
    ]);
    expect(text).toContain(
      '120 min · about 50 (40–60) questions · pass 700/1000 · 5 domains · 128 practice questions',
    );
  });

  it('suggests exams as the user types and shows one with its domains, weights and question counts', async () => {
    const { ana } = await startTestBot({ clock: august });
    const typed = await ana.autocomplete('exam info', {
      options: { exam: 'ai-103' },
      focused: 'exam',
    });
    const choices = await typed.waitForChoices();
    expect(choices).toEqual([
      {
        name: 'AI-103@2026-04 · Developing AI Apps and Agents on Azure (default)',
        value: 'AI-103@2026-04',
      },
    ]);

    const reply = await (
      await ana.runCommand('exam info', { options: { exam: choices[0]!.value } })
    ).waitForReply();
    const [embed] = reply.embeds;
    expect(embed?.title).toBe('AI-103@2026-04 · Developing AI Apps and Agents on Azure');
    expect(embed?.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(embed?.description).toContain('**Answering time** 120 min');
    expect(embed?.description).toContain('**Pass mark** 700 of 1000');
    expect(embed?.description).toContain('**Practice questions** 128');
    expect(embed?.fields?.map((f) => f.name)).toEqual([
      'Plan and manage an Azure AI solution',
      'Implement generative AI and agentic solutions',
      'Implement computer vision solutions',
      'Implement text analysis solutions',
      'Implement information extraction solutions',
    ]);
    expect(embed?.fields?.[1]?.value).toMatch(
      /^\*\*30–35%\*\* of the exam · \d+ practice questions\n\[/,
    );
    expect(reply.flags ?? 0).toBe(0);
  });

  it('shows the newest exam not retired when /exam info is given none', async () => {
    const { ana } = await startTestBot({ clock: august });
    const reply = await (await ana.runCommand('exam info')).waitForReply();
    expect(reply.embeds[0]?.title).toMatch(/^AI-103@2026-04/);
  });

  it('answers an unknown exam privately with the known ones', async () => {
    const { ana, logLines } = await startTestBot();
    const reply = await (
      await ana.runCommand('exam info', { options: { exam: 'AZ-900' } })
    ).waitForReply();
    expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.content).toBe(
      'I do not know the exam "AZ-900". Known: AI-102@2024-06, AI-102@2025-12, AI-103@2026-04.',
    );
    expect(logLines.some((l) => l.includes('"code":"EXAM_UNKNOWN"'))).toBe(true);
  });

  it('lets only the asker switch the shown exam; someone else is told whose button it is', async () => {
    const { sim, ana, bob } = await startTestBot({ clock: august });
    const shown = await (
      await ana.runCommand('exam info', { options: { exam: 'AI-103' } })
    ).waitForReply();
    const switchTo = `exam:info:${ana.id}:AI-102@2025-12`;

    const refused = await (await bob.clickButton(shown, switchTo)).waitForReply();
    expect(refused.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(refused.content).toBe(
      `This button belongs to <@${ana.id}>: run the command yourself to get your own.`,
    );
    expect(sim.message(shown.id)?.embeds[0]?.title).toMatch(/^AI-103@2026-04/);

    const updated = await (await ana.clickButton(shown, switchTo)).waitForReply();
    expect(updated.id).toBe(shown.id);
    expect(updated.embeds[0]?.title).toMatch(/^AI-102@2025-12/);
    expect(updated.embeds[0]?.description).toContain('retired on 2026-06-30 · successor AI-103');
  });
});
