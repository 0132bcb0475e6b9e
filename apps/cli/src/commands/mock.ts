import { getRunningQuiz, type QuizView, resumeQuiz, startQuiz } from '@certpace/study';
import { formatClock, formatMinutes, plural } from '../render/format.js';
import type { CliContext, Session } from '../runtime/context.js';
import { mockClock } from '../screens/mockClock.js';
import { MOCK_HELP, runMockExam } from '../screens/mockExam.js';
import { renderMockResults } from '../views/mockResults.js';
import { defineCommand } from './types.js';

/** A mock left running (Ctrl-C, q, a closed terminal) is picked up again while its time lasts. */
async function resumable(ctx: CliContext, session: Session): Promise<QuizView | 'ended' | null> {
  const running = await getRunningQuiz(session.deps, session.learner, { mode: 'mock' });
  if (!running) return null;
  const resumed = await resumeQuiz(session.deps, { quizId: running.quizId });
  if (resumed.resumed) return resumed.quiz;
  ctx.print(resumed.reason);
  if (resumed.finished) {
    ctx.print(
      '',
      ...renderMockResults(resumed.finished, ctx.style, Math.min(ctx.terminal.columns, 100)),
    );
  }
  return 'ended';
}

export const mockCommand = defineCommand({
  name: 'mock',
  summary:
    'A timed mock exam: clock and pace on screen, flag and revisit, results with an estimated score.',
  description:
    'Composed like the real exam (its question count and time, domains by their shares). Answers can be changed and ' +
    'questions flagged until you submit or the time runs out; explanations come at the end. Leaving (q or Ctrl-C) ' +
    'keeps the exam running with its clock: run certpace mock again to go on.',
  options: {
    exam: {
      type: 'string',
      value: '<code>',
      description: 'Exam (default: your plan’s, else the newest).',
    },
    count: {
      type: 'string',
      value: '<n>',
      description:
        'Fewer questions, with the time scaled to match: one timed part of a split mock.',
    },
  },
  examples: ['certpace mock', 'certpace mock --exam AI-102', 'certpace mock --count 25'],
  async run(ctx, { options }) {
    const session = await ctx.session();
    const { style } = ctx;
    const resumedQuiz = await resumable(ctx, session);
    if (resumedQuiz === 'ended') return 0;
    let quiz: QuizView;
    if (resumedQuiz) {
      quiz = resumedQuiz;
      const left = formatClock(mockClock(quiz, ctx.clock()).remainingMs);
      ctx.print(
        style.bold(
          `Resuming your ${quiz.examRef} mock exam: ${left} left, ${quiz.answered} of ${quiz.total} answered.`,
        ),
      );
    } else {
      const started = await startQuiz(session.deps, session.learner, {
        mode: 'mock',
        ...(options.exam === undefined ? {} : { exam: options.exam }),
        ...(options.count === undefined ? {} : { count: options.count }),
      });
      quiz = started.quiz;
      const minutes = Math.round(
        ((quiz.endsAt?.getTime() ?? 0) - quiz.startedAt.getTime()) / 60_000,
      );
      ctx.print(
        style.bold(
          `Mock exam: ${plural(quiz.total, 'question')} on ${quiz.examRef} in ${formatMinutes(minutes)}. The clock is running.`,
        ),
        ...(started.shortfall > 0
          ? [style.yellow(`The bank had ${started.shortfall} fewer questions than the exam has.`)]
          : []),
        ...MOCK_HELP.map((line) => style.dim(line)),
      );
    }
    const result = await runMockExam(ctx, session, quiz);
    if (result)
      ctx.print('', ...renderMockResults(result, style, Math.min(ctx.terminal.columns, 100)));
    return 0;
  },
});
