import {
  answerQuestion,
  flagQuestion,
  type QuestionView,
  type QuizView,
  reportQuestion,
} from '@certpace/study';
import type { CliContext, Session } from '../runtime/context.js';
import type { QuizCommand } from './lineCommands.js';
import { renderMockReview } from './mockReview.js';
import { reviewScreen, submitOrCarryOn } from './mockReviewPrompt.js';
import { interrupted, move, type Outcome, statusLine, stillRunning } from './mockSession.js';
import { askReport } from './reportPrompt.js';
import { drawScreen } from './screen.js';

export const MOCK_HELP = [
  'a–e or 1–6 answer (several: a c; in a terminal tick them and press Enter) · answers can be changed until you submit',
  'f flag/unflag · n next · p previous · g <n> go to question n · v review (unanswered, flagged) · s submit',
  'r report the question · q or Ctrl-C leave: the clock keeps running, resume with certpace mock',
];

/**
 * Carries out one command on the question on screen. Every change is saved
 * through @certpace/study as it happens; `'submit'` asks the caller to hand
 * the exam in, `'quit'` to leave it running.
 */
export async function applyMockCommand(
  ctx: CliContext,
  session: Session,
  quiz: QuizView,
  question: QuestionView,
  command: QuizCommand,
): Promise<Outcome | 'submit' | 'quit'> {
  const flagged = quiz.flagged.includes(question.id);
  let outcome: Outcome | 'submit';
  switch (command.kind) {
    case 'answer': {
      const answered = await answerQuestion(session.deps, session.learner, {
        quizId: quiz.quizId,
        questionId: question.id,
        choices: command.choices,
      });
      if (!answered.accepted) {
        outcome = { quiz: answered.quiz, finished: answered.finished, note: answered.message };
        break;
      }
      const changed =
        answered.mode === 'mock' && answered.changed
          ? `Changed your answer to question ${question.index + 1}.`
          : undefined;
      // After an answer the next question comes up; after the last, a line points to review and submit.
      if (question.index + 1 < question.total) {
        outcome = {
          ...(await move(session, answered.quiz, 'next')),
          ...(changed ? { note: changed } : {}),
        };
      } else {
        outcome = {
          quiz: answered.quiz,
          finished: null,
          note: changed ?? 'That was the last question: review and submit with s.',
        };
      }
      break;
    }
    case 'flag': {
      const result = await flagQuestion(session.deps, session.learner, {
        quizId: quiz.quizId,
        questionId: question.id,
        flagged: !flagged,
      });
      outcome = result.ok
        ? {
            quiz: result.quiz,
            finished: null,
            note: flagged ? 'Flag removed.' : `Question ${question.index + 1} flagged for review.`,
          }
        : { quiz: result.quiz, finished: result.finished, note: result.message };
      break;
    }
    case 'next':
      outcome =
        question.index + 1 < question.total
          ? await move(session, quiz, 'next')
          : {
              quiz,
              finished: null,
              note: 'This is the last question: v to review, s to submit.',
            };
      break;
    case 'previous':
      outcome =
        question.index > 0
          ? await move(session, quiz, 'previous')
          : { quiz, finished: null, note: 'This is the first question.' };
      break;
    case 'goto':
      outcome =
        command.number >= 1 && command.number <= question.total
          ? await move(session, quiz, command.number - 1)
          : { quiz, finished: null, note: `There are questions 1 to ${question.total}.` };
      break;
    case 'report': {
      const answer = await askReport(ctx, command.reason);
      if (answer) {
        await reportQuestion(session.deps, session.learner, {
          questionId: question.id,
          reason: answer.reason,
          quizId: quiz.quizId,
          ...(answer.note ? { note: answer.note } : {}),
        });
      }
      outcome = {
        quiz,
        finished: null,
        note: answer
          ? `Question ${question.index + 1} reported (${answer.reason}).`
          : 'Not reported.',
      };
      break;
    }
    case 'help':
      outcome = { quiz, finished: null, note: MOCK_HELP.join('\n') };
      break;
    case 'invalid':
      outcome = { quiz, finished: null, note: command.message };
      break;
    case 'quit':
      ctx.print('', stillRunning(ctx, quiz));
      return 'quit';
    case 'review': {
      const review = await reviewScreen(ctx, session, quiz);
      if (review === null) return interrupted(ctx, quiz);
      if (review === 'back') outcome = { quiz, finished: null };
      else if (review !== 'submit') outcome = review;
      else outcome = await submitOrCarryOn(ctx, quiz);
      break;
    }
    case 'submit':
      drawScreen(ctx, [
        statusLine(ctx, quiz),
        '',
        ...renderMockReview(quiz, ctx.style, ctx.terminal.columns),
      ]);
      outcome = await submitOrCarryOn(ctx, quiz);
      break;
  }
  return outcome;
}
