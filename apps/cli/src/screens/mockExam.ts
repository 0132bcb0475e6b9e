import { type FinishResult, finishQuiz, type QuizView } from '@certpace/study';
import type { CliContext, Session } from '../runtime/context.js';
import type { KeySelection } from './keyCommands.js';
import { applyMockCommand } from './mockActions.js';
import { mockClock } from './mockClock.js';
import { interrupted, recorded, statusLine } from './mockSession.js';
import { renderQuestion } from './questionView.js';
import { readCommand } from './readCommand.js';
import { drawScreen, redrawTopLine } from './screen.js';

export { MOCK_HELP } from './mockActions.js';

/**
 * A timed mock exam in the terminal: the clock and pace on top (refreshed
 * every second in a terminal), answers changeable, questions flaggable, a
 * review screen, submit or time-up. Every action is saved as it happens.
 */
export async function runMockExam(
  ctx: CliContext,
  session: Session,
  started: QuizView,
): Promise<FinishResult | null> {
  let quiz = started;
  let note: string | undefined;
  let shown: number | undefined;
  const width = Math.min(ctx.terminal.columns, 100);
  const finish = () => finishQuiz(session.deps, session.learner, { quizId: quiz.quizId });
  for (;;) {
    if (quiz.status !== 'running' || !quiz.question) return finish();
    const question = quiz.question;
    const selection: { current: KeySelection } = {
      current: { selected: recorded(quiz), cursor: 0 },
    };
    const flagged = quiz.flagged.includes(question.id);
    const draw = () =>
      drawScreen(ctx, [
        statusLine(ctx, quiz),
        '',
        ...renderQuestion(question, {
          width,
          style: ctx.style,
          selected: selection.current.selected,
          flagged,
          ...(ctx.terminal.interactive ? { cursor: selection.current.cursor } : {}),
        }),
        '',
        ...(note ? [ctx.style.yellow(note)] : []),
        ctx.style.dim(
          `f flag · n next · p previous · g <n> go to · v review · s submit · ? help${question.choices.length === 6 ? ' · 6 chooses F' : ''}`,
        ),
      ]);
    // A pipe gets the whole question only when it changes; a flag or a refusal adds a line.
    if (ctx.terminal.interactive || shown !== question.index) draw();
    else ctx.print(statusLine(ctx, quiz), ...(note ? [ctx.style.yellow(note)] : []));
    shown = question.index;
    note = undefined;
    let command: Awaited<ReturnType<typeof readCommand>>;
    for (;;) {
      const remaining = mockClock(quiz, ctx.clock()).remainingMs;
      command = await readCommand(ctx, {
        context: {
          mode: 'mock',
          choiceCount: question.choices.length,
          multiple: question.type === 'multiple',
        },
        prompt: '> ',
        selection,
        redraw: draw,
        // A terminal refreshes the clock every second; a pipe only wakes for the time-up.
        waitMs: ctx.terminal.interactive ? Math.min(1000, remaining) : remaining,
      });
      if (command?.kind !== 'timeout') break;
      if (mockClock(quiz, ctx.clock()).remainingMs <= 0) break;
      redrawTopLine(ctx, statusLine(ctx, quiz));
    }
    if (command?.kind === 'timeout') return finish();
    if (command === null) return interrupted(ctx, quiz);
    // The review screens replace the question: it is drawn again afterwards.
    if (command.kind === 'review' || command.kind === 'submit') shown = undefined;
    const outcome = await applyMockCommand(ctx, session, quiz, question, command);
    if (outcome === 'quit') return null;
    if (outcome === 'submit') return finish();
    if (outcome.finished) return outcome.finished;
    quiz = outcome.quiz;
    note = outcome.note;
  }
}
