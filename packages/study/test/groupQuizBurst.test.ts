import { listQuizAnswers } from '@certpace/db';
import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  type AnswerOutcome,
  advanceQuiz,
  answerQuestion,
  type LearnerView,
  setGuildSettings,
  startQuiz,
} from '../src/index.js';
import { answerKey, discordLearner, testDeps } from './support/fixtures.js';

const key = answerKey('AI-103@2026-04');
const channel = { guildId: 'guild-burst', channelId: 'channel-burst' };

async function learners(deps: ReturnType<typeof testDeps>, count: number): Promise<LearnerView[]> {
  const all: LearnerView[] = [];
  for (let i = 0; i < count; i++) all.push(await discordLearner(deps, `Member ${i + 1}`));
  return all;
}

async function oneQuestionQuiz(deps: ReturnType<typeof testDeps>, starter: LearnerView) {
  await setGuildSettings(deps, { guildId: channel.guildId, secondsPerQuestion: 20 });
  const { quiz } = await startQuiz(deps, starter, { mode: 'group', count: 1, ...channel });
  const question = quiz.question;
  if (!question) throw new Error('the quiz shows no question');
  return { quizId: quiz.quizId, questionId: question.id };
}

describeEachDriver('group quiz under a burst of clicks', (ctx) => {
  it('accepts and stores once each of 60 members answering the same question at once', async () => {
    const deps = testDeps(ctx.db);
    const members = await learners(deps, 60);
    const { quizId, questionId } = await oneQuestionQuiz(deps, members[0]!);
    deps.clock.advance(2_000);

    const right = (i: number) => i % 3 !== 0;
    const outcomes = await Promise.all(
      members.map((member, i) =>
        answerQuestion(deps, member, {
          quizId,
          choices: right(i) ? key.right(questionId) : key.wrong(questionId),
        }),
      ),
    );
    const refused = outcomes.filter((o) => !o.accepted);
    expect(refused).toEqual([]);
    expect(outcomes.map((o) => o.accepted && o.mode === 'group' && o.correct)).toEqual(
      members.map((_, i) => right(i)),
    );

    deps.clock.advance(20_000);
    const step = await advanceQuiz(deps, null, { quizId, index: 0 });
    if (!step.advanced) throw new Error(`did not advance: ${step.reason}`);
    expect(step.reveal).toMatchObject({ questionId, answered: 60, correct: 40 });
    expect(step.finished?.participants).toHaveLength(60);

    const stored = await listQuizAnswers(ctx.db, { quizId });
    expect(stored).toHaveLength(60);
    expect(new Set(stored.map((a) => a.learnerId))).toEqual(new Set(members.map((m) => m.id)));
    expect(stored.every((a) => a.questionId === questionId)).toBe(true);
    expect(stored.filter((a) => a.correct)).toHaveLength(40);
  });

  it('keeps only the first of two clicks that one member makes in the same burst', async () => {
    const deps = testDeps(ctx.db);
    const members = await learners(deps, 20);
    const { quizId, questionId } = await oneQuestionQuiz(deps, members[0]!);
    deps.clock.advance(1_000);

    // Each member clicks the right answer and a wrong one at the same moment.
    const clicks = members.flatMap((member) => [
      { member, choices: key.right(questionId) },
      { member, choices: key.wrong(questionId) },
    ]);
    const outcomes = await Promise.all(
      clicks.map(({ member, choices }) => answerQuestion(deps, member, { quizId, choices })),
    );

    const firstCorrect = new Map<string, boolean>();
    outcomes.forEach((outcome: AnswerOutcome, i) => {
      const { member } = clicks[i]!;
      if (outcome.accepted) {
        expect(firstCorrect.has(member.id)).toBe(false);
        firstCorrect.set(member.id, outcome.mode === 'group' && outcome.correct);
      } else {
        expect(outcome.reason).toBe('already-answered');
      }
    });
    expect(firstCorrect.size).toBe(20);

    deps.clock.advance(20_000);
    const step = await advanceQuiz(deps, null, { quizId, index: 0 });
    if (!step.advanced) throw new Error(`did not advance: ${step.reason}`);
    const stored = await listQuizAnswers(ctx.db, { quizId });
    expect(stored).toHaveLength(20);
    for (const answer of stored) expect(answer.correct).toBe(firstCorrect.get(answer.learnerId));
  });
});
