import type { QuizView } from '@certpace/study';
import type { CliContext, Session } from '../runtime/context.js';
import { renderMockReview } from './mockReview.js';
import { interrupted, move, type Outcome, statusLine } from './mockSession.js';
import { drawScreen } from './screen.js';

/** The review screen: every question's state; go to one, submit, or go back. */
export async function reviewScreen(
  ctx: CliContext,
  session: Session,
  quiz: QuizView,
): Promise<Outcome | 'submit' | 'back' | null> {
  drawScreen(ctx, [
    statusLine(ctx, quiz),
    '',
    ...renderMockReview(quiz, ctx.style, ctx.terminal.columns),
  ]);
  const prompt = 'g <n> go to a question · s submit · Enter back: ';
  if (ctx.terminal.interactive) {
    ctx.terminal.write(prompt);
    const key = await ctx.terminal.readKey();
    if (key === null) return null;
    if (key.name === 's') return 'submit';
    if (key.name !== 'g') return 'back';
    const line = await ctx.terminal.readLine('\nGo to question number: ');
    if (line === null) return null;
    const n = Number(line.trim());
    return Number.isInteger(n) && n >= 1 && n <= quiz.total ? move(session, quiz, n - 1) : 'back';
  }
  const line = await ctx.terminal.readLine(prompt);
  if (line === null) return null;
  const text = line.trim().toLowerCase();
  if (text === 's' || text === 'submit') return 'submit';
  const goto = /^g\s*(\d+)$/.exec(text);
  if (goto) {
    const n = Number(goto[1]);
    if (n >= 1 && n <= quiz.total) return move(session, quiz, n - 1);
    ctx.print(ctx.style.yellow(`There are questions 1 to ${quiz.total}.`));
  }
  return 'back';
}

export async function submitOrCarryOn(
  ctx: CliContext,
  quiz: QuizView,
): Promise<Outcome | 'submit'> {
  const sure = await confirmSubmit(ctx, quiz);
  if (sure === null) return interrupted(ctx, quiz);
  return sure ? 'submit' : { quiz, finished: null, note: 'Not submitted: carry on.' };
}

async function confirmSubmit(ctx: CliContext, quiz: QuizView): Promise<boolean | null> {
  const unanswered = quiz.total - quiz.answered;
  const flagged = quiz.flagged.length;
  const warn = [unanswered ? `${unanswered} unanswered` : '', flagged ? `${flagged} flagged` : '']
    .filter(Boolean)
    .join(', ');
  const question = `Submit the exam${warn ? ` with ${warn}` : ''}? Answers cannot be changed after. [y/N] `;
  const line = await ctx.terminal.readLine(question);
  if (line === null) return null;
  return /^(y|yes)$/i.test(line.trim());
}
