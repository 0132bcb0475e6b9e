import { advance, type QuizState } from '@certpace/core';
import {
  type Database,
  getQuiz,
  type JsonValue,
  listQuizAnswers,
  listRunningQuizzes,
  saveQuizState,
} from '@certpace/db';
import { ensureLearner, startQuiz } from '@certpace/study';
import { type APIMessage, REST, Routes } from 'discord.js';
import { expect, it } from 'vitest';
import {
  answerOn,
  botMessage,
  choicesFor,
  customIdOf,
  describeQuizSuite,
  expectNoRefusedRequests,
  privateAnswer,
  questionIdOf,
  quizIdOf,
} from './quizHarness.js';

const SECONDS = 30;

const isQuestion = (n: number, of: number) => (m: APIMessage) =>
  m.embeds[0]?.title?.startsWith(`Question ${n} of ${of} · `) === true &&
  !m.embeds[0].title.endsWith('closed');

/** A process closed the open question with the engine and died before anything else. */
async function closeWithoutSettling(db: Database, quizId: string, now: Date): Promise<void> {
  const row = (await getQuiz(db, quizId))!;
  const closed = advance(row.state as unknown as QuizState, now.getTime());
  await saveQuizState(db, {
    quizId,
    state: closed.state as unknown as JsonValue,
    expectedRevision: row.revision,
    now,
  });
}

describeQuizSuite('a restart', (suite) => {
  it('resumes a group quiz in the middle: the open question keeps its message and its answers, then the quiz goes on', async () => {
    const t = await suite.start();
    const { sim, ana, bob, cat, clock } = t;
    const channel = sim.channel.id;
    await (
      await ana.runCommand('quiz start', { options: { questions: 2, seconds: SECONDS } })
    ).waitForReply();
    const q1 = await botMessage(sim, channel, isQuestion(1, 2));
    const q1Id = questionIdOf(q1);
    await privateAnswer(await answerOn(ana, q1, choicesFor(q1Id, 'right')));
    await privateAnswer(await answerOn(bob, q1, choicesFor(q1Id, 'wrong')));

    clock.advance(5_000);
    await t.restart();
    expect(t.logLines.some((l) => l.includes('"msg":"group quiz resumed"'))).toBe(true);
    // Found by the id study kept, not by reading the channel's history.
    expect(sim.requestsMatching({ method: 'GET', route: `/channels/${channel}/messages` })).toEqual(
      [],
    );
    expect(
      sim.requestsMatching({ method: 'GET', route: `/channels/${channel}/messages/${q1.id}` }),
    ).toHaveLength(1);

    // The same message goes on: no second copy of the question, answers given before still count.
    expect(sim.messages(channel).filter(isQuestion(1, 2))).toHaveLength(1);
    expect(await privateAnswer(await answerOn(bob, q1, choicesFor(q1Id, 'right')))).toBe(
      'You already answered: your first answer counts.',
    );
    expect(await privateAnswer(await answerOn(cat, q1, choicesFor(q1Id, 'right')))).toMatch(
      /^Recorded/,
    );

    clock.advance(SECONDS * 1_000);
    await t.timers.runDue();
    expect(sim.message(q1.id)!.embeds[0]!.fields?.[0]?.value).toMatch(/^2 of 3 got it: /);
    const q2 = await botMessage(sim, channel, isQuestion(2, 2));
    await privateAnswer(await answerOn(ana, q2, choicesFor(questionIdOf(q2), 'right')));
    clock.advance(SECONDS * 1_000);
    await t.timers.runDue();

    const results = await botMessage(
      sim,
      channel,
      (m) => m.embeds[0]?.title === 'Quiz results · AI-103@2026-04',
    );
    expect(results.embeds[0]!.description!.split('\n').slice(2)).toHaveLength(3);
    const rows = await listQuizAnswers(t.db, { quizId: quizIdOf(q1) });
    expect(rows).toHaveLength(4);
    expect(await listRunningQuizzes(t.db)).toEqual([]);
    expectNoRefusedRequests(sim);
  });

  it('closes the question whose deadline passed while the bot was down, answers kept, and goes on with a fresh deadline', async () => {
    const t = await suite.start();
    const { sim, ana, clock } = t;
    const channel = sim.channel.id;
    const startedAt = clock().getTime();
    await (
      await ana.runCommand('quiz start', { options: { questions: 2, seconds: SECONDS } })
    ).waitForReply();
    const q1 = await botMessage(sim, channel, isQuestion(1, 2));
    await privateAnswer(await answerOn(ana, q1, choicesFor(questionIdOf(q1), 'right')));

    await t.bot.stop();
    clock.advance(10 * 60_000);
    await t.restart();
    // Its deadline is overdue: the first pass of the timers closes it at once.
    expect(t.timers.pending).toEqual([new Date(startedAt + SECONDS * 1_000)]);
    await t.timers.runDue();

    expect(sim.message(q1.id)!.embeds[0]!.title).toMatch(/ · closed$/);
    expect(sim.message(q1.id)!.embeds[0]!.fields?.[0]?.value).toMatch(
      new RegExp(`^1 of 1 got it: <@${ana.id}> \\+\\d+$`),
    );
    const q2 = await botMessage(sim, channel, isQuestion(2, 2));
    const closes = Math.floor(clock().getTime() / 1_000) + SECONDS;
    expect(q2.embeds[0]!.description).toContain(`Answers close <t:${closes}:R>`);
    expect(t.timers.pending).toEqual([new Date(closes * 1_000)]);
  });

  it('continues a mock exam with the time it had left, and submits it at time-up after the restart', async () => {
    const t = await suite.start();
    const { ana, clock } = t;
    await (await ana.runCommand('mock', { options: { questions: 3 } })).waitForReply();
    const exam = await ana.waitForDM((m) => m.content.startsWith('Question 1 of 3'));
    const answered = await (
      await answerOn(ana, exam, choicesFor(questionIdOf(exam), 'right'))
    ).waitForReply();

    clock.advance(60_000);
    await t.restart();
    const next = await (
      await ana.clickButton(answered, customIdOf(answered, 'mock:go:', ':next'))
    ).waitForReply();
    expect(next.content).toMatch(/^Question 2 of 3 · 6 min left · /);

    clock.advance(7 * 60_000);
    expect(await t.timers.runDue()).toBe(1);
    const closed = await ana.waitForDM((m) => m.id === exam.id && m.content.startsWith('⏰'));
    expect(closed.components).toEqual([]);
    const results = await ana.waitForDM(
      (m) => m.embeds[0]?.title === 'Mock exam results · AI-103@2026-04',
    );
    expect(results.embeds[0]!.description).toContain('**Answered:** 1 of 3');
  });

  it('submits a mock exam whose time ran out while the bot was down, and sends the results', async () => {
    const t = await suite.start();
    const { ana, clock } = t;
    await (await ana.runCommand('mock', { options: { questions: 3 } })).waitForReply();
    const exam = await ana.waitForDM((m) => m.content.startsWith('Question 1 of 3'));
    await (await answerOn(ana, exam, choicesFor(questionIdOf(exam), 'right'))).waitForReply();

    await t.bot.stop();
    clock.advance(60 * 60_000);
    await t.restart();
    const headline =
      '⏰ I restarted. The time ran out meanwhile: the exam was submitted as it stood.';
    const results = await ana.waitForDM(
      (m) => m.embeds[0]?.title === 'Mock exam results · AI-103@2026-04',
    );
    expect(results.embeds[0]!.description!.split('\n')[0]).toBe(headline);
    // The exam message, known by the id study kept, is closed too: no button works any more.
    const closed = await ana.waitForDM((m) => m.id === exam.id && m.content.startsWith('⏰'));
    expect(closed.content).toContain(headline);
    expect(closed.components).toEqual([]);
    expect(await listRunningQuizzes(t.db)).toEqual([]);
    expect(await listQuizAnswers(t.db, { quizId: quizIdOf(exam) })).toHaveLength(1);
  });

  it('runs a quiz once with two bot processes on one database: each question revealed once, each answer stored once', async () => {
    const t = await suite.start();
    const { sim, ana, bob, clock } = t;
    const channel = sim.channel.id;
    await (
      await ana.runCommand('quiz start', { options: { questions: 2, seconds: SECONDS } })
    ).waitForReply();
    const q1 = await botMessage(sim, channel, isQuestion(1, 2));
    // A second process starts meanwhile and picks the running quiz up too.
    const second = await t.startSecond();
    expect(second.timers.pending).toHaveLength(1);

    // Both processes see every click; whichever answers first, one answer is kept.
    for (const user of [ana, bob]) {
      await (await answerOn(user, q1, choicesFor(questionIdOf(q1), 'right'))).waitForReply();
    }
    clock.advance(SECONDS * 1_000);
    await Promise.all([t.timers.runDue(), second.timers.runDue()]);
    const q2 = await botMessage(sim, channel, isQuestion(2, 2));
    for (const user of [ana, bob]) {
      await (await answerOn(user, q2, choicesFor(questionIdOf(q2), 'right'))).waitForReply();
    }
    clock.advance(SECONDS * 1_000);
    await Promise.all([t.timers.runDue(), second.timers.runDue()]);
    await botMessage(sim, channel, (m) => m.embeds[0]?.title === 'Quiz results · AI-103@2026-04');

    const titles = sim.messages(channel).map((m) => m.embeds[0]?.title ?? '');
    expect(titles.filter((title) => title.startsWith('Question 2 of 2'))).toHaveLength(1);
    expect(titles.filter((title) => title.startsWith('Quiz results'))).toHaveLength(1);
    expect(sim.message(q1.id)!.embeds[0]!.fields?.[0]?.value).toMatch(/^2 of 2 got it: /);
    expect(await listQuizAnswers(t.db, { quizId: quizIdOf(q1) })).toHaveLength(4);
    expect(t.timers.pending).toEqual([]);
    expect(second.timers.pending).toEqual([]);
  });

  it('posts the results once when a click settles a quiz whose last question another process closed', async () => {
    const t = await suite.start();
    const { sim, ana, bob, clock } = t;
    const channel = sim.channel.id;
    await (await ana.runCommand('quiz start', { options: { questions: 1 } })).waitForReply();
    const q1 = await botMessage(sim, channel, isQuestion(1, 1));
    await privateAnswer(await answerOn(ana, q1, choicesFor(questionIdOf(q1), 'right')));

    // Another process closed the last question and died before storing the results.
    await closeWithoutSettling(t.db, quizIdOf(q1), clock());

    // The next click finds the quiz over, settles it, and so announces it.
    expect(
      await privateAnswer(await answerOn(bob, q1, choicesFor(questionIdOf(q1), 'right'))),
    ).toBe('This quiz has ended.');
    const results = await botMessage(
      sim,
      channel,
      (m) => m.embeds[0]?.title?.startsWith('Quiz results') === true,
    );
    expect(results.embeds[0]!.description).toContain(`<@${ana.id}>`);
    clock.advance(60_000);
    await t.timers.runDue();
    const titles = sim.messages(channel).map((m) => m.embeds[0]?.title ?? '');
    expect(titles.filter((title) => title.startsWith('Quiz results'))).toHaveLength(1);
    expect(await listRunningQuizzes(t.db)).toEqual([]);
  });

  it('stores and posts the results at the deadline of a quiz whose last question another process closed and left', async () => {
    const t = await suite.start();
    const { sim, ana, clock } = t;
    const channel = sim.channel.id;
    await (await ana.runCommand('quiz start', { options: { questions: 1 } })).waitForReply();
    const q1 = await botMessage(sim, channel, isQuestion(1, 1));
    await privateAnswer(await answerOn(ana, q1, choicesFor(questionIdOf(q1), 'right')));
    clock.advance(SECONDS * 1_000);
    await closeWithoutSettling(t.db, quizIdOf(q1), clock());

    // This process's deadline finds the quiz over but not stored: it stores it and announces once.
    await t.timers.runDue();
    const results = await botMessage(
      sim,
      channel,
      (m) => m.embeds[0]?.title === 'Quiz results · AI-103@2026-04',
    );
    expect(results.embeds[0]!.description).toMatch(
      new RegExp(`^All 1 question played\\.\\n\\n🥇 <@${ana.id}> · `),
    );
    expect(await listQuizAnswers(t.db, { quizId: quizIdOf(q1) })).toHaveLength(1);
    expect(await listRunningQuizzes(t.db)).toEqual([]);
    expect(t.timers.pending).toEqual([]);
  });

  it('searches the channel for the open question when no message is recorded, and posts it anew when it is gone', async () => {
    const t = await suite.start();
    const { sim, ana, clock } = t;
    const channel = sim.channel.id;
    await (
      await ana.runCommand('quiz start', { options: { questions: 2, seconds: SECONDS } })
    ).waitForReply();
    const q1 = await botMessage(sim, channel, isQuestion(1, 2));
    const quizId = quizIdOf(q1);
    await t.bot.stop();
    expect((await getQuiz(t.db, quizId))?.messageId).toBe(q1.id);

    // A quiz saved without its message (by an older version): found among recent messages.
    const row = (await getQuiz(t.db, quizId))!;
    await saveQuizState(t.db, { quizId, state: row.state, messageId: null, now: clock() });
    await t.restart();
    expect(
      sim.requestsMatching({ method: 'GET', route: `/channels/${channel}/messages` }),
    ).toHaveLength(1);
    expect(sim.messages(channel).filter(isQuestion(1, 2))).toHaveLength(1);
    expect((await getQuiz(t.db, quizId))?.messageId).toBe(q1.id);

    // Its message deleted while the bot was down: nothing shows the question, so it is posted again.
    await t.bot.stop();
    await new REST({ api: t.env.DISCORD_API_URL })
      .setToken(t.env.DISCORD_TOKEN)
      .delete(Routes.channelMessage(channel, q1.id));
    await t.restart();
    const again = await botMessage(sim, channel, (m) => m.id !== q1.id && isQuestion(1, 2)(m));
    expect(questionIdOf(again)).toBe(questionIdOf(q1));
    expect((await getQuiz(t.db, quizId))?.messageId).toBe(again.id);
    expect(
      await privateAnswer(await answerOn(ana, again, choicesFor(questionIdOf(q1), 'right'))),
    ).toMatch(/^Recorded/);
  });

  it('closes its own server’s finished quiz in a group quiz’s words, and leaves another server’s to the process serving it', async () => {
    const t = await suite.start();
    const { sim, ana, clock } = t;
    const channel = sim.channel.id;
    await (await ana.runCommand('quiz start', { options: { questions: 1 } })).waitForReply();
    const q1 = await botMessage(sim, channel, isQuestion(1, 1));
    await privateAnswer(await answerOn(ana, q1, choicesFor(questionIdOf(q1), 'right')));
    // A quiz in a server this bot process does not serve (another shard's).
    const study = { db: t.db, clock };
    const host = await ensureLearner(study, { discordUserId: '4242', displayName: 'host' });
    const elsewhere = await startQuiz(study, host, {
      mode: 'group',
      guildId: '9000000000000000001',
      channelId: '9000000000000000002',
      count: 1,
    });

    await t.bot.stop();
    clock.advance(60_000);
    await closeWithoutSettling(t.db, quizIdOf(q1), clock());
    await closeWithoutSettling(t.db, elsewhere.quiz.quizId, clock());
    await t.restart();

    const results = await botMessage(
      sim,
      channel,
      (m) => m.embeds[0]?.title === 'Quiz results · AI-103@2026-04',
    );
    expect(results.embeds[0]!.description!.split('\n')[0]).toBe(
      'I restarted. The last question had closed meanwhile: the quiz is over.',
    );
    expect(results.embeds[0]!.description).toContain(`<@${ana.id}>`);
    expect((await listRunningQuizzes(t.db)).map((q) => q.id)).toEqual([elsewhere.quiz.quizId]);
  });
});
