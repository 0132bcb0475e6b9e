import { expect, it } from 'vitest';
import {
  createQuiz,
  endQuiz,
  findRunningQuizInChannel,
  findRunningQuizzesOfOwner,
  getQuiz,
  listRunningQuizzes,
  lockQuiz,
  QuizAlreadyRunningError,
  RevisionConflictError,
  saveQuizState,
  withTransaction,
} from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { discordLearner } from './support/fixtures.js';

const now = new Date('2027-02-01T18:00:00Z');
const later = new Date('2027-02-01T18:10:00Z');

describeEachDriver('quizzes', (ctx) => {
  const groupQuiz = (channelId = 'channel-1', startedBy: string | null = null) =>
    createQuiz(ctx.db, {
      mode: 'group',
      examRef: 'AI-103@2026-04',
      guildId: 'guild-1',
      channelId,
      startedBy,
      state: { step: 0 },
      seed: 4_000_000_000,
      now,
    });

  it('starts a group quiz in a channel with its engine state and seed', async () => {
    const ada = await discordLearner(ctx.db);
    const quiz = await groupQuiz('channel-1', ada.id);
    expect(quiz).toMatchObject({
      mode: 'group',
      status: 'running',
      ownerId: null,
      startedBy: ada.id,
      state: { step: 0 },
      seed: 4_000_000_000,
      revision: 1,
      startedAt: now,
      finishedAt: null,
    });
    expect(await getQuiz(ctx.db, quiz.id)).toMatchObject({ id: quiz.id });
    expect(await findRunningQuizInChannel(ctx.db, 'channel-1')).toMatchObject({ id: quiz.id });
    expect(await findRunningQuizInChannel(ctx.db, 'channel-2')).toBeNull();
  });

  it('allows one running group quiz per channel, even when two start at once', async () => {
    const results = await Promise.allSettled([groupQuiz(), groupQuiz(), groupQuiz()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected')
        expect(result.reason).toBeInstanceOf(QuizAlreadyRunningError);
    }
    // Another channel is free, and the channel is free again once the quiz ends.
    await groupQuiz('channel-2');
    const running = await findRunningQuizInChannel(ctx.db, 'channel-1');
    await endQuiz(ctx.db, { quizId: running?.id ?? '', status: 'finished', now: later });
    await groupQuiz('channel-1');
  });

  it('gives a practice quiz to its owner, and lists a learner’s running solo quizzes', async () => {
    const ada = await discordLearner(ctx.db);
    const practice = await createQuiz(ctx.db, {
      mode: 'practice',
      examRef: 'AI-103@2026-04',
      startedBy: ada.id,
      state: {},
      seed: 1,
      now,
    });
    const mock = await createQuiz(ctx.db, {
      mode: 'mock',
      examRef: 'AI-103@2026-04',
      ownerId: ada.id,
      state: {},
      seed: 2,
      now: later,
    });
    expect(practice.ownerId).toBe(ada.id);
    expect((await findRunningQuizzesOfOwner(ctx.db, { ownerId: ada.id })).map((q) => q.id)).toEqual(
      [mock.id, practice.id],
    );
    expect(
      (await findRunningQuizzesOfOwner(ctx.db, { ownerId: ada.id, modes: ['mock'] })).map(
        (q) => q.id,
      ),
    ).toEqual([mock.id]);
    await expect(
      createQuiz(ctx.db, { mode: 'mock', examRef: 'AI-103@2026-04', state: {}, seed: 3, now }),
    ).rejects.toMatchObject({ constraint: 'quizzes_owner_matches_mode' });
  });

  it('saves engine state with a revision that catches a racing writer', async () => {
    const quiz = await groupQuiz();
    const saved = await saveQuizState(ctx.db, {
      quizId: quiz.id,
      state: { step: 1 },
      expectedRevision: 1,
      messageId: 'message-1',
      now: later,
    });
    expect(saved).toMatchObject({
      state: { step: 1 },
      revision: 2,
      messageId: 'message-1',
      updatedAt: later,
    });
    await expect(
      saveQuizState(ctx.db, {
        quizId: quiz.id,
        state: { step: 9 },
        expectedRevision: 1,
        now: later,
      }),
    ).rejects.toThrow(RevisionConflictError);
    // Without an expected revision the save always lands, and still counts.
    expect(
      await saveQuizState(ctx.db, { quizId: quiz.id, state: { step: 2 }, now: later }),
    ).toMatchObject({
      revision: 3,
    });
  });

  it('ends a quiz once; a finished quiz no longer takes state', async () => {
    const quiz = await groupQuiz();
    const ended = await endQuiz(ctx.db, {
      quizId: quiz.id,
      status: 'finished',
      state: { done: true },
      now: later,
    });
    expect(ended).toMatchObject({ status: 'finished', finishedAt: later, state: { done: true } });
    expect(await endQuiz(ctx.db, { quizId: quiz.id, status: 'cancelled', now: later })).toBeNull();
    expect(await saveQuizState(ctx.db, { quizId: quiz.id, state: {}, now: later })).toBeNull();
    expect(
      await saveQuizState(ctx.db, { quizId: quiz.id, state: {}, expectedRevision: 1, now: later }),
    ).toBeNull();
    expect(await getQuiz(ctx.db, quiz.id)).toMatchObject({ status: 'finished' });
  });

  it('lists every running quiz for a restarted process to resume', async () => {
    const ada = await discordLearner(ctx.db);
    const group = await groupQuiz();
    const mock = await createQuiz(ctx.db, {
      mode: 'mock',
      examRef: 'AI-103@2026-04',
      ownerId: ada.id,
      state: {},
      seed: 2,
      now: later,
    });
    const finished = await groupQuiz('channel-9');
    await endQuiz(ctx.db, { quizId: finished.id, status: 'finished', now: later });
    expect((await listRunningQuizzes(ctx.db)).map((q) => q.id)).toEqual([group.id, mock.id]);
    expect((await listRunningQuizzes(ctx.db, { modes: ['mock'] })).map((q) => q.id)).toEqual([
      mock.id,
    ]);
  });
  it('makes concurrent writers that lock a quiz take turns, so none meets a stale revision', async () => {
    const quiz = await groupQuiz();
    // Each writer reads the revision under the lock, yields, then saves against it:
    // without the lock every writer but one would read a revision that is stale by its save.
    const writer = (step: number) =>
      withTransaction(ctx.db, async (tx) => {
        const locked = await lockQuiz(tx, quiz.id);
        if (!locked) throw new Error('quiz not found');
        await new Promise((resolve) => setTimeout(resolve, 5));
        return saveQuizState(tx, {
          quizId: quiz.id,
          state: { step },
          expectedRevision: locked.revision,
          now: later,
        });
      });
    const saved = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(writer));
    expect(saved.map((q) => q?.revision).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(await getQuiz(ctx.db, quiz.id)).toMatchObject({ revision: 9 });
    expect(
      await withTransaction(ctx.db, (tx) => lockQuiz(tx, '00000000-0000-4000-8000-000000000000')),
    ).toBeNull();
  });
});
