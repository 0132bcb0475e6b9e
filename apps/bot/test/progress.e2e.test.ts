import { findLearnerByDiscordId } from '@certpace/db';
import { expect, it } from 'vitest';
import { playPractice } from './quizData.js';
import { createStandardPlan, describeBot, EPHEMERAL, privateReply } from './studyHarness.js';

describeBot('/progress', (suite) => {
  it('shows mastery per domain against the weights, readiness as an estimate, streak, history and a PNG chart', async () => {
    const { ana, sim, clock } = await suite.start();
    await createStandardPlan(ana);
    await playPractice(suite.db, clock, ana, 3);
    const reply = await privateReply(ana, 'progress');
    const [embed] = reply.embeds;
    expect(embed?.title).toBe('Progress · ana · AI-103@2026-04');
    expect(embed?.description).toMatch(
      /^Expected score about \*\*\d+\*\*\/1000 \(80% interval \d+–\d+\), pass mark 700\.\nChance to pass: \*\*\d+%\*\*\.\n\*An estimate: Microsoft’s scaling is not linear\.\*/,
    );
    expect(embed?.description).toContain('🔥 Streak: 1 day (best 1) · today counts');
    expect(embed?.description).toMatch(/Plan: 0\/\d+ tasks done .* exam in 72 days/);
    const fields = embed?.fields ?? [];
    expect(fields.slice(0, 5).map((f) => f.name)).toEqual([
      'Plan and manage an Azure AI solution (25–30% of the exam)',
      'Implement generative AI and agentic solutions (30–35% of the exam)',
      'Implement computer vision solutions (10–15% of the exam)',
      'Implement text analysis solutions (10–15% of the exam)',
      'Implement information extraction solutions (10–15% of the exam)',
    ]);
    for (const field of fields.slice(0, 5)) {
      expect(field.value).toMatch(/^Mastery \*\*\d+%\*\* \(80%: \d+%–\d+%\) · /);
    }
    expect(fields.find((f) => f.name === 'Recent quizzes')?.value).toMatch(
      /^2026-05-04 · practice · 3\/3 \(100%\)$/,
    );
    const [chart] = reply.attachments;
    expect(chart?.filename).toBe('progress.png');
    expect(chart?.content_type).toBe('image/png');
    expect(chart?.width).toBe(1000);
    const bytes = await sim.attachmentBytes(chart!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });

  it('shows someone else’s progress only once they allow it, and never stores anyone by looking', async () => {
    const { ana, bob, sim } = await suite.start();
    await createStandardPlan(ana);
    const refused = await privateReply(bob, 'progress', { user: { id: ana.id } });
    expect(refused.content).toBe('ana keeps their progress private.');

    const allowed = await privateReply(ana, 'privacy visibility', { progress: true });
    expect(allowed.embeds[0]?.fields?.[1]?.value).toBe(
      'Shared: members can see it with /progress user:you.',
    );
    const shown = await privateReply(bob, 'progress', { user: { id: ana.id } });
    expect(shown.embeds[0]?.title).toBe('Progress · ana · AI-103@2026-04');

    const stranger = sim.createUser({ username: 'cy' });
    sim.addMember(sim.guild.id, stranger);
    const unknown = await privateReply(bob, 'progress', { user: { id: stranger.id } });
    expect(unknown.content).toBe('cy keeps their progress private.');
    expect(await findLearnerByDiscordId(suite.db, stranger.id)).toBeNull();
  });

  it('posts it for the channel when asked to share', async () => {
    const { ana } = await suite.start();
    const reply = await (
      await ana.runCommand('progress', { options: { share: true } })
    ).waitForReply();
    expect((reply.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(reply.embeds[0]?.description).toContain('No active plan for this exam');
    expect(reply.attachments).toHaveLength(1);
  });
});
