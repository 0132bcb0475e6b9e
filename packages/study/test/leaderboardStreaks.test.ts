import { recordStudyActivity } from '@certpace/db';
import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  answerQuestion,
  finishQuiz,
  getLeaderboard,
  type LearnerView,
  setGuildSettings,
  setReminder,
  startQuiz,
} from '../src/index.js';
import { answerKey, discordLearner, testDeps } from './support/fixtures.js';

const key = answerKey('AI-103@2026-04');
const channel = { guildId: 'guild-1', channelId: 'channel-1' };

describeEachDriver('leaderboard streaks', (ctx) => {
  it('shows each learner’s current study-day streak, counted in their own timezone', async () => {
    const deps = testDeps(ctx.db, '2027-02-01T09:00:00Z');
    /** A one-question group quiz at the clock's time, answered right by everyone given. */
    const groupQuiz = async (players: readonly LearnerView[]) => {
      const { quiz } = await startQuiz(deps, players[0]!, { mode: 'group', count: 1, ...channel });
      for (const player of players) {
        await answerQuestion(deps, player, {
          quizId: quiz.quizId,
          choices: key.right(quiz.question!.id),
        });
      }
      await finishQuiz(deps, null, { quizId: quiz.quizId });
    };
    const studied = async (learner: LearnerView, ...dates: string[]) => {
      for (const localDate of dates) {
        await recordStudyActivity(ctx.db, { learnerId: learner.id, localDate, tasksDone: 1 });
      }
    };
    const [ada, bob, cy, dee, eve] = [
      await discordLearner(deps, 'Ada'),
      await discordLearner(deps, 'Bob'),
      await discordLearner(deps, 'Cy'),
      await discordLearner(deps, 'Dee'),
      await discordLearner(deps, 'Eve'),
    ];
    await setReminder(deps, bob, { time: '07:00', timezone: 'Asia/Tokyo' });

    // Monday: Dee plays once and never again.
    await groupQuiz([dee]);
    // Tuesday: Eve plays, after a done task on Monday.
    deps.clock.set('2027-02-02T09:00:00Z');
    await studied(eve, '2027-02-01');
    await groupQuiz([eve]);
    // Wednesday 20:00 UTC, already Thursday in Tokyo: Ada, Bob and Cy play.
    deps.clock.set('2027-02-03T20:00:00Z');
    await studied(ada, '2027-02-01', '2027-02-02');
    await studied(bob, '2027-02-01', '2027-02-02', '2027-02-03');
    await studied(cy, '2027-01-30', '2027-01-31');
    await groupQuiz([ada, bob, cy]);

    const board = await getLeaderboard(deps, { guildId: 'guild-1', period: 'week' });
    const streaks = Object.fromEntries(board.entries.map((e) => [e.displayName, e.streakDays]));
    expect(streaks).toEqual({
      Ada: 3, // Monday to Wednesday
      Bob: 4, // Monday to Thursday, his today in Tokyo
      Cy: 1, // the weekend's run broke on Monday; today starts a new one
      Dee: 0, // nothing on Tuesday or today: broken
      Eve: 2, // Monday and Tuesday: alive until the end of today
    });

    // The streak is the learner's, whatever the period shows.
    const allTime = await getLeaderboard(deps, { guildId: 'guild-1', period: 'all' });
    expect(allTime.entries.find((e) => e.displayName === 'Bob')?.streakDays).toBe(4);

    // Thursday 23:00 UTC: Eve missed Wednesday, so hers lapsed; Ada's lives through
    // Thursday, Bob's through Friday in Tokyo.
    deps.clock.set('2027-02-04T23:00:00Z');
    const later = await getLeaderboard(deps, { guildId: 'guild-1', period: 'week' });
    const laterStreaks = Object.fromEntries(
      later.entries.map((e) => [e.displayName, e.streakDays]),
    );
    expect(laterStreaks).toMatchObject({ Ada: 3, Eve: 0, Bob: 4, Dee: 0 });
  });

  it('counts a learner without a timezone on the guild’s calendar', async () => {
    const deps = testDeps(ctx.db, '2027-02-02T23:30:00Z');
    await setGuildSettings(deps, { guildId: 'guild-1', timezone: 'Europe/Berlin' });
    const ada = await discordLearner(deps, 'Ada');
    // 23:30 UTC on Tuesday is already Wednesday in Berlin, where the quiz's day is recorded.
    await recordStudyActivity(ctx.db, { learnerId: ada.id, localDate: '2027-02-02', tasksDone: 1 });
    const { quiz } = await startQuiz(deps, ada, { mode: 'group', count: 1, ...channel });
    await answerQuestion(deps, ada, {
      quizId: quiz.quizId,
      choices: key.right(quiz.question!.id),
    });
    await finishQuiz(deps, null, { quizId: quiz.quizId });
    const board = await getLeaderboard(deps, { guildId: 'guild-1' });
    expect(board.entries.map((e) => [e.displayName, e.streakDays])).toEqual([['Ada', 2]]);
  });
});
