import { type QuizState, quizAnswers } from '@certpace/core';
import type { NewAnswer } from '@certpace/db';

/**
 * The answers of a quiz as quiz_answers rows: each group participant's first
 * answer with its points, each practice answer, a mock's final answers. The
 * engine's answer lists and `quizAnswers` share one order, so they are zipped.
 */
export function answerRows(quizId: string, state: QuizState): NewAnswer[] {
  const judged = quizAnswers(state);
  const rows: NewAnswer[] = [];
  state.answers.forEach((answer, i) => {
    const verdict = judged[i]!;
    rows.push({
      quizId,
      learnerId: verdict.participant,
      questionId: verdict.questionId,
      domainId: verdict.domain,
      chosen: answer.choices,
      correct: verdict.correct,
      answeredAt: new Date(verdict.at),
      latencyMs: verdict.responseMs === undefined ? null : Math.round(verdict.responseMs),
      points: 'points' in answer ? answer.points : 0,
    });
  });
  return rows;
}
