import { expect, it } from 'vitest';
import {
  accuracyHistory,
  answerHistory,
  createQuiz,
  type Database,
  domainResults,
  endQuiz,
  guildLeaderboard,
  listQuizAnswers as listAnswers,
  listQuizAnswers,
  lockQuiz,
  type NewAnswer,
  type QuizMode,
  quizResults,
  recordAnswer,
  recordAnswers,
  recordGroupAnswer,
  saveQuizState,
  setLearnerTimezone,
  setPrivacyChoices,
  withTransaction,
} from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { discordLearner } from './support/fixtures.js';

const t = (minute: number) => new Date(Date.UTC(2027, 1, 1, 18, minute));

function startQuiz(
  db: Database,
  options: {
    mode?: QuizMode;
    guildId?: string;
    channelId?: string;
    ownerId?: string;
    examRef?: string;
    at?: Date;
  },
) {
  return createQuiz(db, {
    mode: options.mode ?? 'group',
    examRef: options.examRef ?? 'AI-103@2026-04',
    guildId: options.guildId ?? 'guild-1',
    channelId: options.channelId ?? `channel-${Math.random()}`,
    ownerId: options.ownerId ?? null,
    state: {},
    seed: 7,
    now: options.at ?? t(0),
  });
}

function answer(
  quizId: string,
  learnerId: string,
  questionId: string,
  overrides: Partial<NewAnswer> = {},
): NewAnswer {
  return {
    quizId,
    learnerId,
    questionId,
    domainId: 'nlp',
    chosen: ['a'],
    correct: true,
    answeredAt: t(1),
    latencyMs: 1200,
    points: 100,
    ...overrides,
  };
}

describeEachDriver('quiz answers and results', (ctx) => {
  it('records an answer once: a double click keeps the first', async () => {
    const ada = await discordLearner(ctx.db);
    const quiz = await startQuiz(ctx.db, {});
    expect(await recordAnswer(ctx.db, answer(quiz.id, ada.id, 'q1', { chosen: ['b'] }))).toEqual({
      recorded: true,
    });
    expect(await recordAnswer(ctx.db, answer(quiz.id, ada.id, 'q1', { chosen: ['c'] }))).toEqual({
      recorded: false,
    });
    const stored = await listQuizAnswers(ctx.db, { quizId: quiz.id });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ chosen: ['b'], correct: true, latencyMs: 1200, points: 100 });
  });

  it('records exactly one of many simultaneous clicks', async () => {
    const ada = await discordLearner(ctx.db);
    const quiz = await startQuiz(ctx.db, {});
    const clicks = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        recordAnswer(ctx.db, answer(quiz.id, ada.id, 'q1', { chosen: [String(i)] })),
      ),
    );
    expect(clicks.filter((click) => click.recorded)).toHaveLength(1);
    expect(await listQuizAnswers(ctx.db, { quizId: quiz.id, learnerId: ada.id })).toHaveLength(1);
  });

  it('records a submitted mock exam in one go, counting only new answers', async () => {
    const ada = await discordLearner(ctx.db);
    const mock = await startQuiz(ctx.db, { mode: 'mock', ownerId: ada.id });
    await recordAnswer(ctx.db, answer(mock.id, ada.id, 'q1'));
    const recorded = await recordAnswers(ctx.db, [
      answer(mock.id, ada.id, 'q1'),
      answer(mock.id, ada.id, 'q2', { chosen: ['a', 'c'], correct: false, points: 0 }),
      answer(mock.id, ada.id, 'q3'),
    ]);
    expect(recorded).toBe(2);
    expect(await recordAnswers(ctx.db, [])).toBe(0);
  });

  it('ranks a quiz’s participants by points, then correct answers', async () => {
    const ada = await discordLearner(ctx.db, 'Ada');
    const bob = await discordLearner(ctx.db, 'Bob');
    const quiz = await startQuiz(ctx.db, {});
    await recordAnswers(ctx.db, [
      answer(quiz.id, ada.id, 'q1', { points: 150 }),
      answer(quiz.id, ada.id, 'q2', { correct: false, points: 0 }),
      answer(quiz.id, bob.id, 'q1', { points: 100 }),
      answer(quiz.id, bob.id, 'q2', { points: 120 }),
    ]);
    expect(await quizResults(ctx.db, quiz.id)).toEqual([
      {
        learnerId: bob.id,
        displayName: 'Bob',
        discordUserId: bob.discordUserId,
        points: 220,
        answered: 2,
        correct: 2,
      },
      {
        learnerId: ada.id,
        displayName: 'Ada',
        discordUserId: ada.discordUserId,
        points: 150,
        answered: 2,
        correct: 1,
      },
    ]);
  });

  it('sums accuracy per domain and per quiz, filtered by exam and time', async () => {
    const ada = await discordLearner(ctx.db);
    const first = await startQuiz(ctx.db, { mode: 'practice', ownerId: ada.id, at: t(0) });
    const second = await startQuiz(ctx.db, { mode: 'practice', ownerId: ada.id, at: t(10) });
    const other = await startQuiz(ctx.db, {
      mode: 'practice',
      ownerId: ada.id,
      examRef: 'AI-102@2024-06',
      at: t(20),
    });
    await recordAnswers(ctx.db, [
      answer(first.id, ada.id, 'q1', { domainId: 'nlp', correct: true, answeredAt: t(1) }),
      answer(first.id, ada.id, 'q2', { domainId: 'nlp', correct: false, answeredAt: t(2) }),
      answer(first.id, ada.id, 'q3', {
        domainId: 'computer-vision',
        correct: true,
        answeredAt: t(3),
      }),
      answer(second.id, ada.id, 'q4', { domainId: 'nlp', correct: true, answeredAt: t(11) }),
      answer(other.id, ada.id, 'q5', { domainId: 'nlp', correct: false, answeredAt: t(21) }),
    ]);
    const exam = { learnerId: ada.id, examRef: 'AI-103@2026-04' };
    expect(await domainResults(ctx.db, exam)).toEqual([
      { domainId: 'computer-vision', answered: 1, correct: 1 },
      { domainId: 'nlp', answered: 3, correct: 2 },
    ]);
    expect(await domainResults(ctx.db, { ...exam, since: t(10) })).toEqual([
      { domainId: 'nlp', answered: 1, correct: 1 },
    ]);
    expect(await domainResults(ctx.db, { learnerId: ada.id })).toContainEqual({
      domainId: 'nlp',
      answered: 4,
      correct: 2,
    });
    const history = await accuracyHistory(ctx.db, exam);
    expect(history.map((q) => [q.quizId, q.answered, q.correct, q.points])).toEqual([
      [first.id, 3, 2, 300],
      [second.id, 1, 1, 100],
    ]);
    const answers = await answerHistory(ctx.db, { learnerId: ada.id });
    expect(answers.map((a) => a.questionId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(answers[0]).toEqual({
      quizId: first.id,
      mode: 'practice',
      questionId: 'q1',
      domainId: 'nlp',
      correct: true,
      answeredAt: t(1),
    });
    expect(await answerHistory(ctx.db, { learnerId: ada.id, limit: 2 })).toHaveLength(2);
  });

  it('ranks a guild’s group-quiz points since a moment, leaving out those who opted out', async () => {
    const ada = await discordLearner(ctx.db, 'Ada');
    const bob = await discordLearner(ctx.db, 'Bob');
    const shy = await discordLearner(ctx.db, 'Shy');
    const here = await startQuiz(ctx.db, { guildId: 'guild-1' });
    const elsewhere = await startQuiz(ctx.db, { guildId: 'guild-2' });
    const solo = await startQuiz(ctx.db, { mode: 'practice', guildId: 'guild-1', ownerId: ada.id });
    await recordAnswers(ctx.db, [
      answer(here.id, ada.id, 'old', { points: 500, answeredAt: t(1) }),
      answer(here.id, ada.id, 'q1', { points: 100, answeredAt: t(30) }),
      answer(here.id, bob.id, 'q1', { points: 200, answeredAt: t(30) }),
      answer(here.id, shy.id, 'q1', { points: 900, answeredAt: t(30) }),
      answer(elsewhere.id, ada.id, 'q1', { points: 1000, answeredAt: t(30) }),
      answer(solo.id, ada.id, 'q1', { points: 1000, answeredAt: t(30) }),
    ]);
    await setPrivacyChoices(ctx.db, { learnerId: shy.id, showOnLeaderboard: false });
    const thisWeek = await guildLeaderboard(ctx.db, { guildId: 'guild-1', since: t(20) });
    expect(thisWeek.map((row) => [row.displayName, row.points])).toEqual([
      ['Bob', 200],
      ['Ada', 100],
    ]);
    await setLearnerTimezone(ctx.db, { learnerId: bob.id, timezone: 'Asia/Tokyo', now: t(40) });
    const allTime = await guildLeaderboard(ctx.db, { guildId: 'guild-1' });
    expect(allTime.map((row) => [row.displayName, row.points, row.answered, row.timezone])).toEqual(
      [
        ['Ada', 600, 2, null],
        ['Bob', 200, 1, 'Asia/Tokyo'],
      ],
    );
    expect(await guildLeaderboard(ctx.db, { guildId: 'guild-1', limit: 1 })).toHaveLength(1);
  });

  it('lets the database refuse negative points and latencies', async () => {
    const ada = await discordLearner(ctx.db);
    const quiz = await startQuiz(ctx.db, {});
    await expect(
      recordAnswer(ctx.db, answer(quiz.id, ada.id, 'q1', { points: -5 })),
    ).rejects.toMatchObject({
      constraint: 'quiz_answers_points_nonnegative',
    });
    await expect(
      recordAnswer(ctx.db, answer(quiz.id, ada.id, 'q1', { latencyMs: -1 })),
    ).rejects.toMatchObject({
      constraint: 'quiz_answers_latency_nonnegative',
    });
  });

  it('records a group answer once, and only while the quiz is as it was when the answer was judged', async () => {
    const ada = await discordLearner(ctx.db);
    const bob = await discordLearner(ctx.db);
    const quiz = await startQuiz(ctx.db, {});
    const judged = { ...answer(quiz.id, ada.id, 'q1'), expectedRevision: quiz.revision };
    expect(await recordGroupAnswer(ctx.db, judged)).toEqual({ recorded: true });
    expect(
      await recordGroupAnswer(ctx.db, { ...judged, chosen: ['b'], correct: false, points: 0 }),
    ).toEqual({ recorded: false, reason: 'already-answered' });

    // The reveal saved the state: an answer judged against the revision before is not stored.
    await saveQuizState(ctx.db, { quizId: quiz.id, state: {}, now: t(2) });
    const stale = { ...answer(quiz.id, bob.id, 'q1'), expectedRevision: quiz.revision };
    expect(await recordGroupAnswer(ctx.db, stale)).toEqual({
      recorded: false,
      reason: 'quiz-changed',
    });
    // Even from a learner whose answer to that question is in: the quiz moved on first.
    expect(await recordGroupAnswer(ctx.db, judged)).toEqual({
      recorded: false,
      reason: 'quiz-changed',
    });
    // Nor one to a quiz that has ended.
    await endQuiz(ctx.db, { quizId: quiz.id, status: 'finished', now: t(3) });
    expect(
      await recordGroupAnswer(ctx.db, { ...stale, expectedRevision: quiz.revision + 1 }),
    ).toEqual({ recorded: false, reason: 'quiz-changed' });
    // Nor one from a learner who is not (any more).
    const other = await startQuiz(ctx.db, {});
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect(
      await recordGroupAnswer(ctx.db, {
        ...answer(other.id, nobody, 'q1'),
        expectedRevision: other.revision,
      }),
    ).toEqual({ recorded: false, reason: 'unknown-learner' });

    const rows = await listAnswers(ctx.db, { quizId: quiz.id });
    expect(rows.map((r) => [r.learnerId, r.chosen, r.correct, r.points])).toEqual([
      [ada.id, ['a'], true, 100],
    ]);
  });

  it('makes a writer that locks the quiz wait for an answer being stored, then see it', async () => {
    const ada = await discordLearner(ctx.db);
    const quiz = await startQuiz(ctx.db, {});
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let stored!: () => void;
    const inserted = new Promise<void>((resolve) => {
      stored = resolve;
    });
    // The click's insert holds its share lock on the quiz until it commits.
    const click = withTransaction(ctx.db, async (tx) => {
      const result = await recordGroupAnswer(tx, {
        ...answer(quiz.id, ada.id, 'q1'),
        expectedRevision: quiz.revision,
      });
      stored();
      await gate;
      return result;
    });
    await inserted;
    let seen: number | undefined;
    const reveal = withTransaction(ctx.db, async (tx) => {
      await lockQuiz(tx, quiz.id);
      seen = (await listAnswers(tx, { quizId: quiz.id, questionId: 'q1' })).length;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(seen).toBeUndefined();
    release();
    expect(await click).toEqual({ recorded: true });
    await reveal;
    expect(seen).toBe(1);
  });
});
