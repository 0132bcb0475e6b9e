// Quiz results for the tests of /progress and /leaderboard, made through
// study's use cases (the quiz commands themselves are tested elsewhere).
import { loadQuestionBank } from '@certpace/content';
import type { Database } from '@certpace/db';
import type { SimUser } from '@certpace/discord-sim';
import {
  advanceQuiz,
  answerQuestion,
  ensureLearner,
  finishQuiz,
  type LearnerView,
  type QuizView,
  startQuiz,
} from '@certpace/study';

type Clock = () => Date;

function learnerFor(db: Database, clock: Clock, user: SimUser): Promise<LearnerView> {
  return ensureLearner({ db, clock }, { discordUserId: user.id, displayName: user.username });
}

/** The key of the open question, from the shipped bank. */
function keyOf(quiz: QuizView): string[] {
  const question = loadQuestionBank(quiz.examRef).questions.find((q) => q.id === quiz.question?.id);
  if (!question) throw new Error(`question ${quiz.question?.id} is not in the bank`);
  return [...question.answer];
}

function wrongOf(quiz: QuizView): string[] {
  const key = keyOf(quiz);
  const wrong = quiz.question?.choices.find((c) => !key.includes(c.id));
  return wrong ? [wrong.id] : [];
}

/** A one-question group quiz in a channel: who answers right and who wrong, then it ends. */
export async function playGroupQuiz(
  db: Database,
  clock: Clock,
  where: { guildId: string; channelId: string },
  players: readonly { user: SimUser; correct: boolean }[],
): Promise<void> {
  const deps = { db, clock };
  const host = await learnerFor(db, clock, players[0]!.user);
  const { quiz } = await startQuiz(deps, host, {
    mode: 'group',
    ...where,
    count: 1,
    exam: 'AI-103',
  });
  for (const player of players) {
    const learner = await learnerFor(db, clock, player.user);
    await answerQuestion(deps, learner, {
      quizId: quiz.quizId,
      choices: player.correct ? keyOf(quiz) : wrongOf(quiz),
    });
  }
  await finishQuiz(deps, null, { quizId: quiz.quizId });
}

/** A practice quiz of `count` questions, each answered right, to its end. */
export async function playPractice(
  db: Database,
  clock: Clock,
  user: SimUser,
  count: number,
): Promise<void> {
  const deps = { db, clock };
  const learner = await learnerFor(db, clock, user);
  let { quiz } = await startQuiz(deps, learner, { mode: 'practice', count, exam: 'AI-103' });
  while (quiz.question) {
    await answerQuestion(deps, learner, { quizId: quiz.quizId, choices: keyOf(quiz) });
    const moved = await advanceQuiz(deps, learner, { quizId: quiz.quizId });
    if (moved.advanced && moved.finished) return;
    quiz = moved.quiz;
  }
  await finishQuiz(deps, learner, { quizId: quiz.quizId });
}
