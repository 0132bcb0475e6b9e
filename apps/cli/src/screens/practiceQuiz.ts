import {
  advanceQuiz,
  answerQuestion,
  type FinishResult,
  finishQuiz,
  type QuestionReview,
  type QuizView,
  reportQuestion,
} from '@certpace/study';
import { CliError, InterruptedError } from '../errors/CliError.js';
import type { Style } from '../render/style.js';
import { wrap } from '../render/wrap.js';
import type { CliContext, Session } from '../runtime/context.js';
import type { KeySelection } from './keyCommands.js';
import { renderQuestion } from './questionView.js';
import { readCommand } from './readCommand.js';
import { askReport } from './reportPrompt.js';
import { drawScreen } from './screen.js';

const HELP = [
  'Answer with a letter or its number (a or 1). Several answers: a c, or tick them and press Enter.',
  'r report the question (wrong answer, unclear, outdated, typo) · q stop (answers so far are kept) · ? this help',
];

function answerHint(quiz: QuizView, interactive: boolean): string {
  const question = quiz.question!;
  const last = String.fromCharCode(96 + question.choices.length);
  const how =
    question.type === 'multiple'
      ? interactive
        ? `tick with a–${last}, Enter to confirm`
        : `a–${last}, several like a c`
      : `a–${last}`;
  return `${how} · r report · q stop · ? help`;
}

function feedback(
  correct: boolean,
  chosen: readonly string[],
  review: QuestionReview | null,
  width: number,
  style: Style,
): string[] {
  const key = review ? review.answerLabels.join(', ') : '';
  const verdict = correct
    ? style.green('✓ Correct.')
    : `${style.red('✗ Not quite.')} The answer is ${style.bold(key)}; you chose ${chosen.map((c) => c.toUpperCase()).join(', ')}.`;
  if (!review) return ['', verdict];
  return ['', verdict, ...wrap(review.explanation, width), style.dim(`Docs: ${review.docs}`)];
}

async function report(
  ctx: CliContext,
  session: Session,
  quiz: QuizView,
  given: string | undefined,
): Promise<void> {
  const question = quiz.question;
  if (!question) return;
  const answer = await askReport(ctx, given);
  if (!answer) {
    ctx.print('Not reported.');
    return;
  }
  await reportQuestion(session.deps, session.learner, {
    questionId: question.id,
    reason: answer.reason,
    quizId: quiz.quizId,
    ...(answer.note ? { note: answer.note } : {}),
  });
  ctx.print(
    ctx.style.green(
      `Reported question ${question.index + 1} (${answer.reason}). Thank you: reports are kept for the bank’s maintainers.`,
    ),
  );
}

/** Ctrl-C or the end of input mid-quiz: the quiz is closed with every answer so far kept and counted. */
async function stopEarly(ctx: CliContext, session: Session, quiz: QuizView): Promise<never> {
  const result = await finishQuiz(session.deps, session.learner, { quizId: quiz.quizId });
  const kept = result.participants[0]?.attempted ?? 0;
  const what = `your ${kept} answer${kept === 1 ? ' is' : 's are'} kept and counted (certpace progress shows them).`;
  if (ctx.signal.aborted) throw new InterruptedError(`Quiz stopped by Ctrl-C: ${what}`);
  throw new CliError(`Input ended before the quiz did: it was stopped and ${what}`);
}

/** After feedback: Enter for the next question, r to report this one, q to stop. */
async function afterFeedback(
  ctx: CliContext,
  session: Session,
  quiz: QuizView,
): Promise<'next' | 'quit'> {
  const prompt = ctx.style.dim('Enter next · r report · q stop: ');
  for (;;) {
    if (ctx.terminal.interactive) {
      ctx.terminal.write(prompt);
      const key = await ctx.terminal.readKey();
      ctx.terminal.write('\n');
      if (key === null) return stopEarly(ctx, session, quiz);
      if (key.name === 'q') return 'quit';
      if (key.name === 'r') await report(ctx, session, quiz, undefined);
      else return 'next';
      continue;
    }
    const line = await ctx.terminal.readLine(prompt);
    if (line === null) return stopEarly(ctx, session, quiz);
    const text = line.trim();
    if (/^(q|quit)$/i.test(text)) return 'quit';
    if (/^(r|report)(\s|$)/i.test(text)) {
      await report(ctx, session, quiz, text.replace(/^\S+\s*/, '') || undefined);
      continue;
    }
    return 'next';
  }
}

type Answered =
  | { readonly kind: 'answered'; readonly quiz: QuizView }
  | { readonly kind: 'done'; readonly result: FinishResult };

/** Reads commands on the open question until it is answered (or the quiz ends); the screen is drawn once. */
async function askUntilAnswered(
  ctx: CliContext,
  session: Session,
  quiz: QuizView,
  selection: { current: KeySelection },
  draw: () => void,
): Promise<Answered> {
  const question = quiz.question!;
  const width = Math.min(ctx.terminal.columns, 100);
  for (;;) {
    const command = await readCommand(ctx, {
      context: {
        mode: 'practice',
        choiceCount: question.choices.length,
        multiple: question.type === 'multiple',
      },
      prompt: `Answer (${answerHint(quiz, false)}): `,
      selection,
      redraw: draw,
    });
    if (command === null) return stopEarly(ctx, session, quiz);
    switch (command.kind) {
      case 'help':
        ctx.print(...HELP);
        break;
      case 'invalid':
        ctx.print(ctx.style.yellow(command.message));
        break;
      case 'report':
        await report(ctx, session, quiz, command.reason);
        break;
      case 'quit':
        return {
          kind: 'done',
          result: await finishQuiz(session.deps, session.learner, { quizId: quiz.quizId }),
        };
      case 'answer': {
        const outcome = await answerQuestion(session.deps, session.learner, {
          quizId: quiz.quizId,
          questionId: question.id,
          choices: command.choices,
        });
        if (!outcome.accepted) {
          ctx.print(ctx.style.yellow(outcome.message));
          if (outcome.finished) return { kind: 'done', result: outcome.finished };
          if (outcome.quiz.status !== 'running' || outcome.quiz.currentAnswered)
            return { kind: 'answered', quiz: outcome.quiz };
          break;
        }
        if (outcome.mode === 'practice') {
          ctx.print(...feedback(outcome.correct, outcome.chosen, outcome.review, width, ctx.style));
        }
        return { kind: 'answered', quiz: outcome.quiz };
      }
      default:
        break;
    }
  }
}

/**
 * A practice quiz in the terminal: a question, an answer, the verdict with
 * the explanation and docs link, and on to the next. Every answer is stored
 * as it is given, so stopping at any point keeps them.
 */
export async function runPracticeQuiz(
  ctx: CliContext,
  session: Session,
  started: QuizView,
): Promise<FinishResult> {
  let quiz = started;
  const width = Math.min(ctx.terminal.columns, 100);
  while (quiz.status === 'running' && quiz.question) {
    const question = quiz.question;
    const selection: { current: KeySelection } = { current: { selected: [], cursor: 0 } };
    // A terminal has no typed prompt, so its keys are listed under the choices.
    const footer = ctx.terminal.interactive ? ['', ctx.style.dim(answerHint(quiz, true))] : [];
    const draw = () =>
      drawScreen(ctx, [
        ...renderQuestion(question, {
          width,
          style: ctx.style,
          selected: selection.current.selected,
          ...(ctx.terminal.interactive ? { cursor: selection.current.cursor } : {}),
        }),
        ...footer,
      ]);
    if (!quiz.currentAnswered) {
      draw();
      const answered = await askUntilAnswered(ctx, session, quiz, selection, draw);
      if (answered.kind === 'done') return answered.result;
      quiz = answered.quiz;
      if (quiz.status !== 'running')
        return finishQuiz(session.deps, session.learner, { quizId: quiz.quizId });
    }
    if ((await afterFeedback(ctx, session, quiz)) === 'quit') {
      return finishQuiz(session.deps, session.learner, { quizId: quiz.quizId });
    }
    const advanced = await advanceQuiz(session.deps, session.learner, {
      quizId: quiz.quizId,
      index: question.index,
    });
    if (advanced.advanced && advanced.finished) return advanced.finished;
    quiz = advanced.quiz;
  }
  return finishQuiz(session.deps, session.learner, { quizId: quiz.quizId });
}

export { HELP as PRACTICE_HELP };
