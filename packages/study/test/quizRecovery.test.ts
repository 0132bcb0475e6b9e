import { advance, type QuizState } from '@certpace/core';
import { getQuiz as getQuizRow, type JsonValue, saveQuizState } from '@certpace/db';
import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  answerQuestion,
  getQuiz,
  recoverQuizzes,
  type StudyDeps,
  setQuizMessage,
  startQuiz,
} from '../src/index.js';
import { answerKey, discordLearner, testDeps } from './support/fixtures.js';

const key = answerKey('AI-103@2026-04');

/** A process closed the quiz's open question with the engine, then died before storing anything. */
async function closeWithoutSettling(deps: StudyDeps, quizId: string): Promise<void> {
  const row = (await getQuizRow(deps.db, quizId))!;
  const closed = advance(row.state as unknown as QuizState, deps.clock().getTime());
  await saveQuizState(deps.db, {
    quizId,
    state: closed.state as unknown as JsonValue,
    expectedRevision: row.revision,
    now: deps.clock(),
  });
}

describeEachDriver('quiz recovery', (ctx) => {
  it('closes a group quiz whose last question closed meanwhile, in a group quiz’s words, with where it ran', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const where = { guildId: 'guild-1', channelId: 'channel-1' };
    const { quiz } = await startQuiz(deps, ada, { mode: 'group', count: 1, ...where });
    await setQuizMessage(deps, { quizId: quiz.quizId, messageId: 'msg-1', index: 0 });
    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(quiz.question!.id) });
    deps.clock.advance(31_000);
    await closeWithoutSettling(deps, quiz.quizId);

    const { running, closed } = await recoverQuizzes(deps);
    expect(running).toEqual([]);
    expect(closed).toEqual([
      expect.objectContaining({
        resumed: false,
        quizId: quiz.quizId,
        mode: 'group',
        ...where,
        reason: 'The last question had closed meanwhile: the quiz is over.',
        finished: expect.objectContaining({ finishReason: 'completed', alreadyFinished: false }),
      }),
    ]);
    const [outcome] = closed;
    if (outcome?.resumed !== false) throw new Error('expected a closed quiz');
    // The message it was last shown in: where the front end shows the end.
    expect(outcome.messageId).toBe('msg-1');
    expect(outcome.finished?.participants).toMatchObject([{ correct: 1, attempted: 1 }]);
  });

  it('words a mock’s time-up and a stopped practice quiz for what they are', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const mock = await startQuiz(deps, ada, { mode: 'mock', count: 2 });
    const practice = await startQuiz(deps, bob, { mode: 'practice', count: 2 });
    const row = (await getQuizRow(deps.db, practice.quiz.quizId))!;
    const state = row.state as unknown as QuizState;
    await saveQuizState(deps.db, {
      quizId: row.id,
      state: {
        ...state,
        status: 'finished',
        finishedAt: deps.clock().getTime(),
        finishReason: 'stopped',
      } as unknown as JsonValue,
      now: deps.clock(),
    });
    deps.clock.advance(60 * 60_000);

    const { closed } = await recoverQuizzes(deps);
    const reasons = Object.fromEntries(
      closed.map((c) => [c.resumed ? '' : c.mode, c.resumed ? '' : c.reason]),
    );
    expect(reasons).toEqual({
      mock: 'The time ran out meanwhile: the exam was submitted as it stood.',
      practice: 'The quiz had been stopped: its answers are kept.',
    });
    expect(closed.every((c) => !c.resumed && c.finished && !c.finished.alreadyFinished)).toBe(true);
    expect(closed.map((c) => (c.resumed ? null : c.quizId)).sort()).toEqual(
      [mock.quiz.quizId, practice.quiz.quizId].sort(),
    );
  });

  it('recovers only the group quizzes of the guilds it serves, and solo quizzes only when asked', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const mine = await startQuiz(deps, ada, {
      mode: 'group',
      count: 2,
      guildId: 'guild-1',
      channelId: 'channel-1',
    });
    const theirs = await startQuiz(deps, ada, {
      mode: 'group',
      count: 1,
      guildId: 'guild-2',
      channelId: 'channel-2',
    });
    const mock = await startQuiz(deps, ada, { mode: 'mock', count: 2 });
    deps.clock.advance(31_000);
    // guild-2's last question closed: only its own shard may close it and announce it.
    await closeWithoutSettling(deps, theirs.quiz.quizId);
    deps.clock.advance(60 * 60_000);

    const shard1 = await recoverQuizzes(deps, { guildIds: ['guild-1'], includeSolo: false });
    expect(shard1.running.map((q) => q.quizId)).toEqual([mine.quiz.quizId]);
    expect(shard1.closed).toEqual([]);
    expect((await getQuiz(deps, { quizId: theirs.quiz.quizId })).status).toBe('finished');
    expect((await getQuizRow(deps.db, theirs.quiz.quizId))?.status).toBe('running');
    expect((await getQuizRow(deps.db, mock.quiz.quizId))?.status).toBe('running');

    const shard0 = await recoverQuizzes(deps, { guildIds: [], includeSolo: true });
    expect(shard0.running).toEqual([]);
    expect(shard0.closed.map((c) => (c.resumed ? null : c.quizId))).toEqual([mock.quiz.quizId]);
    expect((await getQuizRow(deps.db, theirs.quiz.quizId))?.status).toBe('running');

    const shard2 = await recoverQuizzes(deps, { guildIds: ['guild-2'], includeSolo: false });
    expect(shard2.closed).toMatchObject([
      { quizId: theirs.quiz.quizId, guildId: 'guild-2', finished: { finishReason: 'completed' } },
    ]);
    expect((await getQuizRow(deps.db, theirs.quiz.quizId))?.status).toBe('finished');
  });
});
