import type { ClosedQuestion } from '@certpace/core';
import { type Executor, getLearner } from '@certpace/db';
import { type LoadedQuiz, reviewAt } from './loadQuiz.js';
import type { QuestionReview } from './questionViews.js';

/** A question that just closed: the key, how many chose what, who got it right. */
export interface RevealView {
  readonly index: number;
  readonly questionId: string;
  /** Key, explanation and docs; null if the bank lost the question. */
  readonly question: QuestionReview | null;
  /** How many chose each choice id (every choice present, 0 included). */
  readonly tally: Readonly<Record<string, number>>;
  readonly answered: number;
  readonly correct: number;
  readonly answers: readonly {
    readonly learnerId: string;
    readonly displayName: string;
    readonly discordUserId: string | null;
    readonly choices: readonly string[];
    readonly correct: boolean;
    readonly points: number;
  }[];
}

export async function revealView(
  executor: Executor,
  loaded: LoadedQuiz,
  closed: ClosedQuestion,
): Promise<RevealView> {
  const item = loaded.state.questions[closed.index]!;
  const tally: Record<string, number> = {};
  for (const id of 'abcdef'.slice(0, item.choices)) tally[id] = 0;
  const answers = [];
  for (const a of closed.answers) {
    for (const c of a.choices) tally[c] = (tally[c] ?? 0) + 1;
    const learner = await getLearner(executor, a.participant);
    answers.push({
      learnerId: a.participant,
      displayName: learner?.displayName ?? 'Someone',
      discordUserId: learner?.discordUserId ?? null,
      choices: a.choices,
      correct: a.correct,
      points: a.points,
    });
  }
  return {
    index: closed.index,
    questionId: closed.questionId,
    question: reviewAt(loaded, closed.index),
    tally,
    answered: answers.length,
    correct: answers.filter((a) => a.correct).length,
    answers,
  };
}
