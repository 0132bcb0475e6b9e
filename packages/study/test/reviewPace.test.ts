import { getReviewCards } from '@certpace/db';
import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import { answerQuestion, finishQuiz, startQuiz } from '../src/index.js';
import { answerKey, discordLearner, testDeps } from './support/fixtures.js';

const key = answerKey('AI-103@2026-04');

describeEachDriver('review pace', (ctx) => {
  it('grades a right answer as shaky only past the exam’s own time per question (144 s on AI-103)', async () => {
    const deps = testDeps(ctx.db);
    const [quick, steady, slow] = [
      await discordLearner(deps, 'Quick'),
      await discordLearner(deps, 'Steady'),
      await discordLearner(deps, 'Slow'),
    ];
    const { quiz } = await startQuiz(deps, quick, {
      mode: 'group',
      exam: 'AI-103',
      count: 1,
      secondsPerQuestion: 300,
      guildId: 'guild-1',
      channelId: 'channel-1',
    });
    const questionId = quiz.question!.id;
    const openedAt = quiz.deadline!.getTime() - 300_000;
    const answerAfter = async (learner: { id: string }, ms: number) => {
      deps.clock.set(new Date(openedAt + ms).toISOString());
      const outcome = await answerQuestion(deps, learner, {
        quizId: quiz.quizId,
        choices: key.right(questionId),
      });
      expect(outcome.accepted).toBe(true);
    };
    await answerAfter(quick, 10_000);
    // Slower than AI-102's two minutes a question, inside AI-103's 144 s.
    await answerAfter(steady, 130_000);
    await answerAfter(slow, 160_000);
    await finishQuiz(deps, null, { quizId: quiz.quizId });

    const scheduledDays = async (learner: { id: string }) => {
      const [row] = await getReviewCards(ctx.db, {
        learnerId: learner.id,
        questionIds: [questionId],
      });
      return (row!.card as { scheduledDays: number }).scheduledDays;
    };
    const [q, s, w] = [
      await scheduledDays(quick),
      await scheduledDays(steady),
      await scheduledDays(slow),
    ];
    expect(s).toBe(q);
    expect(w).toBeLessThan(q);
  });
});
