import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  advanceQuiz,
  answerQuestion,
  createPlan,
  finishQuiz,
  getProgress,
  getToday,
  resumeQuiz,
  startQuiz,
} from '../src/index.js';
import { answerKey, discordLearner, failure, testDeps } from './support/fixtures.js';

const key = answerKey('AI-103@2026-04');

describeEachDriver('practice quizzes', (ctx) => {
  it('finishes a practice quiz: answers stored, mastery, review cards and the plan change', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    await createPlan(deps, ada, { examDate: '2027-03-15', minutes: 60, timezone: 'UTC' });
    const started = await startQuiz(deps, ada, {
      mode: 'practice',
      count: 4,
      domain: 'text-analysis',
    });
    expect(started.quiz).toMatchObject({
      mode: 'practice',
      examRef: 'AI-103@2026-04',
      total: 4,
      status: 'running',
    });
    expect(started.quiz.question?.domainId).toBe('text-analysis');
    expect(started.quiz.question?.choices[0]).toMatchObject({ id: 'a', label: 'A' });

    let quiz = started.quiz;
    let finished = null;
    while (quiz.status === 'running') {
      const question = quiz.question!;
      deps.clock.advance(20_000);
      const outcome = await answerQuestion(deps, ada, {
        quizId: quiz.quizId,
        choices: key.wrong(question.id),
      });
      if (!outcome.accepted || outcome.mode !== 'practice') throw new Error('answer refused');
      expect(outcome.correct).toBe(false);
      expect(outcome.review?.explanation.length).toBeGreaterThan(20);
      expect(outcome.review?.docs).toMatch(/^https:\/\//);
      // A second click on the same question is refused and changes nothing.
      const twice = await answerQuestion(deps, ada, {
        quizId: quiz.quizId,
        choices: key.right(question.id),
      });
      expect(twice).toMatchObject({ accepted: false, reason: 'already-answered' });
      const step = await advanceQuiz(deps, ada, { quizId: quiz.quizId, index: question.index });
      if (!step.advanced) throw new Error('did not advance');
      expect(step.reveal.questionId).toBe(question.id);
      quiz = step.quiz;
      finished = step.finished;
    }
    expect(finished).not.toBeNull();
    expect(finished!.participants).toMatchObject([{ learnerId: ada.id, correct: 0, attempted: 4 }]);
    const outcome = finished!.learners[0]!;
    expect(outcome).toMatchObject({
      learnerId: ada.id,
      answered: 4,
      correct: 0,
      reviewsScheduled: 4,
    });
    expect(outcome.nextReviewAt!.getTime()).toBeLessThanOrEqual(
      deps.clock().getTime() + 2 * 86_400_000,
    );
    const text = outcome.mastery.find((m) => m.domainId === 'text-analysis')!;
    expect(text.after).toBeLessThan(text.before);
    expect(outcome.planChange).not.toBeNull();
    const change = outcome.planChange!;
    expect(change.reason).toBe('quiz');
    const textChange = change.domains.find((d) => d.domainId === 'text-analysis')!;
    expect(textChange.minutesAfter).toBeGreaterThan(textChange.minutesBefore);
    expect(change.summary.join(' ')).toMatch(/More time for .*Text|Weaker than planned: .*text/i);

    // Finishing again is a no-op that returns the same results.
    const again = await finishQuiz(deps, ada, { quizId: quiz.quizId });
    expect(again.alreadyFinished).toBe(true);
    expect(again.learners).toEqual([]);
    expect(again.participants).toEqual(finished!.participants);

    const progress = await getProgress(deps, ada);
    expect(progress.domains.find((d) => d.domainId === 'text-analysis')?.accuracy).toEqual({
      answered: 4,
      correct: 0,
      rate: 0,
    });
    expect(progress.history).toHaveLength(1);
    expect((await getToday(deps, ada)).streak.current).toBe(1);

    // The missed questions come back first the next day.
    deps.clock.advance(2 * 86_400_000);
    const next = await startQuiz(deps, ada, { mode: 'practice', count: 6 });
    expect(next.reviews).toBe(4);
  });

  it('answers with letters and refuses a letter the question does not have', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const { quiz } = await startQuiz(deps, ada, { mode: 'practice', count: 2 });
    const bad = await failure(answerQuestion(deps, ada, { quizId: quiz.quizId, choices: 'Z' }));
    expect(bad.code).toBe('invalid-input');
    const outcome = await answerQuestion(deps, ada, {
      quizId: quiz.quizId,
      choices: key.right(quiz.question!.id).join('').toUpperCase(),
    });
    expect(outcome).toMatchObject({ accepted: true, mode: 'practice', correct: true });
  });

  it('stops a practice quiz half-way with its answers kept, only for its owner', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const { quiz } = await startQuiz(deps, ada, { mode: 'practice', count: 5 });
    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(quiz.question!.id) });
    expect((await failure(finishQuiz(deps, bob, { quizId: quiz.quizId }))).code).toBe(
      'not-your-quiz',
    );
    const refused = await answerQuestion(deps, bob, { quizId: quiz.quizId, choices: 'a' });
    expect(refused).toMatchObject({ accepted: false, reason: 'not-participant' });
    const result = await finishQuiz(deps, ada, { quizId: quiz.quizId });
    expect(result).toMatchObject({ finishReason: 'stopped', alreadyFinished: false });
    expect(result.learners[0]).toMatchObject({
      answered: 1,
      correct: 1,
      reviewsScheduled: 0,
      planChange: null,
    });
    const late = await failure(answerQuestion(deps, ada, { quizId: quiz.quizId, choices: 'a' }));
    expect(late.code).toBe('quiz-finished');
  });

  it('closes a quiz whose questions left the bank after a restart, keeping its answers', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const { quiz } = await startQuiz(deps, ada, { mode: 'practice', count: 3 });
    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(quiz.question!.id) });
    const emptied = {
      ...deps,
      banks: {
        loadQuestionBank: (ref: string) => ({ exam: ref as `${string}@${string}`, questions: [] }),
      },
    };
    const resumed = await resumeQuiz(emptied, { quizId: quiz.quizId });
    if (resumed.resumed) throw new Error('a quiz without its questions was resumed');
    expect(resumed.reason).toMatch(/3 of its questions are no longer in the question bank/);
    expect(resumed.finished).toMatchObject({
      finishReason: 'stopped',
      learners: [{ answered: 1, correct: 1 }],
    });
    expect((await getProgress(deps, ada)).history).toMatchObject([{ answered: 1 }]);
  });
});
