import type { SimUser } from '@certpace/discord-sim';
import { type APIMessage, ComponentType, InteractionResponseType } from 'discord.js';
import { expect, it } from 'vitest';
import {
  buttonId,
  buttonLabels,
  createStandardPlan,
  describeBot,
  privateReply,
} from './studyHarness.js';

interface ButtonShape {
  readonly label?: string;
  readonly custom_id?: string;
  readonly disabled?: boolean;
}

/** The buttons of a message, flat. */
function buttons(message: APIMessage): ButtonShape[] {
  return (message.components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.filter((c) => c.type === ComponentType.Button).map((c) => c as ButtonShape)
      : [],
  );
}

/** Presses every enabled Done button, page by page, and returns the last state of the message. */
async function finishDay(user: SimUser, message: APIMessage): Promise<APIMessage> {
  let current = message;
  for (let guard = 0; guard < 40; guard++) {
    const done = buttons(current).find((b) => b.label === 'Done' && !b.disabled);
    if (done?.custom_id) {
      current = await (await user.clickButton(current, done.custom_id)).waitForReply();
      continue;
    }
    const next = buttons(current).find((b) => b.label === 'Next ▶' && !b.disabled);
    if (!next?.custom_id) return current;
    current = await (await user.clickButton(current, next.custom_id)).waitForReply();
  }
  throw new Error('the day never finished');
}

describeBot('/today', (suite) => {
  it('lists today’s tasks privately, a row per task with Done and Skip buttons that name their owner', async () => {
    const { ana } = await suite.start();
    await createStandardPlan(ana);
    const reply = await privateReply(ana, 'today');
    const [embed] = reply.embeds;
    expect(embed?.title).toBe('Today · Mon 4 May');
    expect(embed?.description).toMatch(/^1\. ⬜ .+ \(\d+ min\)/);
    expect(embed?.description).toContain('Streak: none yet. Finish a task to start one.');
    expect(embed?.footer?.text).toBe('Your day in Europe/Berlin · AI-103@2026-04');
    const rows = buttonLabels(reply);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.slice(1)).toEqual(['Done', 'Skip']);
    for (const id of buttons(reply).map((b) => b.custom_id)) {
      expect(id).toMatch(new RegExp(`^today:(task|done|skip):${ana.id}:`));
    }
  });

  it('marks a task Done by updating the message in place, with the streak', async () => {
    const { ana } = await suite.start();
    await createStandardPlan(ana);
    const list = await privateReply(ana, 'today');
    const click = await ana.clickButton(list, buttonId(list, 'Done', 0));
    const updated = await click.waitForReply();
    expect((await click.waitForResponse()).type).toBe(InteractionResponseType.UpdateMessage);
    expect(updated.id).toBe(list.id);
    expect(updated.content).toMatch(/^Nice work\. \d+ tasks? left today\.$/);
    expect(updated.embeds[0]?.description).toMatch(/^1\. ✅ /);
    expect(updated.embeds[0]?.description).toContain('🔥 Streak: 1 day (best 1) · today counts');
    const [firstDone, firstSkip] = buttons(updated).filter(
      (b) => b.label === 'Done' || b.label === 'Skip',
    );
    expect([firstDone?.disabled, firstSkip?.disabled]).toEqual([true, true]);
  });

  it('counts a double click on Done once', async () => {
    const { ana } = await suite.start();
    await createStandardPlan(ana);
    const list = await privateReply(ana, 'today');
    const id = buttonId(list, 'Done', 0);
    const clicks = [await ana.clickButton(list, id), await ana.clickButton(list, id)];
    const contents = await Promise.all(clicks.map(async (c) => (await c.waitForReply()).content));
    expect(contents.filter((c) => c === 'Already marked done.')).toHaveLength(1);
    const after = await privateReply(ana, 'today');
    expect(after.embeds[0]?.description?.match(/✅/g)).toHaveLength(1);
    expect(after.embeds[0]?.description).toContain('🔥 Streak: 1 day (best 1)');
  });

  it('skips a task, and the streak grows day by day as each day is done', async () => {
    const { ana, clock } = await suite.start();
    await createStandardPlan(ana);
    const first = await privateReply(ana, 'today');
    const skipped = await (await ana.clickButton(first, buttonId(first, 'Skip', 0))).waitForReply();
    expect(skipped.content).toBe('Skipped: it moves to a later day at the next re-plan.');
    expect(skipped.embeds[0]?.description).toMatch(/^1\. ⏭️ ~~/);

    const monday = await finishDay(ana, skipped);
    expect(monday.content).toBe('Day complete! 🔥 1 day in a row.');
    clock.advance(24 * 3_600_000);
    const tuesday = await finishDay(ana, await privateReply(ana, 'today'));
    expect(tuesday.embeds[0]?.title).toBe('Today · Tue 5 May');
    expect(tuesday.content).toBe('Day complete! 🔥 2 days in a row.');
    expect(tuesday.embeds[0]?.description).toContain('Everything for today is done. 🎉');
    expect(tuesday.embeds[0]?.description).toContain('🔥 Streak: 2 days (best 2) · today counts');
  });

  it('pages tasks that do not fit five rows, keeping a row for Previous and Next', async () => {
    const { ana } = await suite.start();
    await createStandardPlan(ana, { minutes: 480, days: 'daily' });
    await createStandardPlan(ana, { minutes: 480, days: 'daily', exam: 'AI-102@2025-12' });
    const first = await privateReply(ana, 'today');
    const count = first.embeds[0]?.description?.match(/^\d+\. /gm)?.length ?? 0;
    expect(count).toBeGreaterThan(5);
    const rows = buttonLabels(first);
    expect(rows).toHaveLength(5);
    expect(rows[4]).toEqual(['◀ Previous', `Page 1 of ${Math.ceil(count / 4)}`, 'Next ▶']);
    // With two plans each line names its exam.
    expect(first.embeds[0]?.description).toMatch(/· AI-10[23]\)/);

    const second = await (await ana.clickButton(first, buttonId(first, 'Next ▶'))).waitForReply();
    expect(buttonLabels(second)[0]?.[0]).toMatch(/^5\. /);
    const done = await finishDay(ana, await privateReply(ana, 'today'));
    expect(done.content).toBe('Day complete! 🔥 1 day in a row.');
  });

  it('answers a learner without a plan with what to do', async () => {
    const { ana } = await suite.start();
    const reply = await privateReply(ana, 'today');
    expect(reply.content).toBe('You have no active plan yet. Create one with /plan create.');
  });
});
