import {
  type Blueprint,
  composeMock,
  type QuestionBank,
  type ReviewCard,
  type Selection,
  selectQuestions,
} from '@certpace/core';
import { answerHistory, type Executor, getReviewCards } from '@certpace/db';
import { currentMastery, plannerMastery } from '../mastery/currentMastery.js';

/** What selection knows about one learner: their review cards and the questions they have seen. */
async function history(executor: Executor, learnerId: string, bank: QuestionBank, examRef: string) {
  const cards = await getReviewCards(executor, {
    learnerId,
    questionIds: bank.questions.map((q) => q.id),
  });
  const seen = (await answerHistory(executor, { learnerId, examRef })).map((a) => a.questionId);
  return { reviewCards: cards.map((c) => c.card as unknown as ReviewCard), seen };
}

/**
 * The questions of a new quiz. Solo quizzes follow the learner: due reviews
 * first, weak domains weighted up, about a fifth unseen. A group quiz follows
 * the outline's weights alone (it serves everyone in the channel).
 */
export async function selectForQuiz(
  executor: Executor,
  input: {
    mode: 'group' | 'practice' | 'mock';
    learnerId: string;
    blueprint: Blueprint;
    examRef: string;
    bank: QuestionBank;
    count: number;
    domains?: readonly string[];
    seed: number;
    now: Date;
  },
): Promise<Selection> {
  const { blueprint, bank, seed } = input;
  const now = input.now.getTime();
  if (input.mode === 'group') {
    return selectQuestions(bank, {
      blueprint,
      count: input.count,
      seed,
      now,
      ...(input.domains ? { domains: input.domains } : {}),
    });
  }
  const known = await history(executor, input.learnerId, bank, input.examRef);
  if (input.mode === 'mock') {
    return composeMock(bank, { blueprint, seed, now, questionCount: input.count, ...known });
  }
  const estimate = await currentMastery(executor, input.learnerId, blueprint, input.now);
  return selectQuestions(bank, {
    blueprint,
    count: input.count,
    seed,
    now,
    mastery: plannerMastery(estimate),
    ...(input.domains ? { domains: input.domains } : {}),
    ...known,
  });
}
