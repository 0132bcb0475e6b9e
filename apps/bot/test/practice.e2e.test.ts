import { listQuizAnswers, listRunningQuizzes } from '@certpace/db';
import { createPlan, ensureLearner } from '@certpace/study';
import { expect, it } from 'vitest';
import {
  answerOn,
  bankQuestion,
  buttonLabels,
  choicesFor,
  customIdOf,
  describeQuizSuite,
  EPHEMERAL,
  expectNoRefusedRequests,
  questionIdOf,
  quizIdOf,
} from './quizHarness.js';

describeQuizSuite('practice quiz', (suite) => {
  it('runs a private practice quiz to the end: feedback and the explanation after each answer, then a summary', async () => {
    const t = await suite.start();
    const { sim, ana, clock } = t;
    // With a plan for the exam, the summary ends with what the replan did.
    const study = { db: t.db, clock };
    const learner = await ensureLearner(study, { discordUserId: ana.id, displayName: 'ana' });
    await createPlan(study, learner, { exam: 'AI-103', examDate: '2026-10-15', minutes: 45 });
    const first = await (
      await ana.runCommand('practice', { options: { questions: 2 } })
    ).waitForReply();
    expect(first.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(first.embeds[0]!.title).toMatch(/^Question 1 of 2 · /);
    expect(first.embeds[0]!.footer?.text).toBe(
      'Practice · AI-103@2026-04 · the explanation follows each answer',
    );
    expect(buttonLabels(first).at(-1)).toBe('End practice');

    // A wrong answer: the key, the explanation, the docs and a Next button.
    const q1 = questionIdOf(first);
    const wrong = choicesFor(q1, 'wrong');
    clock.advance(20_000);
    const feedback = await (await answerOn(ana, first, wrong)).waitForReply();
    expect(feedback.id).toBe(first.id);
    const answer = bankQuestion(q1)
      .answer.map((c) => c.toUpperCase())
      .join(', ');
    expect(feedback.embeds[0]!.description).toContain(
      `❌ **Not quite.** You chose ${wrong[0]!.toUpperCase()}; the answer is ${answer}.`,
    );
    expect(feedback.embeds[0]!.description).toContain(
      `**Why:** ${bankQuestion(q1).explanation.trim().slice(0, 60)}`,
    );
    expect(buttonLabels(feedback)).toEqual(['Next question', 'Docs', 'Report']);

    const second = await (
      await ana.clickButton(feedback, customIdOf(feedback, 'practice:next:'))
    ).waitForReply();
    expect(second.embeds[0]!.title).toMatch(/^Question 2 of 2 · /);
    const q2 = questionIdOf(second);
    const right = await (await answerOn(ana, second, choicesFor(q2, 'right'))).waitForReply();
    expect(right.embeds[0]!.description).toMatch(/^✅ \*\*Correct!\*\*/);
    expect(buttonLabels(right)[0]).toBe('See my results');

    const summary = await (
      await ana.clickButton(right, customIdOf(right, 'practice:next:'))
    ).waitForReply();
    const text = summary.embeds[0]!.description!;
    expect(summary.embeds[0]!.title).toBe('Practice results · AI-103@2026-04');
    expect(text).toMatch(/^\*\*1 of 2 correct\*\* \(50%\)/);
    expect(text).toMatch(/1 missed question will come back for review from <t:\d+:R>\./);
    expect(text.split('\n').at(-1)).toMatch(
      /^(Your AI-103 plan was adjusted: [+−]\d+ (min|h) .+\.|The schedule from today on stays as it was\.)$/,
    );
    expect(summary.components).toEqual([]);

    // Stored once, as answered; nothing left running.
    const [quiz] = await listRunningQuizzes(t.db);
    expect(quiz).toBeUndefined();
    const rows = (await listQuizAnswers(t.db, { quizId: quizIdOf(first) })).map((r) => [
      r.questionId,
      r.correct,
    ]);
    expect(rows).toEqual([
      [q1, false],
      [q2, true],
    ]);
    expectNoRefusedRequests(sim);
  });

  it('ends a practice quiz early with its answers kept, and closes an unfinished one when a new one starts', async () => {
    const t = await suite.start();
    const { ana } = t;
    const first = await (
      await ana.runCommand('practice', { options: { questions: 3 } })
    ).waitForReply();
    const answered = await (
      await answerOn(ana, first, choicesFor(questionIdOf(first), 'right'))
    ).waitForReply();
    const next = await (
      await ana.clickButton(answered, customIdOf(answered, 'practice:next:'))
    ).waitForReply();
    const ended = await (
      await ana.clickButton(next, customIdOf(next, 'practice:end:'))
    ).waitForReply();
    expect(ended.embeds[0]!.description).toMatch(
      /^Practice ended early\.\n\*\*1 of 1 correct\*\* \(100%\) · 2 not answered/,
    );

    // A practice quiz left open is closed, answers kept, when the next one starts.
    const open = await (
      await ana.runCommand('practice', { options: { questions: 2 } })
    ).waitForReply();
    await answerOn(ana, open, choicesFor(questionIdOf(open), 'wrong'));
    const again = await (
      await ana.runCommand('practice', { options: { questions: 2 } })
    ).waitForReply();
    expect(again.embeds[0]!.description).toMatch(
      /^Your previous practice quiz was closed with its 1 answer kept\.\n\n/,
    );
  });

  it('limits a practice quiz to one domain and refuses a domain the exam does not have', async () => {
    const t = await suite.start();
    const { ana } = t;
    const reply = await (
      await ana.runCommand('practice', { options: { questions: 3, domain: 'text-analysis' } })
    ).waitForReply();
    expect(reply.embeds[0]!.title).toBe('Question 1 of 3 · Implement text analysis solutions');
    const refused = await (
      await ana.runCommand('practice', { options: { domain: 'nlp' } })
    ).waitForReply();
    expect(refused.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(refused.content).toMatch(/^Domain: "nlp" is not a domain of AI-103@2026-04\./);
  });

  it('suggests the domains of the exam the learner plans for while /practice is typed, else of the newest exam', async () => {
    const t = await suite.start();
    const { ana, clock } = t;
    const suggested = async () =>
      (
        await (
          await ana.autocomplete('practice', { options: { domain: 'agent' }, focused: 'domain' })
        ).waitForChoices()
      ).map((c) => c.value);
    // Someone certpace does not know yet: the newest exam not retired.
    expect(await suggested()).toEqual(['generative-agentic']);
    const study = { db: t.db, clock };
    const learner = await ensureLearner(study, { discordUserId: ana.id, displayName: 'ana' });
    await createPlan(study, learner, { exam: 'AI-102', examDate: '2026-10-15', minutes: 45 });
    expect(await suggested()).toEqual(['agentic']);
  });
});
