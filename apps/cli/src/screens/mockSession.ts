import {
  type FinishResult,
  goToQuestion,
  type MockDestination,
  type QuizView,
} from '@certpace/study';
import { CliError, InterruptedError } from '../errors/CliError.js';
import { formatClock } from '../render/format.js';
import type { CliContext, Session } from '../runtime/context.js';
import { mockClock } from './mockClock.js';
import { paceLine } from './paceLine.js';

/** What a step of the mock led to: the quiz as it now stands, its results if it ended, a line to show. */
export type Outcome = {
  readonly quiz: QuizView;
  readonly finished: FinishResult | null;
  readonly note?: string;
};

export function statusLine(ctx: CliContext, quiz: QuizView): string {
  const clock = mockClock(quiz, ctx.clock());
  if (!clock.pacing) return `⏱ ${formatClock(clock.remainingMs)} left`;
  return paceLine({
    remainingMs: clock.remainingMs,
    answered: quiz.answered,
    total: quiz.total,
    flagged: quiz.flagged.length,
    pacing: clock.pacing,
    style: ctx.style,
  });
}

export function recorded(quiz: QuizView): readonly string[] {
  const index = quiz.question?.index;
  return index === undefined ? [] : (quiz.sheet?.[index]?.chosen ?? []);
}

export async function move(
  session: Session,
  quiz: QuizView,
  to: MockDestination,
): Promise<Outcome> {
  const outcome = await goToQuestion(session.deps, session.learner, { quizId: quiz.quizId, to });
  if (outcome.ok) return { quiz: outcome.quiz, finished: null };
  return { quiz: outcome.quiz, finished: outcome.finished, note: outcome.message };
}

export function stillRunning(ctx: CliContext, quiz: QuizView): string {
  const left = formatClock(mockClock(quiz, ctx.clock()).remainingMs);
  return `Your mock exam is still running (${left} left, ${quiz.answered} of ${quiz.total} answered): run certpace mock to go on before the time runs out.`;
}

/** Ctrl-C or the end of input leaves a running mock running: its clock goes on, like the real exam's. */
export function interrupted(ctx: CliContext, quiz: QuizView): never {
  if (ctx.signal.aborted)
    throw new InterruptedError(`Left the mock exam with Ctrl-C. ${stillRunning(ctx, quiz)}`);
  throw new CliError(`Input ended before the mock exam did. ${stillRunning(ctx, quiz)}`);
}
