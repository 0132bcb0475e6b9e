import type { MockQuizState } from './types.js';

export interface PacingInput {
  readonly startedAt: number;
  /** Time allowed per question, ms (durationMinutes / questionCount). */
  readonly budgetMs: number;
  readonly questionCount: number;
  /** When the 1st, 2nd, ... question got answered (epoch ms, any order). */
  readonly progress: readonly number[];
  /** The time to report at; default the last answer (or the start). */
  readonly now?: number;
}

/** Where the learner stood when they had answered `answered` questions. */
export interface PacingStep {
  readonly answered: number;
  readonly at: number;
  readonly elapsedMs: number;
  /** `answered × budget`: the time the budget allowed for them. */
  readonly allowedMs: number;
  /** allowed − elapsed: positive = ahead, negative = behind. */
  readonly aheadMs: number;
}

export type PaceStatus = 'ahead' | 'on-pace' | 'behind';

export interface PacingReport {
  readonly budgetMs: number;
  readonly questionCount: number;
  readonly steps: readonly PacingStep[];
  readonly answered: number;
  readonly elapsedMs: number;
  /** allowed − elapsed at `now`: positive = ahead, negative = behind. */
  readonly aheadMs: number;
  /** Within half a question's budget either way counts as on pace. */
  readonly status: PaceStatus;
  /** At the current pace (elapsed / answered), the time all questions would take; undefined before the first answer. */
  readonly projectedTotalMs?: number;
}

/**
 * Pacing against a budget per question: after each answered question, how
 * far ahead (+) or behind (−) the learner was, and where they stand at `now`.
 */
export function pacingReport(input: PacingInput): PacingReport {
  const { startedAt, budgetMs, questionCount } = input;
  const times = [...input.progress].sort((a, b) => a - b);
  const steps = times.map((at, i) => {
    const elapsedMs = at - startedAt;
    const allowedMs = (i + 1) * budgetMs;
    return { answered: i + 1, at, elapsedMs, allowedMs, aheadMs: allowedMs - elapsedMs };
  });
  const now = input.now ?? times.at(-1) ?? startedAt;
  const elapsedMs = Math.max(0, now - startedAt);
  const aheadMs = times.length * budgetMs - elapsedMs;
  const tolerance = budgetMs / 2;
  const status: PaceStatus =
    aheadMs > tolerance ? 'ahead' : aheadMs < -tolerance ? 'behind' : 'on-pace';
  return {
    budgetMs,
    questionCount,
    steps,
    answered: times.length,
    elapsedMs,
    aheadMs,
    status,
    ...(times.length > 0 ? { projectedTotalMs: (elapsedMs / times.length) * questionCount } : {}),
  };
}

/**
 * A mock's pacing: its budget is its time over its questions; progress is
 * when each question was first answered. At the end, reported at the finish.
 */
export function mockPacing(state: MockQuizState, now: number): PacingReport {
  const end = state.status === 'finished' ? (state.finishedAt ?? now) : Math.min(now, state.endsAt);
  return pacingReport({
    startedAt: state.startedAt,
    budgetMs: (state.endsAt - state.startedAt) / state.questions.length,
    questionCount: state.questions.length,
    progress: state.answers.map((a) => a.firstAt),
    now: end,
  });
}
