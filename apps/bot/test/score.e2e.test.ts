import { type Database, findLearnerByDiscordId, listScoreReports } from '@certpace/db';
import type { InteractionHandle, SimUser } from '@certpace/discord-sim';
import { expect, it } from 'vitest';
import { decodeCustomId } from '../src/framework/customId.js';
import {
  buttonId,
  createStandardPlan,
  describeBot,
  EPHEMERAL,
  privateReply,
} from './studyHarness.js';

interface ModalInput {
  readonly custom_id: string;
  readonly label: string;
  readonly value?: string;
}

/** The text inputs of a modal the bot showed. */
async function modalInputs(
  handle: InteractionHandle,
): Promise<{ customId: string; title: string; inputs: ModalInput[] }> {
  const modal = await handle.waitForModal();
  const rows = modal.components as { components: ModalInput[] }[];
  return {
    customId: String(modal.custom_id),
    title: String(modal.title),
    inputs: rows.map((r) => r.components[0]!),
  };
}

/** The score reports stored for a user, read straight from the database. */
async function reportsOf(db: Database, user: SimUser) {
  const learner = await findLearnerByDiscordId(db, user.id);
  return learner ? listScoreReports(db, { learnerId: learner.id }) : [];
}

describeBot('/score add', (suite) => {
  it('takes a five-domain report in one form and answers with readiness and what the re-plan changed', async () => {
    const { ana } = await suite.start();
    await createStandardPlan(ana);
    const command = await ana.runCommand('score add', { options: { total: 742 } });
    const form = await modalInputs(command);
    expect(form.title).toBe('Score report · AI-103 · 742');
    expect(form.inputs.map((i) => i.label)).toEqual([
      'Plan and manage an Azure AI solution',
      'Implement generative AI and agentic solutions',
      'Implement computer vision solutions',
      'Implement text analysis solutions',
      'Implement information extraction solutions',
    ]);
    for (const input of form.inputs) expect(input.label.length).toBeLessThanOrEqual(45);

    const submitted = await ana.submitModal(command, form.customId, {
      'plan-manage': '80',
      'generative-agentic': '55%',
      'computer-vision': '90',
      'text-analysis': '70',
      'information-extraction': '',
    });
    const reply = await submitted.waitForReply();
    expect((reply.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const [embed] = reply.embeds;
    expect(embed?.title).toBe('Score report saved · AI-103@2026-04 · 742/1000 · passed ✅');
    const fields = Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields['By domain']).toMatch(
      /^Plan and manage an Azure AI solution: 80% on the report · mastery \d+% → \*\*\d+%\*\*/,
    );
    expect(fields['By domain']).toMatch(/Implement information extraction solutions: mastery/);
    expect(fields['Readiness now (an estimate)']).toMatch(
      /Expected score about \*\*\d+\*\*\/1000 \(80% interval \d+–\d+\)/,
    );
    expect(fields['Readiness now (an estimate)']).toContain('Microsoft’s scaling is not linear');
    expect(fields['Your plan was re-planned']?.length).toBeGreaterThan(0);
    expect(await reportsOf(suite.db, ana)).toHaveLength(1);
  });

  it('lays the form out for the exam of the member’s plan when none is named, and refuses an unknown one', async () => {
    const { ana } = await suite.start();
    // Not the newest exam (AI-103): the form must follow the plan.
    await createStandardPlan(ana, { exam: 'AI-102@2025-12', 'exam-date': '2026-06-20' });
    const command = await ana.runCommand('score add', { options: { total: 710 } });
    const form = await modalInputs(command);
    expect(form.title).toBe('Score report · AI-102 · 710 (1 of 2)');
    expect(form.inputs.map((i) => i.custom_id)).toEqual([
      'plan-manage',
      'generative-ai',
      'agentic',
      'computer-vision',
      'nlp',
    ]);
    const unknown = await privateReply(ana, 'score add', { total: 710, exam: 'AZ-900' });
    expect(unknown.content).toMatch(/^Exam: "AZ-900" is not an exam certpace knows/);
  });

  it('asks for a sixth domain in a second form', async () => {
    const { ana } = await suite.start();
    const command = await ana.runCommand('score add', {
      options: { total: 650, exam: 'AI-102@2025-12', 'taken-on': '2026-05-01' },
    });
    const first = await modalInputs(command);
    expect(first.title).toBe('Score report · AI-102 · 650 (1 of 2)');
    expect(first.inputs).toHaveLength(5);
    const noted = await (
      await ana.submitModal(command, first.customId, {
        'plan-manage': '60',
        'generative-ai': '70',
        agentic: '50',
        'computer-vision': '65',
        nlp: '72',
      })
    ).waitForReply();
    expect(noted.content).toBe(
      'Part 1 of 2 noted (not saved yet). One more: **Implement knowledge mining and information extraction solutions**.',
    );
    expect(await reportsOf(suite.db, ana)).toHaveLength(0);

    const open = await ana.clickButton(noted, buttonId(noted, 'Enter the last domain'));
    const second = await modalInputs(open);
    expect(second.title).toBe('Score report · AI-102 · 650 (2 of 2)');
    expect(second.inputs.map((i) => i.custom_id)).toEqual(['knowledge-mining']);
    expect(second.inputs[0]?.label.length).toBeLessThanOrEqual(45);
    const saved = await (
      await ana.submitModal(open, second.customId, { 'knowledge-mining': '58' })
    ).waitForReply();
    expect(saved.embeds[0]?.title).toBe(
      'Score report saved · AI-102@2025-12 · 650/1000 · below the pass mark of 700',
    );
    expect(saved.embeds[0]?.description).toBe('Taken on 2026-05-01.');
    expect(saved.embeds[0]?.fields?.[0]?.value).toContain('58% on the report');
    const [report] = await reportsOf(suite.db, ana);
    expect(report?.domains).toEqual({
      'plan-manage': 60,
      'generative-ai': 70,
      agentic: 50,
      'computer-vision': 65,
      nlp: 72,
      'knowledge-mining': 58,
    });
  });

  it('answers text where numbers belong privately, saves nothing, and keeps what was typed for the fix', async () => {
    const { ana } = await suite.start();
    const command = await ana.runCommand('score add', { options: { total: 700, exam: 'AI-103' } });
    const form = await modalInputs(command);
    const typed = {
      'plan-manage': '75',
      'generative-agentic': 'abc',
      'computer-vision': '88',
      'text-analysis': '',
      'information-extraction': '61',
    };
    const refused = await (await ana.submitModal(command, form.customId, typed)).waitForReply();
    expect((refused.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(refused.content).toBe(
      'Percentage for Implement generative AI and agentic solutions: "abc" is not a whole number from 0 to 100.\nNothing was saved. Press **Fix the figures**: what you typed is filled in.',
    );
    expect(await reportsOf(suite.db, ana)).toHaveLength(0);

    const reopen = await ana.clickButton(refused, buttonId(refused, 'Fix the figures'));
    const again = await modalInputs(reopen);
    expect(Object.fromEntries(again.inputs.map((i) => [i.custom_id, i.value ?? '']))).toEqual(
      typed,
    );
    const saved = await (
      await ana.submitModal(reopen, again.customId, { ...typed, 'generative-agentic': '64' })
    ).waitForReply();
    expect(saved.embeds[0]?.title).toBe(
      'Score report saved · AI-103@2026-04 · 700/1000 · passed ✅',
    );
    const [report] = await reportsOf(suite.db, ana);
    expect(report?.domains).toEqual({
      'plan-manage': 75,
      'generative-agentic': 64,
      'computer-vision': 88,
      'information-extraction': 61,
    });
  });

  it('refuses a report without any domain figure, and a total outside 0–1000 never reaches the bot', async () => {
    const { ana } = await suite.start();
    await expect(ana.runCommand('score add', { options: { total: 1200 } })).rejects.toThrow(
      /1200|1000|range|max/i,
    );
    const command = await ana.runCommand('score add', { options: { total: 500, exam: 'AI-103' } });
    const form = await modalInputs(command);
    const refused = await (await ana.submitModal(command, form.customId, {})).waitForReply();
    expect(refused.content).toMatch(/^Give at least one domain percentage from the score report\./);
    const bad = await privateReply(ana, 'score add', { total: 500, 'taken-on': 'yesterday' });
    expect(bad.content).toBe(
      'Exam day: "yesterday" is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-15.',
    );
  });

  // The embedded database cannot come back once closed; Postgres is where connections are lost.
  it.runIf(suite.driver === 'postgres')(
    'keeps the figures behind a Try again button when the database fails, and saves nothing',
    async () => {
      const database = await suite.openSeparateDatabase();
      const { ana } = await suite.start({ database });
      const command = await ana.runCommand('score add', {
        options: { total: 690, exam: 'AI-103' },
      });
      const form = await modalInputs(command);
      await database.close();
      const typed = { 'plan-manage': '70', 'generative-agentic': '66' };
      const refused = await (await ana.submitModal(command, form.customId, typed)).waitForReply();
      expect((refused.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
      expect(refused.content).toBe(
        'The database connection was lost (CONNECTION_ENDED); try again in a moment.\nNothing was saved, and your figures are kept: press **Try again**.',
      );
      const retry = decodeCustomId(buttonId(refused, 'Try again'));
      expect(retry?.owner).toBe(ana.id);
      expect(retry?.args).toEqual(['1', 'AI-103@2026-04', '690', '', '70', '66', '', '', '']);
      expect(await reportsOf(suite.db, ana)).toHaveLength(0);
    },
  );
});
