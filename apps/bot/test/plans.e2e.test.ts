import { findLearnerByDiscordId, listPlans } from '@certpace/db';
import { SimUsageError } from '@certpace/discord-sim';
import { PermissionFlagsBits } from 'discord.js';
import { expect, it } from 'vitest';
import {
  buttonId,
  buttonLabels,
  createStandardPlan,
  describeBot,
  privateReply,
} from './studyHarness.js';

describeBot('/plan', (suite) => {
  it('creates a plan in the given timezone and answers privately with a summary and the first days', async () => {
    const { ana } = await suite.start();
    const reply = await createStandardPlan(ana);
    expect(reply.content).toBe(
      'Your plan for **AI-103@2026-04** is ready. Tasks for each day are in /today.',
    );
    const [summary, firstDays] = reply.embeds;
    expect(summary?.title).toBe('Your AI-103 plan');
    const fields = Object.fromEntries((summary?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields['Exam date']).toBe('Wed 15 Jul 2026 · in 72 days');
    expect(fields['Study time']).toBe('1 h on Mon–Fri');
    expect(fields.Timezone).toBe('Europe/Berlin');
    expect(fields['Minutes by domain']?.split('\n')).toEqual([
      expect.stringMatching(/^Plan and manage an Azure AI solution: \*\*.+\*\* \(\d+%\)$/),
      expect.stringMatching(/^Implement generative AI and agentic solutions: /),
      expect.stringMatching(/^Implement computer vision solutions: /),
      expect.stringMatching(/^Implement text analysis solutions: /),
      expect.stringMatching(/^Implement information extraction solutions: /),
    ]);
    expect(fields['Mock exams']).toMatch(/2026/);
    expect(firstDays?.title).toBe('The first 3 study days');
    expect(firstDays?.fields?.map((f) => f.name.split(' · ')[0])).toEqual([
      'Mon 4 May',
      'Tue 5 May',
      'Wed 6 May',
    ]);
    expect(firstDays?.fields?.[0]?.value).toMatch(/^⬜ /);
  });

  it('uses the server’s timezone from /settings when the learner has none, and asks when there is none', async () => {
    const { ana, sim } = await suite.start();
    const options = { 'exam-date': '2026-07-15', minutes: 45 };
    const asked = await privateReply(ana, 'plan create', options);
    expect(asked.content).toMatch(/^Which timezone do your days follow\?/);

    const owner = sim.createUser({ username: 'owner' });
    sim.addMember(sim.guild.id, owner, { permissions: PermissionFlagsBits.ManageGuild });
    await privateReply(owner, 'settings', { timezone: 'America/New_York' });
    const reply = await privateReply(ana, 'plan create', options);
    const timezone = reply.embeds[0]?.fields?.find((f) => f.name === 'Timezone');
    expect(timezone?.value).toBe('America/New_York');
  });

  it('accepts a retired exam and shows the planner’s warning about it', async () => {
    const { ana } = await suite.start({ now: '2026-08-03T09:00:00Z' });
    const reply = await createStandardPlan(ana, {
      exam: 'AI-102@2025-12',
      'exam-date': '2026-10-01',
    });
    const warnings = reply.embeds[0]?.fields?.find((f) => f.name === '⚠️ Warnings');
    expect(warnings?.value).toMatch(/2026-06-30/);
    expect(warnings?.value).toMatch(/AI-103/);
  });

  it.each([
    [
      'a date that does not exist',
      { 'exam-date': '2026-02-30' },
      /^Exam date: "2026-02-30" is not a date/,
    ],
    ['a date in the past', { 'exam-date': '2026-01-10' }, /^Exam date: 2026-01-10 is in the past/],
    [
      'an unknown timezone',
      { timezone: 'Mars/Olympus' },
      /^Timezone: "Mars\/Olympus" is not a known timezone/,
    ],
    ['days that are not weekdays', { days: 'funday' }, /^Study days: "funday"/],
    ['an unknown exam', { exam: 'AZ-900' }, /^Exam: "AZ-900" is not an exam certpace knows/],
  ])('refuses %s with a clear private reply and stores nothing', async (_what, bad, message) => {
    const { ana } = await suite.start();
    const reply = await createStandardPlan(ana, bad);
    expect(reply.content).toMatch(message);
    const none = await privateReply(ana, 'today');
    expect(none.content).toBe('You have no active plan yet. Create one with /plan create.');
  });

  it('leaves minutes outside 1–960 to Discord’s own check, and refuses a second plan for the same exam', async () => {
    const { ana } = await suite.start();
    await expect(
      ana.runCommand('plan create', { options: { 'exam-date': '2026-07-15', minutes: 2000 } }),
    ).rejects.toThrow(SimUsageError);
    await createStandardPlan(ana);
    const again = await createStandardPlan(ana, { 'exam-date': '2026-08-01' });
    expect(again.content).toMatch(/Use \/plan edit or \/plan delete\.$/);
  });

  it('re-plans on /plan edit and shows what changed', async () => {
    const { ana } = await suite.start();
    await createStandardPlan(ana);
    const reply = await privateReply(ana, 'plan edit', { minutes: 120, days: 'mon,wed,sat' });
    const [change, summary] = reply.embeds;
    expect(change?.title).toBe('What changed');
    expect(change?.description?.length).toBeGreaterThan(0);
    expect(summary?.fields?.find((f) => f.name === 'Study time')?.value).toBe(
      '2 h on Mon, Wed, Sat',
    );

    const paused = await privateReply(ana, 'plan edit', { from: '2026-05-11', to: '2026-05-17' });
    expect(paused.embeds[1]?.fields?.find((f) => f.name === 'Pauses')?.value).toBe(
      'Mon 11 May – Sun 17 May',
    );
    const half = await privateReply(ana, 'plan edit', { from: '2026-05-20' });
    expect(half.content).toMatch(/^A pause needs both dates/);
    const nothing = await privateReply(ana, 'plan edit');
    expect(nothing.content).toMatch(/^Nothing to change/);
  });

  it('shows a week with a field per day and pages through weeks with buttons', async () => {
    const { ana } = await suite.start();
    await createStandardPlan(ana);
    const week = await privateReply(ana, 'plan show');
    const [embed] = week.embeds;
    expect(embed?.title).toBe('Week of Mon 4 May – Sun 10 May 2026 (this week)');
    expect(embed?.fields?.map((f) => f.name.split(' · ')[0])).toEqual([
      'Mon 4 May (today)',
      'Tue 5 May',
      'Wed 6 May',
      'Thu 7 May',
      'Fri 8 May',
      'Sat 9 May',
      'Sun 10 May',
    ]);
    expect(embed?.fields?.[5]?.value).toBe('Rest day');
    expect(buttonLabels(week)).toEqual([['◀ Previous week', 'Next week ▶']]);

    const next = buttonId(week, 'Next week ▶');
    const paged = await (await ana.clickButton(week, next)).waitForReply();
    expect(paged.id).toBe(week.id);
    expect(paged.embeds[0]?.title).toBe('Week of Mon 11 May – Sun 17 May 2026 (next week)');
    expect(buttonLabels(paged)).toEqual([['◀ Previous week', 'This week', 'Next week ▶']]);

    const later = await privateReply(ana, 'plan show', { week: 12 });
    expect(later.embeds[0]?.description).toBe('Nothing planned this week.');
  });

  it('deletes a plan only after its owner confirms; Cancel keeps it and nobody else can press', async () => {
    const { ana, bob } = await suite.start();
    await createStandardPlan(ana);
    const ask = await privateReply(ana, 'plan delete');
    expect(ask.embeds[0]?.title).toBe('Delete your AI-103 plan?');
    expect(buttonLabels(ask)).toEqual([['Delete plan', 'Cancel']]);
    expect(buttonId(ask, 'Delete plan')).toMatch(new RegExp(`^plan:delete:${ana.id}:`));

    // The question is private: Discord does not even show it to anyone else.
    await expect(bob.clickButton(ask, buttonId(ask, 'Delete plan'))).rejects.toThrow(
      /ephemeral for someone else/,
    );
    const kept = await (await ana.clickButton(ask, buttonId(ask, 'Cancel'))).waitForReply();
    expect(kept.content).toBe('Kept your plan: nothing was deleted.');
    expect(kept.components).toEqual([]);
    expect((await privateReply(ana, 'today')).embeds[0]?.title).toMatch(/^Today/);

    const again = await privateReply(ana, 'plan delete');
    const done = await (
      await ana.clickButton(again, buttonId(again, 'Delete plan'))
    ).waitForReply();
    expect(done.content).toBe(
      'Deleted your AI-103@2026-04 plan and its tasks. Make a new one any time with /plan create.',
    );
    expect((await privateReply(ana, 'today')).content).toBe(
      'You have no active plan yet. Create one with /plan create.',
    );
  });

  it('suggests exams and timezones as the learner types', async () => {
    const { ana } = await suite.start();
    const exams = await (
      await ana.autocomplete('plan create', { options: { exam: '103' }, focused: 'exam' })
    ).waitForChoices();
    expect(exams.map((c) => c.value)).toEqual(['AI-103@2026-04']);
    const zones = await (
      await ana.autocomplete('plan create', { options: { timezone: 'berl' }, focused: 'timezone' })
    ).waitForChoices();
    expect(zones[0]?.value).toBe('Europe/Berlin');
  });

  it('answers privately when the database went away, keeps running, and loses nothing stored', async () => {
    const database = await suite.openSeparateDatabase();
    const { ana, logLines } = await suite.start({ database });
    await createStandardPlan(ana);
    await database.close();

    for (const [command, options] of [
      ['today', {}],
      ['plan show', {}],
      ['plan create', { 'exam-date': '2026-09-01', minutes: 30, timezone: 'UTC', exam: 'AI-102' }],
    ] as const) {
      const reply = await privateReply(ana, command, options);
      expect(reply.content).toMatch(/try again in a moment\.$/);
      expect(reply.content).not.toMatch(/at .*\.ts|Error:/);
    }
    const help = await privateReply(ana, 'help');
    expect(help.embeds[0]?.title).toBe('certpace commands');
    expect(logLines.some((l) => l.includes('"level":60'))).toBe(false);
    if (suite.driver === 'postgres') {
      // Postgres outlives the bot's connections: the plan made before is all there.
      const learner = await findLearnerByDiscordId(suite.db, ana.id);
      expect(await listPlans(suite.db, { learnerId: learner!.id })).toHaveLength(1);
    }
  });
});
