import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  answerQuestion,
  finishQuiz,
  flagQuestion,
  getProgress,
  getQuiz,
  getQuizResults,
  getRunningQuiz,
  goToQuestion,
  recoverQuizzes,
  resumeQuiz,
  setQuizMessage,
  startQuiz,
} from '../src/index.js';
import { answerKey, discordLearner, failure, testDeps } from './support/fixtures.js';

const key = answerKey('AI-103@2026-04');

describeEachDriver('mock exams', (ctx) => {
  it('takes a mock with a changed answer and a flag, and scores it once at the end', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const { quiz } = await startQuiz(deps, ada, { mode: 'mock', count: 8 });
    // AI-103: 120 minutes for 50 questions, so 8 questions get 19.2 minutes.
    expect(quiz).toMatchObject({ mode: 'mock', total: 8, answered: 0, remainingMs: 1_152_000 });
    expect(quiz.sheet?.every((entry) => entry.answer === undefined)).toBe(true);
    const first = quiz.question!;

    deps.clock.advance(60_000);
    const wrong = await answerQuestion(deps, ada, {
      quizId: quiz.quizId,
      choices: key.wrong(first.id),
    });
    expect(wrong).toMatchObject({ accepted: true, mode: 'mock', changed: false, answered: 1 });
    const changed = await answerQuestion(deps, ada, {
      quizId: quiz.quizId,
      choices: key.right(first.id),
    });
    expect(changed).toMatchObject({ accepted: true, mode: 'mock', changed: true, answered: 1 });

    const moved = await goToQuestion(deps, ada, { quizId: quiz.quizId, to: 'next' });
    if (!moved.ok) throw new Error('could not move');
    const second = moved.quiz.question!;
    const flagged = await flagQuestion(deps, ada, { quizId: quiz.quizId });
    expect(flagged.ok && flagged.quiz.flagged).toEqual([second.id]);

    // Answer the rest, every one wrong but the first, moving through the exam.
    let view = flagged.quiz;
    for (let i = 1; i < 8; i++) {
      const step = await goToQuestion(deps, ada, { quizId: quiz.quizId, to: i });
      if (!step.ok) throw new Error('could not move');
      deps.clock.advance(90_000);
      const outcome = await answerQuestion(deps, ada, {
        quizId: quiz.quizId,
        choices: key.wrong(step.quiz.question!.id),
      });
      if (!outcome.accepted) throw new Error(outcome.message);
      view = outcome.quiz;
    }
    expect(view.answered).toBe(8);
    expect(view.pacing?.status).toBe('ahead');
    const back = await goToQuestion(deps, ada, { quizId: quiz.quizId, to: 'next-flagged' });
    expect(back.ok && back.quiz.question?.id).toBe(second.id);

    const result = await finishQuiz(deps, ada, { quizId: quiz.quizId });
    expect(result).toMatchObject({
      mode: 'mock',
      finishReason: 'submitted',
      alreadyFinished: false,
    });
    expect(result.participants[0]).toMatchObject({ correct: 1, attempted: 8 });
    const firstReview = result.review.find((r) => r.id === first.id)!;
    expect(firstReview).toMatchObject({
      correct: true,
      chosen: key.right(first.id),
      flagged: false,
    });
    expect(result.review.find((r) => r.id === second.id)).toMatchObject({
      correct: false,
      flagged: true,
    });
    expect(
      result.review.every((r) => r.explanation.length > 0 && r.docs.startsWith('https://')),
    ).toBe(true);
    expect(result.estimate).toMatchObject({ label: 'estimate', passingScore: 700, maxScore: 1000 });
    expect(result.estimate!.expectedScore).toBeLessThan(700);
    expect(result.pacing).toMatchObject({ answered: 8, questionCount: 8 });
    expect(result.learners[0]).toMatchObject({ answered: 8, correct: 1, reviewsScheduled: 7 });

    // The final answers are stored once; a second submit changes nothing.
    await finishQuiz(deps, ada, { quizId: quiz.quizId });
    expect((await getProgress(deps, ada)).history).toMatchObject([
      { mode: 'mock', answered: 8, correct: 1 },
    ]);
  });

  it('submits a mock when its time runs out, keeping the answers given', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const { quiz } = await startQuiz(deps, ada, { mode: 'mock', count: 5 });
    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(quiz.question!.id) });
    deps.clock.advance(13 * 60_000);
    const late = await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: 'a' });
    if (late.accepted) throw new Error('a late answer was accepted');
    expect(late.reason).toBe('time-up');
    expect(late.finished).toMatchObject({
      finishReason: 'time-up',
      participants: [{ correct: 1, attempted: 1 }],
    });
  });

  it('resumes a running mock after a restart, and closes one whose time ran out meanwhile', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const adas = await startQuiz(deps, ada, { mode: 'mock', count: 5 });
    const bobs = await startQuiz(deps, bob, { mode: 'mock', count: 40 });
    await answerQuestion(deps, ada, {
      quizId: adas.quiz.quizId,
      choices: key.right(adas.quiz.question!.id),
    });
    await answerQuestion(deps, bob, {
      quizId: bobs.quiz.quizId,
      choices: key.right(bobs.quiz.question!.id),
    });
    deps.clock.advance(20 * 60_000);

    const { running, closed } = await recoverQuizzes(deps);
    expect(running.map((q) => q.quizId)).toEqual([bobs.quiz.quizId]);
    expect(running[0]).toMatchObject({ answered: 1 });
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({
      resumed: false,
      mode: 'mock',
      reason: 'The time ran out meanwhile: the exam was submitted as it stood.',
      finished: { quizId: adas.quiz.quizId, finishReason: 'time-up' },
    });
    expect((await getProgress(deps, ada)).history).toMatchObject([{ answered: 1, correct: 1 }]);

    expect((await getRunningQuiz(deps, bob, { mode: 'mock' }))?.quizId).toBe(bobs.quiz.quizId);
    expect(await resumeQuiz(deps, { quizId: bobs.quiz.quizId })).toMatchObject({
      resumed: true,
      quiz: { answered: 1 },
    });
  });

  it('shows a mock and its results to its owner only, and keeps its exam message through every move', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const { quiz } = await startQuiz(deps, ada, { mode: 'mock', count: 3 });
    await setQuizMessage(deps, { quizId: quiz.quizId, messageId: 'exam-message' });

    expect(await getQuiz(deps, { quizId: quiz.quizId, viewer: ada, mode: 'mock' })).toMatchObject({
      ownerId: ada.id,
      status: 'running',
    });
    expect((await failure(getQuiz(deps, { quizId: quiz.quizId, viewer: bob }))).code).toBe(
      'not-your-quiz',
    );
    // Asked for another kind of quiz, it is not found (a practice button cannot open a mock).
    expect(
      (await failure(getQuiz(deps, { quizId: quiz.quizId, viewer: ada, mode: 'practice' }))).code,
    ).toBe('quiz-not-found');
    expect(await getQuizResults(deps, { quizId: quiz.quizId, viewer: ada })).toBeNull();

    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(quiz.question!.id) });
    await goToQuestion(deps, ada, { quizId: quiz.quizId, to: 'next' });
    await finishQuiz(deps, ada, { quizId: quiz.quizId });
    expect((await getQuiz(deps, { quizId: quiz.quizId })).messageId).toBe('exam-message');

    const results = await getQuizResults(deps, { quizId: quiz.quizId, viewer: ada });
    expect(results).toMatchObject({
      finishReason: 'submitted',
      alreadyFinished: true,
      learners: [],
      participants: [{ correct: 1, attempted: 1 }],
    });
    expect(results?.review).toHaveLength(3);
    // Someone else learns nothing from it, whichever way they ask.
    expect((await failure(getQuizResults(deps, { quizId: quiz.quizId, viewer: bob }))).code).toBe(
      'not-your-quiz',
    );
    expect((await failure(finishQuiz(deps, bob, { quizId: quiz.quizId }))).code).toBe(
      'not-your-quiz',
    );
  });
});
