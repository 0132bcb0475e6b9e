import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  advanceQuiz,
  answerQuestion,
  finishQuiz,
  getChannelQuiz,
  getQuiz,
  StudyError,
  setGuildSettings,
  setQuizMessage,
  startQuiz,
} from '../src/index.js';
import { answerKey, discordLearner, failure, testDeps } from './support/fixtures.js';

const key = answerKey('AI-103@2026-04');
const general = { guildId: 'guild-1', channelId: 'general' };
const quizRoom = { guildId: 'guild-1', channelId: 'quiz-room' };

describeEachDriver('group quizzes and their channel', (ctx) => {
  it('runs group quizzes only in the guild’s quiz channel once one is set, naming it', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    // No setting: any channel.
    const anywhere = await startQuiz(deps, ada, { mode: 'group', count: 1, ...general });
    await finishQuiz(deps, ada, { quizId: anywhere.quiz.quizId });

    await setGuildSettings(deps, { guildId: 'guild-1', quizChannelId: 'quiz-room' });
    const refused = await failure(startQuiz(deps, ada, { mode: 'group', count: 1, ...general }));
    expect(refused).toMatchObject({
      code: 'invalid-input',
      field: 'channelId',
      message: 'This server runs its group quizzes in its quiz channel only.',
    });
    if (!(refused instanceof StudyError)) throw refused;
    expect(refused.describe('discord')).toContain('Start one in <#quiz-room>');
    // The channel is the first thing checked: a bad option elsewhere does not hide it.
    const both = await failure(
      startQuiz(deps, ada, { mode: 'group', count: 1, domain: 'cooking', ...general }),
    );
    expect(both.field).toBe('channelId');

    const there = await startQuiz(deps, ada, { mode: 'group', count: 1, ...quizRoom });
    expect(there.quiz.channelId).toBe('quiz-room');
    // Another guild's setting does not reach this one, and solo quizzes have no channel.
    const elsewhere = await startQuiz(deps, ada, {
      mode: 'group',
      count: 1,
      guildId: 'guild-2',
      channelId: 'general-2',
    });
    expect(elsewhere.quiz.status).toBe('running');
    expect((await startQuiz(deps, ada, { mode: 'practice', count: 1 })).quiz.status).toBe(
      'running',
    );

    await setGuildSettings(deps, { guildId: 'guild-1', quizChannelId: null });
    expect(
      (await startQuiz(deps, ada, { mode: 'group', count: 1, ...general })).quiz.channelId,
    ).toBe('general');
  });

  it('finds the quiz running in a channel, whoever started it, and lets it be stopped from there', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    expect(await getChannelQuiz(deps, general)).toBeNull();
    const { quiz } = await startQuiz(deps, ada, { mode: 'group', count: 2, ...general });
    await answerQuestion(deps, bob, { quizId: quiz.quizId, choices: key.right(quiz.question!.id) });

    const found = await getChannelQuiz(deps, general);
    expect(found).toMatchObject({
      quizId: quiz.quizId,
      status: 'running',
      question: { index: 0, id: quiz.question!.id },
      answered: 1,
    });
    // The same channel id under another guild is not this quiz, nor is another channel.
    expect(await getChannelQuiz(deps, { guildId: 'guild-2', channelId: 'general' })).toBeNull();
    expect(await getChannelQuiz(deps, quizRoom)).toBeNull();

    const refused = await failure(finishQuiz(deps, bob, { quizId: found!.quizId }));
    expect(refused.code).toBe('not-your-quiz');
    const stopped = await finishQuiz(deps, bob, { quizId: found!.quizId, canManage: true });
    expect(stopped).toMatchObject({ finishReason: 'stopped', alreadyFinished: false });
    expect(await getChannelQuiz(deps, general)).toBeNull();

    // The timer of the process that ran it finds it over, and changes nothing.
    deps.clock.advance(60_000);
    expect(await advanceQuiz(deps, null, { quizId: quiz.quizId, index: 0 })).toMatchObject({
      advanced: false,
      reason: 'finished',
      quiz: { status: 'finished' },
    });
  });

  it('records the message showing the open question, forgets it when the next opens, and ignores a slow post', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const { quiz } = await startQuiz(deps, ada, { mode: 'group', count: 3, ...general });
    expect(quiz.messageId).toBeNull();

    const first = await setQuizMessage(deps, { quizId: quiz.quizId, messageId: 'm-1', index: 0 });
    expect(first).toMatchObject({ stored: true, quiz: { messageId: 'm-1' } });
    expect((await getChannelQuiz(deps, general))?.messageId).toBe('m-1');
    // Saving the message is a save like any other: an answer racing it is still kept.
    const [answered] = await Promise.all([
      answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(quiz.question!.id) }),
      setQuizMessage(deps, { quizId: quiz.quizId, messageId: 'm-1b', index: 0 }),
    ]);
    expect(answered.accepted).toBe(true);
    expect(await getQuiz(deps, { quizId: quiz.quizId })).toMatchObject({
      messageId: 'm-1b',
      answered: 1,
    });

    deps.clock.advance(31_000);
    const step = await advanceQuiz(deps, null, { quizId: quiz.quizId, index: 0 });
    expect(step).toMatchObject({ advanced: true, quiz: { messageId: null } });

    // Another process already shows question 3; a late post of question 2 is not recorded.
    await setQuizMessage(deps, { quizId: quiz.quizId, messageId: 'm-2', index: 1 });
    deps.clock.advance(31_000);
    await advanceQuiz(deps, null, { quizId: quiz.quizId, index: 1 });
    await setQuizMessage(deps, { quizId: quiz.quizId, messageId: 'm-3', index: 2 });
    const stale = await setQuizMessage(deps, { quizId: quiz.quizId, messageId: 'm-2', index: 1 });
    expect(stale).toMatchObject({ stored: false, quiz: { messageId: 'm-3' } });

    await finishQuiz(deps, null, { quizId: quiz.quizId });
    expect(
      await setQuizMessage(deps, { quizId: quiz.quizId, messageId: 'm-4', index: 2 }),
    ).toMatchObject({ stored: false, quiz: { status: 'finished' } });
    expect(
      (await failure(setQuizMessage(deps, { quizId: quiz.quizId, messageId: ' ' }))).field,
    ).toBe('messageId');
  });
});
