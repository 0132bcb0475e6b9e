import { listQuestionReports, listQuizAnswers, listRunningQuizzes } from '@certpace/db';
import type { SimUser } from '@certpace/discord-sim';
import type { APIMessage } from 'discord.js';
import { expect, it } from 'vitest';
import { CLOSED_DMS } from '../src/commands/mock.js';
import {
  answerOn,
  buttonLabels,
  choicesFor,
  customIdOf,
  customIds,
  describeQuizSuite,
  EPHEMERAL,
  expectNoRefusedRequests,
  privateAnswer,
  questionIdOf,
  quizIdOf,
} from './quizHarness.js';

const MINUTE = 60_000;

async function click(user: SimUser, message: APIMessage, prefix: string, suffix = '') {
  return (await user.clickButton(message, customIdOf(message, prefix, suffix))).waitForReply();
}

describeQuizSuite('mock exam', (suite) => {
  it('runs a timed mock in a DM to the end: a pace line, a changed answer, a flagged question revisited, the results', async () => {
    const t = await suite.start();
    const { sim, ana, clock } = t;
    const start = await ana.runCommand('mock', { options: { questions: 3 } });
    const reply = await start.waitForReply();
    expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.content).toBe(
      'Your AI-103@2026-04 mock exam is waiting in our DM: 3 questions, 7 minutes. The clock is running.',
    );
    const [intro] = ana.dms();
    expect(intro!.content).toMatch(
      /^\*\*AI-103@2026-04 mock exam\*\* · 3 questions · 7 minutes · ends <t:\d+:t> \(<t:\d+:R>\)\n/,
    );
    let exam = await ana.waitForDM((m) => m.content.startsWith('Question 1 of 3'));
    expect(exam.content).toBe('Question 1 of 3 · 7 min left · on pace');
    expect(buttonLabels(exam).slice(-5)).toEqual(['Flag', 'Previous', 'Next', 'Review', 'Submit']);

    // Answer, then change the answer: the latest counts, no feedback until the end.
    const q1 = questionIdOf(exam);
    clock.advance(MINUTE);
    exam = await (await answerOn(ana, exam, choicesFor(q1, 'wrong'))).waitForReply();
    expect(exam.embeds[0]!.description).toContain(
      `Your answer: **${choicesFor(q1, 'wrong')[0]!.toUpperCase()}**`,
    );
    exam = await (await answerOn(ana, exam, choicesFor(q1, 'right'))).waitForReply();
    expect(exam.embeds[0]!.description).toContain(
      `Your answer: **${choicesFor(q1, 'right')
        .map((c) => c.toUpperCase())
        .join(', ')}**`,
    );
    expect(exam.embeds[0]!.description).not.toContain('Why');

    // Flag it, move on.
    exam = await click(ana, exam, 'mock:flag:');
    expect(exam.embeds[0]!.description).toContain('🚩 flagged for review');
    expect(buttonLabels(exam)).toContain('Unflag');
    exam = await click(ana, exam, 'mock:go:', ':next');
    expect(exam.content).toMatch(/^Question 2 of 3 · 6 min left · /);
    const q2 = questionIdOf(exam);
    clock.advance(MINUTE);
    exam = await (await answerOn(ana, exam, choicesFor(q2, 'right'))).waitForReply();
    exam = await click(ana, exam, 'mock:go:', ':next');
    expect(exam.content).toMatch(/^Question 3 of 3 · /);

    // Review: what is unanswered and flagged, and a way back to the flagged question.
    const review = await click(ana, exam, 'mock:review:');
    expect(review.embeds[0]!.description).toContain('**Unanswered (1):** 3');
    expect(review.embeds[0]!.description).toContain('**Flagged (1):** 1');
    const back = await (
      await ana.selectMenu(review, customIdOf(review, 'mock:goto:'), ['0'])
    ).waitForReply();
    expect(back.content).toMatch(/^Question 1 of 3 · /);
    expect(back.embeds[0]!.description).toContain('🚩 flagged for review');
    exam = await click(ana, back, 'mock:flag:', ':0');
    expect(exam.embeds[0]!.description).not.toContain('🚩');

    // Submit with a question unanswered: asked first.
    const confirm = await click(ana, exam, 'mock:submit:');
    expect(confirm.embeds[0]!.description).toMatch(/^1 question is unanswered: it counts as wrong/);
    const done = await click(ana, confirm, 'mock:confirm:');
    expect(done.content).toBe('Your exam is submitted. Your results are below.');
    expect(done.components).toEqual([]);

    const results = await ana.waitForDM(
      (m) => m.embeds[0]?.title === 'Mock exam results · AI-103@2026-04',
    );
    const summary = results.embeds[0]!.description!;
    expect(summary).toMatch(
      /\*\*Estimated score: \d+\*\* \(likely \d+–\d+ of 1000; pass mark 700\)/,
    );
    expect(summary).toMatch(/\*\*Pass probability: \d+%\*\* · an estimate: /);
    expect(summary).toContain('**Answered:** 2 of 3 · **correct:** 2 (67% of all questions)');
    expect(summary).toMatch(/\*\*Time:\*\* used 2 of 7 min · \d+ min ahead of pace at the end/);
    expect(results.embeds[0]!.fields!.length).toBeGreaterThan(0);

    const missed = await ana.waitForDM((m) => m.content.startsWith('**Questions missed**'));
    expect(missed.content).toBe('**Questions missed** (1) · page 1 of 1');
    expect(missed.embeds[0]!.title).toMatch(/^Question 3 · /);
    expect(missed.embeds[0]!.description).toMatch(
      /\*\*Your answer:\*\* not answered · \*\*Answer:\*\* [A-F]/,
    );
    expect(missed.embeds[0]!.description).toMatch(/\[Docs\]\(https:\/\/learn\.microsoft\.com\//);

    // The final answers are stored: Q1 as changed, Q2; nothing left running.
    const rows = await listQuizAnswers(t.db, { quizId: quizIdOf(missed) });
    expect(rows.map((r) => [r.questionId, r.correct])).toEqual([
      [q1, true],
      [q2, true],
    ]);
    expect(await listRunningQuizzes(t.db)).toEqual([]);
    expect(await t.timers.runDue()).toBe(0);
    expectNoRefusedRequests(sim);
  });

  it('announces time-up in the DM and submits the exam, then pages through the questions missed', async () => {
    const t = await suite.start();
    const { ana, clock } = t;
    await (await ana.runCommand('mock', { options: { questions: 9 } })).waitForReply();
    const exam = await ana.waitForDM((m) => m.content.startsWith('Question 1 of 9'));
    await (await answerOn(ana, exam, choicesFor(questionIdOf(exam), 'right'))).waitForReply();

    clock.advance(22 * MINUTE);
    expect(await t.timers.runDue()).toBe(1);
    const closed = await ana.waitForDM((m) => m.id === exam.id && m.content.startsWith('⏰'));
    expect(closed.content).toBe('⏰ Time is up: your exam was submitted automatically.');
    expect(closed.components).toEqual([]);
    const results = await ana.waitForDM(
      (m) => m.embeds[0]?.title?.startsWith('Mock exam results') === true,
    );
    expect(results.embeds[0]!.description).toMatch(
      /^⏰ Time is up: your exam was submitted automatically\.\n\n/,
    );

    const page1 = await ana.waitForDM((m) => m.content.startsWith('**Questions missed** (8)'));
    expect(page1.content).toBe('**Questions missed** (8) · page 1 of 3');
    expect(page1.embeds).toHaveLength(3);
    const page2 = await click(ana, page1, 'mock:missed:', ':1');
    expect(page2.content).toBe('**Questions missed** (8) · page 2 of 3');
    expect(buttonLabels(page2)).toEqual([
      'Previous',
      'Next',
      ...page2.embeds.map((e) => `Report Q${e.title!.match(/^Question (\d+)/)![1]}`),
    ]);

    // A missed question can be reported from the results.
    const reportId = customIds(page2).find((id) => id.startsWith('quiz:report:'))!;
    const report = await ana.clickButton(page2, reportId);
    await report.waitForModal();
    const thanks = await ana.submitModal(report, undefined, { reason: ['unclear'] });
    expect(await privateAnswer(thanks)).toMatch(
      /^Thanks: your report on question `[^`]+` \(the question is unclear\)/,
    );
    const [stored] = await listQuestionReports(t.db);
    expect(stored).toMatchObject({
      reason: 'unclear',
      note: null,
      questionId: reportId.split(':').at(-1),
    });
  });

  it('submits on time-up when the learner clicks after the time ran out, and only once', async () => {
    const t = await suite.start();
    const { ana, clock } = t;
    await (await ana.runCommand('mock', { options: { questions: 3 } })).waitForReply();
    const exam = await ana.waitForDM((m) => m.content.startsWith('Question 1 of 3'));
    clock.advance(8 * MINUTE);
    const after = await (
      await answerOn(ana, exam, choicesFor(questionIdOf(exam), 'right'))
    ).waitForReply();
    expect(after.content).toBe(
      '⏰ Time is up: your exam was submitted automatically. Your results are below.',
    );
    await ana.waitForDM((m) => m.embeds[0]?.title?.startsWith('Mock exam results') === true);
    await t.timers.runDue();
    const resultMessages = ana
      .dms()
      .filter((m) => m.embeds[0]?.title?.startsWith('Mock exam results'));
    expect(resultMessages).toHaveLength(1);
    expect(ana.dms().find((m) => m.id === exam.id)?.components).toEqual([]);
  });

  it('tells a member with closed DMs how to open them, and starts nothing', async () => {
    const t = await suite.start();
    const { cat } = t;
    cat.setDmsOpen(false);
    expect(await privateAnswer(await cat.runCommand('mock'))).toBe(CLOSED_DMS);
    expect(await listRunningQuizzes(t.db)).toEqual([]);
    expect(await t.timers.runDue()).toBe(0);
  });
});
