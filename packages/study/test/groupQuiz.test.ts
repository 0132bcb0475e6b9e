import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  advanceQuiz,
  answerQuestion,
  getLeaderboard,
  getProgress,
  recoverQuizzes,
  setGuildSettings,
  setPrivacy,
  startQuiz,
} from '../src/index.js';
import { answerKey, discordLearner, failure, testDeps } from './support/fixtures.js';

const key = answerKey('AI-103@2026-04');
const channel = { guildId: 'guild-1', channelId: 'channel-1' };

describeEachDriver('group quizzes', (ctx) => {
  it('runs a channel quiz with three learners, a double click and a late click', async () => {
    const deps = testDeps(ctx.db);
    const [ada, bob, cy] = [
      await discordLearner(deps, 'Ada'),
      await discordLearner(deps, 'Bob'),
      await discordLearner(deps, 'Cy'),
    ];
    const dee = await discordLearner(deps, 'Dee');
    await setGuildSettings(deps, {
      guildId: 'guild-1',
      timezone: 'Europe/Berlin',
      secondsPerQuestion: 20,
    });
    const { quiz } = await startQuiz(deps, ada, { mode: 'group', count: 3, ...channel });
    expect(quiz).toMatchObject({
      mode: 'group',
      total: 3,
      secondsPerQuestion: 20,
      channelId: 'channel-1',
    });
    expect(quiz.deadline!.getTime() - deps.clock().getTime()).toBe(20_000);

    const busy = await failure(startQuiz(deps, bob, { mode: 'group', ...channel }));
    expect(busy.code).toBe('quiz-running-in-channel');

    let current = quiz;
    for (let round = 0; round < 3; round++) {
      const q = current.question!;
      deps.clock.advance(3_000);
      // Three people click at the same moment; every answer is kept.
      const outcomes = await Promise.all([
        answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(q.id) }),
        answerQuestion(deps, bob, { quizId: quiz.quizId, choices: key.wrong(q.id) }),
        answerQuestion(deps, cy, { quizId: quiz.quizId, choices: key.right(q.id) }),
      ]);
      expect(outcomes.map((o) => o.accepted)).toEqual([true, true, true]);
      const double = await answerQuestion(deps, ada, {
        quizId: quiz.quizId,
        choices: key.wrong(q.id),
      });
      expect(double).toMatchObject({ accepted: false, reason: 'already-answered' });

      expect(await advanceQuiz(deps, null, { quizId: quiz.quizId, index: round })).toMatchObject({
        advanced: false,
        reason: 'not-yet',
      });
      deps.clock.advance(20_000);
      const late = await answerQuestion(deps, dee, {
        quizId: quiz.quizId,
        questionId: q.id,
        choices: 'a',
      });
      expect(late).toMatchObject({ accepted: false, reason: 'late' });
      const step = await advanceQuiz(deps, null, { quizId: quiz.quizId, index: round });
      if (!step.advanced) throw new Error('did not advance');
      expect(step.reveal).toMatchObject({ questionId: q.id, answered: 3, correct: 2 });
      // How many chose what: both right answers counted on each correct choice, Bob's on his.
      for (const choice of key.right(q.id)) expect(step.reveal.tally[choice]).toBe(2);
      expect(step.reveal.tally[key.wrong(q.id)[0]!]).toBe(1);
      expect(step.reveal.question?.answer).toEqual(key.right(q.id));
      // A second timer for the same question does nothing.
      expect(await advanceQuiz(deps, null, { quizId: quiz.quizId, index: round })).toMatchObject({
        advanced: false,
      });
      current = step.quiz;
      if (round === 2) {
        expect(step.finished).not.toBeNull();
        const board = step.finished!.participants;
        // Ada and Cy answered alike at the same moment: they share first place.
        expect(
          board
            .map((p) => p.displayName)
            .slice(0, 2)
            .sort(),
        ).toEqual(['Ada', 'Cy']);
        expect(board[0]).toMatchObject({ correct: 3, attempted: 3, bestStreak: 3, rank: 1 });
        expect(board[1]).toMatchObject({ points: board[0]!.points, rank: 1 });
        expect(board[2]).toMatchObject({ displayName: 'Bob', points: 0, correct: 0, rank: 3 });
        expect(step.finished!.learners).toHaveLength(3);
      } else {
        expect(step.finished).toBeNull();
        expect(step.quiz.question?.index).toBe(round + 1);
      }
    }
    for (const who of [ada, bob, cy]) {
      expect((await getProgress(deps, who)).history).toMatchObject([{ answered: 3 }]);
    }

    await setPrivacy(deps, bob, { showOnLeaderboard: false });
    const leaderboard = await getLeaderboard(deps, { guildId: 'guild-1', period: 'week' });
    expect(leaderboard).toMatchObject({ timezone: 'Europe/Berlin', from: '2027-02-01' });
    expect(leaderboard.entries.map((e) => e.displayName)).toEqual(['Ada', 'Cy']);
    expect(leaderboard.entries[0]!.points).toBeGreaterThan(300);

    // A new quiz may start once the channel is free.
    const next = await startQuiz(deps, bob, { mode: 'group', ...channel });
    expect(next.quiz.status).toBe('running');
  });

  it('resumes a group quiz after a restart with its answers', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const { quiz } = await startQuiz(deps, ada, { mode: 'group', count: 2, ...channel });
    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(quiz.question!.id) });
    deps.clock.advance(60_000);
    const { running, closed } = await recoverQuizzes(deps);
    expect(closed).toEqual([]);
    expect(running).toHaveLength(1);
    expect(running[0]).toMatchObject({ quizId: quiz.quizId, answered: 1, participants: 1 });
    const step = await advanceQuiz(deps, null, { quizId: quiz.quizId, index: 0 });
    expect(step).toMatchObject({ advanced: true, reveal: { answered: 1, correct: 1 } });
  });

  it('ranks the leaderboard by the guild’s week, not last week', async () => {
    const deps = testDeps(ctx.db, '2027-01-29T10:00:00Z');
    const ada = await discordLearner(deps, 'Ada');
    const { quiz } = await startQuiz(deps, ada, { mode: 'group', count: 1, ...channel });
    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(quiz.question!.id) });
    deps.clock.advance(60_000);
    await advanceQuiz(deps, null, { quizId: quiz.quizId });
    deps.clock.set('2027-02-01T10:00:00Z');
    expect((await getLeaderboard(deps, { guildId: 'guild-1', period: 'week' })).entries).toEqual(
      [],
    );
    expect(
      (await getLeaderboard(deps, { guildId: 'guild-1', period: 'all' })).entries,
    ).toHaveLength(1);
    expect((await failure(getLeaderboard(deps, { guildId: 'guild-1', period: 'year' }))).code).toBe(
      'invalid-input',
    );
  });
});
