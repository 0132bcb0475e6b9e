import { getQuiz, listQuestionReports, listQuizAnswers, listRunningQuizzes } from '@certpace/db';
import { createPlan, ensureLearner } from '@certpace/study';
import { type APIMessage, OverwriteType, PermissionFlagsBits } from 'discord.js';
import { expect, it, vi } from 'vitest';
import { decodeCustomId } from '../src/framework/customId.js';
import {
  answerOn,
  bankQuestion,
  botMessage,
  buttonLabels,
  choicesFor,
  customIds,
  deafen,
  describeQuizSuite,
  EPHEMERAL,
  expectNoRefusedRequests,
  privateAnswer,
  type QuizSuite,
  questionIdOf,
  quizIdOf,
} from './quizHarness.js';

const SECONDS = 20;

const isQuestion = (n: number, of: number) => (m: APIMessage) =>
  m.embeds[0]?.title?.startsWith(`Question ${n} of ${of} · `) === true &&
  !m.embeds[0].title.endsWith('closed');

/**
 * Ana's two-question quiz, run by the first bot process, with a second process
 * beside it that gets the interactions from then on (the first one's timers
 * and messages go on).
 */
async function quizRunByAnotherProcess(suite: QuizSuite) {
  const t = await suite.start();
  const { sim, ana } = t;
  const second = await t.startSecond();
  const hearSecond = deafen(second.bot);
  await (
    await ana.runCommand('quiz start', { options: { questions: 2, seconds: 30 } })
  ).waitForReply();
  const q1 = await botMessage(sim, sim.channel.id, isQuestion(1, 2));
  const quizId = quizIdOf(q1);
  await privateAnswer(await answerOn(ana, q1, choicesFor(questionIdOf(q1), 'right')));
  await vi.waitFor(async () => expect((await getQuiz(t.db, quizId))?.messageId).toBe(q1.id));
  const hearFirst = deafen(t.bot);
  hearSecond();
  expect(t.timers.pending).toHaveLength(1);
  expect(second.timers.pending).toEqual([]);
  return { t, second, q1, quizId, hearFirst };
}

describeQuizSuite('group quiz', (suite) => {
  it('runs a quiz for three members: private acknowledgements, a reveal at each deadline, the leaderboard, answers stored once', async () => {
    const t = await suite.start();
    const { sim, ana, bob, cat, clock } = t;
    const channel = sim.channel.id;
    // Ana studies for AI-103 with a plan: the quiz re-plans it and says so briefly.
    const study = { db: t.db, clock };
    const learner = await ensureLearner(study, { discordUserId: ana.id, displayName: 'ana' });
    await createPlan(study, learner, { exam: 'AI-103', examDate: '2026-10-15', minutes: 60 });

    const start = await ana.runCommand('quiz start', {
      options: { questions: 3, seconds: SECONDS },
    });
    const intro = await start.waitForReply();
    expect(intro.flags ?? 0).toBe(0);
    expect(intro.content).toContain(
      `<@${ana.id}> started a quiz: **3 questions** · ${SECONDS} s each · AI-103@2026-04.`,
    );

    const q1 = await botMessage(sim, channel, isQuestion(1, 3));
    const q1Id = questionIdOf(q1);
    expect(q1.embeds[0]!.description).toMatch(/⏱️ Answers close <t:\d+:R>$/);
    const letters = bankQuestion(q1Id).choices.map((c) => c.id.toUpperCase());
    if (customIds(q1).some((id) => id.startsWith('quiz:pick:'))) {
      expect(q1.embeds[0]!.description).toContain('*Choose all that apply.*');
    } else {
      expect(buttonLabels(q1)).toEqual(letters);
    }

    // One quiz per channel.
    expect(await privateAnswer(await bob.runCommand('quiz start'))).toBe(
      'A quiz is already running in this channel: wait for it to end or stop it first.',
    );

    clock.advance(2_000);
    expect(await privateAnswer(await answerOn(ana, q1, choicesFor(q1Id, 'right')))).toMatch(
      /^Recorded [A-F](, [A-F])*\. The answer shows <t:\d+:R>\.$/,
    );
    clock.advance(1_000);
    expect(await privateAnswer(await answerOn(bob, q1, choicesFor(q1Id, 'wrong')))).toMatch(
      /^Recorded [A-F]\./,
    );
    // A double click: the first answer counts.
    expect(await privateAnswer(await answerOn(bob, q1, choicesFor(q1Id, 'right')))).toBe(
      'You already answered: your first answer counts.',
    );
    // Past the deadline, before the question closes: too late.
    clock.advance(SECONDS * 1_000);
    expect(await privateAnswer(await answerOn(cat, q1, choicesFor(q1Id, 'right')))).toBe(
      'Too late: this question has closed.',
    );

    await t.timers.runDue();
    const reveal1 = sim.message(q1.id)!;
    const answerLetters = bankQuestion(q1Id)
      .answer.map((c) => c.toUpperCase())
      .join(', ');
    expect(reveal1.embeds[0]!.title).toMatch(/^Question 1 of 3 · .* · closed$/);
    expect(reveal1.embeds[0]!.description).toContain(`**Answer: ${answerLetters}.**`);
    expect(reveal1.embeds[0]!.description).toContain('✅ `█████░░░░░` 1 ·');
    expect(reveal1.embeds[0]!.fields?.[0]).toMatchObject({
      name: 'Results',
      value: expect.stringMatching(new RegExp(`^1 of 2 got it: <@${ana.id}> \\+\\d+$`)),
    });
    expect(customIds(reveal1)).toEqual([
      `quiz:report:*:${decodeCustomId(customIds(q1)[0]!)!.args[0]}:${q1Id}`,
    ]);
    expect(sim.transcript(channel)).toContain('[Docs (link https://learn.microsoft.com/');

    // The Report button: a form with a reason and a note, kept for the bank's maintainers.
    const report = await cat.clickButton(reveal1, customIds(reveal1)[0]!);
    const form = await report.waitForModal();
    expect(form.title).toBe('Report this question');
    const submitted = await cat.submitModal(report, undefined, {
      reason: ['wrong-answer'],
      note: 'The docs list another feature for this.',
    });
    expect(await privateAnswer(submitted)).toContain(
      `Thanks: your report on question \`${q1Id}\` (the answer is wrong) is kept`,
    );
    const [stored] = await listQuestionReports(t.db, { questionId: q1Id });
    expect(stored).toMatchObject({
      reason: 'wrong-answer',
      note: 'The docs list another feature for this.',
    });

    // Question 2: this time Discord refuses to edit its message at the reveal.
    const q2 = await botMessage(sim, channel, isQuestion(2, 3));
    const q2Id = questionIdOf(q2);
    const fault = sim.injectFaults({
      method: 'PATCH',
      route: `/channels/${channel}/messages/${q2.id}`,
      status: 503,
      count: 4,
    });
    for (const user of [ana, bob, cat]) {
      clock.advance(1_000);
      expect(await privateAnswer(await answerOn(user, q2, choicesFor(q2Id, 'right')))).toMatch(
        /^Recorded/,
      );
    }
    clock.advance(SECONDS * 1_000);
    await t.timers.runDue();
    expect(fault.hits).toBe(4);
    // The reveal is posted anew, and the old message's buttons refuse with a reason.
    const reveal2 = await botMessage(sim, channel, (m) =>
      /^Question 2 of 3 · .* · closed$/.test(m.embeds[0]?.title ?? ''),
    );
    expect(reveal2.embeds[0]!.fields?.[0]?.value).toMatch(/^3 of 3 got it: /);
    const q3 = await botMessage(sim, channel, isQuestion(3, 3));
    const q3Id = questionIdOf(q3);
    expect(
      await privateAnswer(await answerOn(cat, sim.message(q2.id)!, choicesFor(q2Id, 'right'))),
    ).toBe('This question is no longer current.');

    clock.advance(1_000);
    await privateAnswer(await answerOn(ana, q3, choicesFor(q3Id, 'right')));
    await privateAnswer(await answerOn(bob, q3, choicesFor(q3Id, 'wrong')));
    clock.advance(SECONDS * 1_000);
    await t.timers.runDue();

    const results = await botMessage(sim, channel, (m) =>
      m.embeds.some((e) => e.title === 'Quiz results · AI-103@2026-04'),
    );
    const board = results.embeds[0]!.description!.split('\n');
    expect(board[0]).toBe('All 3 questions played.');
    expect(board.slice(2)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^🥇 <@${ana.id}> · \\*\\*\\d+\\*\\* pts · 3/3 right \\(100%\\) · best streak 3$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^(🥈|🥉) <@(${bob.id}|${cat.id})> · .* pts · 1/(3|1) right`),
      ),
      expect.stringMatching(
        new RegExp(`^(🥈|🥉|2\\.) <@(${bob.id}|${cat.id})> · .* pts · 1/(3|1) right`),
      ),
    ]);
    expect(board.find((l) => l.includes(cat.id))).toContain('1/1 right (100%) · 1 of 3 answered');
    const plans = results.embeds.find((e) => e.title === 'Plans adjusted');
    expect(plans?.description).toMatch(
      new RegExp(`^<@${ana.id}> · Your AI-103 plan was adjusted: [+−]\\d+ (min|h) `),
    );

    // A click on a finished quiz's old message is refused with a reason.
    const late = await answerOn(bob, sim.message(q2.id)!, choicesFor(q2Id, 'right'));
    expect(await privateAnswer(late)).toBe(
      'This quiz has ended: start a new one. Start one with /quiz start or /practice.',
    );

    // Each first answer stored once: ana 3, bob 3, cat 1 (the late click and the double click left nothing).
    const rows = await listQuizAnswers(t.db, { quizId: quizIdOf(q1) });
    const count = (who: string) => rows.filter((r) => r.learnerId === who).length;
    expect(rows).toHaveLength(7);
    expect(count(learner.id)).toBe(3);
    expect(new Set(rows.map((r) => `${r.learnerId}:${r.questionId}`)).size).toBe(7);
    expect(rows.find((r) => r.questionId === q1Id && r.learnerId !== learner.id)?.correct).toBe(
      false,
    );
    expectNoRefusedRequests(sim);
  });

  it('refuses /quiz stop from someone else and stops the quiz for its starter, showing the answer and the results', async () => {
    const t = await suite.start();
    const { sim, ana, bob, clock } = t;
    const channel = sim.channel.id;
    await (
      await ana.runCommand('quiz start', { options: { questions: 2, seconds: 30 } })
    ).waitForReply();
    const q1 = await botMessage(sim, channel, isQuestion(1, 2));
    await privateAnswer(await answerOn(ana, q1, choicesFor(questionIdOf(q1), 'right')));

    expect(await privateAnswer(await bob.runCommand('quiz stop'))).toBe(
      'Only the member who started this quiz, or someone who can manage messages, can stop it.',
    );
    expect(customIds(sim.message(q1.id)!).some((id) => id.startsWith('quiz:report:'))).toBe(false);

    const stop = await ana.runCommand('quiz stop');
    const results = await stop.waitForReply();
    expect(results.flags ?? 0).toBe(0);
    expect(results.embeds[0]!.title).toBe('Quiz results · AI-103@2026-04');
    expect(results.embeds[0]!.description).toMatch(
      new RegExp(
        `^Stopped by <@${ana.id}>\\.\\n\\n🥇 <@${ana.id}> · \\*\\*\\d+\\*\\* pts · 1/1 right \\(100%\\) · 1 of 2 answered$`,
      ),
    );
    expect(sim.message(q1.id)!.embeds[0]!.title).toMatch(/ · quiz stopped$/);

    // Its deadline is gone with it, and the channel is free for the next quiz.
    clock.advance(60_000);
    expect(await t.timers.runDue()).toBe(0);
    const next = await (
      await bob.runCommand('quiz start', { options: { questions: 1 } })
    ).waitForReply();
    expect(next.content).toContain(`<@${bob.id}> started a quiz: **1 question**`);
    expectNoRefusedRequests(sim);
  });

  it('lets a member who can manage messages stop anyone’s quiz, and says so when there is none', async () => {
    const t = await suite.start();
    const { sim, ana, bob } = t;
    expect(await privateAnswer(await bob.runCommand('quiz stop'))).toBe(
      'No quiz is running in this channel. Start one with /quiz start.',
    );
    await (await ana.runCommand('quiz start', { options: { questions: 1 } })).waitForReply();
    await botMessage(sim, sim.channel.id, isQuestion(1, 1));
    const stop = await sim.owner.runCommand('quiz stop');
    const reply = await stop.waitForReply();
    expect(reply.embeds[0]!.description).toContain(`Stopped by <@${sim.owner.id}>.`);
    expect(reply.embeds[0]!.description).toContain(
      'Nobody answered, so there is no leaderboard this time.',
    );
  });

  it('suggests the exam’s domains and runs a quiz in one domain', async () => {
    const t = await suite.start();
    const { sim, ana } = t;
    const unknown = await ana.runCommand('quiz start', { options: { domain: 'cooking' } });
    expect(await privateAnswer(unknown)).toMatch(
      /^Domain: "cooking" is not a domain of AI-103@2026-04\. Its domains are plan-manage, /,
    );
    const typed = await ana.autocomplete('quiz start', {
      options: { domain: 'vision', exam: 'AI-103' },
      focused: 'domain',
    });
    expect(await typed.waitForChoices()).toEqual([
      { name: 'Implement computer vision solutions (10–15%)', value: 'computer-vision' },
    ]);
    await (
      await ana.runCommand('quiz start', { options: { questions: 2, domain: 'computer-vision' } })
    ).waitForReply();
    const q1 = await botMessage(sim, sim.channel.id, isQuestion(1, 2));
    expect(q1.embeds[0]!.title).toBe('Question 1 of 2 · Implement computer vision solutions');
    expect(bankQuestion(questionIdOf(q1)).domain).toBe('computer-vision');
  });

  it('calls a quiz off when it cannot post in the channel, and leaves the channel free', async () => {
    const t = await suite.start();
    const { sim, ana } = t;
    const locked = sim.createChannel(sim.guild.id, {
      name: 'read-only',
      permissionOverwrites: [
        {
          id: sim.botUser.id,
          type: OverwriteType.Member,
          allow: '0',
          deny: String(PermissionFlagsBits.SendMessages),
        },
      ],
    });
    const start = await ana.runCommand('quiz start', { channelId: locked.id });
    const refusal = await start.waitForFollowup((m) => ((m.flags ?? 0) & EPHEMERAL) !== 0);
    expect(refusal.content).toBe(
      'I cannot post questions in this channel, so the quiz was called off: give me Send Messages and Embed Links here, or start it in another channel.',
    );
    expect(await listRunningQuizzes(t.db)).toEqual([]);
  });

  it('stops a quiz another bot process runs: the answer and the results shown once, and that process’s next deadline finds it over', async () => {
    const { t, q1 } = await quizRunByAnotherProcess(suite);
    const { sim, ana, bob, clock } = t;
    const channel = sim.channel.id;
    expect(await privateAnswer(await bob.runCommand('quiz stop'))).toBe(
      'Only the member who started this quiz, or someone who can manage messages, can stop it.',
    );

    const results = await (await ana.runCommand('quiz stop')).waitForReply();
    expect(results.embeds[0]!.description).toMatch(
      new RegExp(
        `^Stopped by <@${ana.id}>\\.\\n\\n🥇 <@${ana.id}> · .* 1/1 right \\(100%\\) · 1 of 2 answered$`,
      ),
    );
    // The open question's message, known by the id study kept, shows its answer.
    expect(sim.message(q1.id)!.embeds[0]!.title).toMatch(/ · quiz stopped$/);
    expect(sim.requestsMatching({ method: 'GET', route: `/channels/${channel}/messages` })).toEqual(
      [],
    );

    clock.advance(30_000);
    expect(await t.timers.runDue()).toBe(1);
    expect(t.timers.pending).toEqual([]);
    expect(t.logLines.some((l) => l.includes('"msg":"group quiz ended elsewhere"'))).toBe(true);
    const titles = sim.messages(channel).map((m) => m.embeds[0]?.title ?? '');
    expect(titles.filter((title) => title.startsWith('Question 2 of 2'))).toEqual([]);
    expect(titles.filter((title) => title.startsWith('Quiz results'))).toHaveLength(1);
    expect(await listRunningQuizzes(t.db)).toEqual([]);
    expectNoRefusedRequests(sim);
  });

  it('lets the process running a quiz stopped elsewhere drop its deadline at the next click', async () => {
    const { t, second, q1, hearFirst } = await quizRunByAnotherProcess(suite);
    const { sim, ana, bob } = t;
    // Discord refuses the stopping process's edit: the old question keeps its buttons.
    sim.injectFaults({
      method: 'PATCH',
      route: `/channels/${sim.channel.id}/messages/${q1.id}`,
      status: 503,
      count: 4,
    });
    await (await ana.runCommand('quiz stop')).waitForReply();
    await botMessage(
      sim,
      sim.channel.id,
      (m) => m.id !== q1.id && / · quiz stopped$/.test(m.embeds[0]?.title ?? ''),
    );

    deafen(second.bot);
    hearFirst();
    expect(
      await privateAnswer(await answerOn(bob, q1, choicesFor(questionIdOf(q1), 'right'))),
    ).toBe('This quiz has ended: start a new one. Start one with /quiz start or /practice.');
    expect(t.timers.pending).toEqual([]);
  });

  it('runs group quizzes only in the server’s quiz channel once /settings names one', async () => {
    const t = await suite.start();
    const { sim, ana } = t;
    const quizzes = sim.createChannel(sim.guild.id, { name: 'quizzes' });
    await (
      await sim.owner.runCommand('settings', { options: { 'quiz-channel': { id: quizzes.id } } })
    ).waitForReply();

    expect(await privateAnswer(await ana.runCommand('quiz start'))).toBe(
      `This server runs its group quizzes in its quiz channel only. Start one in <#${quizzes.id}>; someone who can manage the server can change it with /settings.`,
    );
    expect(await listRunningQuizzes(t.db)).toEqual([]);

    const start = await ana.runCommand('quiz start', {
      channelId: quizzes.id,
      options: { questions: 1 },
    });
    expect((await start.waitForReply()).content).toContain(`<@${ana.id}> started a quiz`);
    await botMessage(sim, quizzes.id, isQuestion(1, 1));
  });
});
