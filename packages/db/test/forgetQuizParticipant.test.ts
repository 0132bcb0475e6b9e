import { expect, it } from 'vitest';
import { createQuiz, endQuiz, forgetQuizParticipant, getQuiz } from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { discordLearner } from './support/fixtures.js';

const now = new Date('2027-02-01T18:00:00Z');

describeEachDriver('forgetting a quiz participant', (ctx) => {
  const groupQuiz = (channelId: string, participants: readonly string[]) =>
    createQuiz(ctx.db, {
      mode: 'group',
      examRef: 'AI-103@2026-04',
      guildId: 'guild-1',
      channelId,
      state: {
        participants,
        answers: participants.map((participant) => ({ participant, question: 0, points: 120 })),
      },
      seed: 7,
      now,
    });

  it('replaces the learner’s id in every quiz they took part in, keeping the others', async () => {
    const ada = await discordLearner(ctx.db);
    const bob = await discordLearner(ctx.db);
    const both = await groupQuiz('channel-1', [ada.id, bob.id]);
    await endQuiz(ctx.db, { quizId: both.id, status: 'finished', now });
    const adaAlone = await groupQuiz('channel-2', [ada.id]);
    const bobAlone = await groupQuiz('channel-3', [bob.id]);

    expect(await forgetQuizParticipant(ctx.db, ada.id)).toBe(2);

    const after = await getQuiz(ctx.db, both.id);
    const text = JSON.stringify(after?.state);
    expect(text).not.toContain(ada.id);
    expect(text).toContain(bob.id);
    const state = after?.state as { participants: string[]; answers: { participant: string }[] };
    const stranger = state.participants[0]!;
    expect(stranger).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // The same stranger within a quiz, so its answers still add up; another one elsewhere.
    expect(state.answers[0]?.participant).toBe(stranger);
    expect(JSON.stringify((await getQuiz(ctx.db, adaAlone.id))?.state)).not.toContain(stranger);
    expect(after?.revision).toBe(both.revision + 1);
    expect(await getQuiz(ctx.db, bobAlone.id)).toMatchObject({
      revision: bobAlone.revision,
      state: bobAlone.state,
    });
  });

  it('changes nothing for a learner in no quiz, or for an id that is not one', async () => {
    const ada = await discordLearner(ctx.db);
    const bob = await discordLearner(ctx.db);
    await groupQuiz('channel-1', [bob.id]);
    expect(await forgetQuizParticipant(ctx.db, ada.id)).toBe(0);
    expect(await forgetQuizParticipant(ctx.db, '%')).toBe(0);
  });
});
