import { getQuiz as getQuizRow, listQuizAnswers } from '@certpace/db';
import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  advanceQuiz,
  answerQuestion,
  deleteLearnerData,
  finishQuiz,
  getQuiz,
  type LearnerView,
  setGuildSettings,
  startQuiz,
} from '../src/index.js';
import { answerKey, discordLearner, failure, testDeps } from './support/fixtures.js';

// A group answer is stored as its own quiz_answers row the moment it is given
// and folded into the quiz's state at the reveal. These tests hold that to
// what a member of the channel sees: the answer counts at once, the reveal and
// the results show every answer once, streaks carry over, and nothing is lost
// or invented when the question closes, the quiz stops or a member leaves.

const key = answerKey('AI-103@2026-04');
const channel = { guildId: 'guild-rows', channelId: 'channel-rows' };

async function groupQuiz(deps: ReturnType<typeof testDeps>, starter: LearnerView, count: number) {
  await setGuildSettings(deps, { guildId: channel.guildId, secondsPerQuestion: 20 });
  const { quiz } = await startQuiz(deps, starter, { mode: 'group', count, ...channel });
  return quiz;
}

describeEachDriver('group answers kept as rows', (ctx) => {
  it('stores an answer at once, counts it before the reveal, and carries streaks over', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const quiz = await groupQuiz(deps, ada, 2);
    const first = quiz.question!.id;
    const before = await getQuizRow(ctx.db, quiz.quizId);

    deps.clock.advance(5_000);
    const answered = await answerQuestion(deps, ada, {
      quizId: quiz.quizId,
      choices: key.right(first),
    });
    expect(answered).toMatchObject({ accepted: true, mode: 'group', correct: true, streak: 1 });
    // 100 + 50 × 15/20 of the time left.
    expect(answered).toMatchObject({ points: 138 });
    await answerQuestion(deps, bob, { quizId: quiz.quizId, choices: key.wrong(first) });

    // Stored the moment it was given; the saved state was not rewritten for it.
    const rows = await listQuizAnswers(ctx.db, { quizId: quiz.quizId });
    expect(rows.map((r) => [r.learnerId, r.correct, r.points])).toEqual([
      [ada.id, true, 138],
      [bob.id, false, 0],
    ]);
    expect((await getQuizRow(ctx.db, quiz.quizId))?.revision).toBe(before?.revision);
    // Anyone looking at the quiz sees both answers to the open question.
    expect(await getQuiz(deps, { quizId: quiz.quizId })).toMatchObject({
      answered: 2,
      participants: 2,
    });

    deps.clock.advance(15_000);
    const reveal = await advanceQuiz(deps, null, { quizId: quiz.quizId, index: 0 });
    if (!reveal.advanced) throw new Error(`did not advance: ${reveal.reason}`);
    expect(reveal.reveal).toMatchObject({ questionId: first, answered: 2, correct: 1 });

    const second = reveal.quiz.question!.id;
    deps.clock.advance(10_000);
    const streak = await answerQuestion(deps, ada, {
      quizId: quiz.quizId,
      choices: key.right(second),
    });
    // The first answer, folded at the reveal, makes this the second in a row.
    expect(streak).toMatchObject({ accepted: true, streak: 2, points: 100 + 25 + 10 });

    deps.clock.advance(10_000);
    const last = await advanceQuiz(deps, null, { quizId: quiz.quizId, index: 1 });
    if (!last.advanced || !last.finished) throw new Error('the quiz did not finish');
    expect(
      last.finished.participants.map((p) => [p.learnerId, p.points, p.correct, p.attempted]),
    ).toEqual([
      [ada.id, 138 + 135, 2, 2],
      [bob.id, 0, 0, 1],
    ]);
    expect(await listQuizAnswers(ctx.db, { quizId: quiz.quizId })).toHaveLength(3);
    // Ada's mastery moved with this quiz: "before" leaves its own answers out.
    const adaOutcome = last.finished.learners.find((l) => l.learnerId === ada.id)!;
    const domains = adaOutcome.mastery.filter((m) => m.after !== m.before);
    expect(domains.length).toBeGreaterThan(0);
    expect(domains.every((m) => m.after > m.before)).toBe(true);
  });

  it('keeps the answers to the open question when the quiz is stopped', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const quiz = await groupQuiz(deps, ada, 3);
    const first = quiz.question!.id;
    deps.clock.advance(2_000);
    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(first) });
    await answerQuestion(deps, bob, { quizId: quiz.quizId, choices: key.right(first) });

    const finished = await finishQuiz(deps, ada, { quizId: quiz.quizId });
    expect(finished).toMatchObject({ finishReason: 'stopped', alreadyFinished: false });
    expect(finished.participants.map((p) => p.correct)).toEqual([1, 1]);
    expect(await listQuizAnswers(ctx.db, { quizId: quiz.quizId })).toHaveLength(2);
  });

  it('forgets the open answer of a member who deletes their data mid-question', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const quiz = await groupQuiz(deps, ada, 1);
    const first = quiz.question!.id;
    deps.clock.advance(2_000);
    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(first) });
    await answerQuestion(deps, bob, { quizId: quiz.quizId, choices: key.right(first) });
    expect(await deleteLearnerData(deps, bob)).toEqual({ deleted: true });

    // A click from someone whose data is gone is told so, and stores nothing.
    const gone = await failure(
      answerQuestion(deps, bob, { quizId: quiz.quizId, choices: key.right(first) }),
    );
    expect(gone).toMatchObject({ code: 'learner-not-found' });

    deps.clock.advance(20_000);
    const reveal = await advanceQuiz(deps, null, { quizId: quiz.quizId, index: 0 });
    if (!reveal.advanced || !reveal.finished) throw new Error('the quiz did not finish');
    expect(reveal.reveal).toMatchObject({ answered: 1, correct: 1 });
    expect(reveal.finished.participants.map((p) => p.learnerId)).toEqual([ada.id]);
    const rows = await listQuizAnswers(ctx.db, { quizId: quiz.quizId });
    expect(rows.map((r) => r.learnerId)).toEqual([ada.id]);
  });

  it('settles two quizzes with the same members that end at the same moment', async () => {
    const deps = testDeps(ctx.db);
    const members: LearnerView[] = [];
    for (let i = 0; i < 30; i++) members.push(await discordLearner(deps, `Member ${i}`));
    await setGuildSettings(deps, { guildId: channel.guildId, secondsPerQuestion: 20 });
    const quizzes = await Promise.all(
      ['channel-a', 'channel-b'].map(async (channelId) => {
        const { quiz } = await startQuiz(deps, members[0]!, {
          mode: 'group',
          count: 2,
          guildId: channel.guildId,
          channelId,
        });
        return quiz;
      }),
    );
    for (let round = 0; round < 2; round++) {
      deps.clock.advance(1_000);
      const opened = deps.clock().getTime();
      // The members answer in one order in the first channel and the other order in the second.
      for (const [i, quiz] of quizzes.entries()) {
        const view = await getQuiz(deps, { quizId: quiz.quizId });
        for (const [k, member] of members.entries()) {
          deps.clock.set(new Date(opened + 100 * (i === 0 ? k : 29 - k)).toISOString());
          await answerQuestion(deps, member, {
            quizId: quiz.quizId,
            choices: key.right(view.question!.id),
          });
        }
      }
      deps.clock.set(new Date(opened + 3_000).toISOString());
      deps.clock.advance(20_000);
      const moved = await Promise.all(
        quizzes.map((quiz) => advanceQuiz(deps, null, { quizId: quiz.quizId, index: round })),
      );
      expect(moved.map((m) => m.advanced)).toEqual([true, true]);
      if (round === 1) {
        for (const m of moved) {
          if (!m.advanced) continue;
          expect(m.finished?.participants).toHaveLength(30);
          expect(m.finished?.learners).toHaveLength(30);
        }
      }
    }
  });

  it('judges a click again when another process moved the quiz on since this one read it', async () => {
    const deps = testDeps(ctx.db);
    // A second bot process: the same database through its own handle, so nothing in memory shared.
    const other = { ...deps, db: { ...ctx.db } };
    const ada = await discordLearner(deps, 'Ada');
    const bob = await discordLearner(deps, 'Bob');
    const quiz = await groupQuiz(deps, ada, 3);
    const first = quiz.question!.id;
    deps.clock.advance(1_000);
    // This process reads the quiz with question 1 open.
    await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: key.right(first) });

    const moved = await advanceQuiz(other, null, { quizId: quiz.quizId, index: 0, early: true });
    if (!moved.advanced) throw new Error(`did not advance: ${moved.reason}`);
    const second = moved.quiz.question!.id;

    // A click on question 1 is not stored against the old question...
    const late = await answerQuestion(deps, bob, {
      quizId: quiz.quizId,
      questionId: first,
      choices: key.right(first),
    });
    expect(late).toMatchObject({ accepted: false, reason: 'not-current' });
    // ...and one on question 2 is taken, though this process last saw question 1 open.
    const taken = await answerQuestion(deps, bob, {
      quizId: quiz.quizId,
      questionId: second,
      choices: key.right(second),
    });
    expect(taken).toMatchObject({ accepted: true, questionId: second });
    // A click that names no question answers the one open now, even for Ada, who answered the first.
    const open = await answerQuestion(deps, ada, {
      quizId: quiz.quizId,
      choices: key.wrong(second),
    });
    expect(open).toMatchObject({ accepted: true, questionId: second, correct: false });
    const rows = await listQuizAnswers(ctx.db, { quizId: quiz.quizId });
    expect(rows.map((r) => `${r.learnerId} ${r.questionId}`).sort()).toEqual(
      [`${ada.id} ${first}`, `${bob.id} ${second}`, `${ada.id} ${second}`].sort(),
    );
  });
});
