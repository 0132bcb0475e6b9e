import { type PacingReport, pacingReport } from '@certpace/core';
import type { QuizView } from '@certpace/study';

/** The mock's clock at `now`: time left, and the pace recomputed from when each question was first answered. */
export function mockClock(
  quiz: QuizView,
  now: Date,
): { remainingMs: number; pacing: PacingReport | null } {
  const endsAt = quiz.endsAt?.getTime() ?? now.getTime();
  const remainingMs = Math.max(0, endsAt - now.getTime());
  if (!quiz.pacing) return { remainingMs, pacing: null };
  const pacing = pacingReport({
    startedAt: quiz.startedAt.getTime(),
    budgetMs: quiz.pacing.budgetMs,
    questionCount: quiz.pacing.questionCount,
    progress: quiz.pacing.steps.map((s) => s.at),
    now: Math.min(now.getTime(), endsAt),
  });
  return { remainingMs, pacing };
}
