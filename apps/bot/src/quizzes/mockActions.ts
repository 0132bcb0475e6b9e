import {
  type AnswerOutcome,
  answerQuestion,
  type FinishResult,
  finishQuiz,
  flagQuestion,
  getQuiz,
  getQuizResults,
  goToQuestion,
  isStudyError,
  type LearnerView,
  type MockDestination,
  type MockOutcome,
  type QuizView,
} from '@certpace/study';
import { learnerOf, studyDeps } from '../commands/learnerContext.js';
import type { ComponentContext, ComponentRoute } from '../framework/types.js';
import { UserError } from '../framework/UserError.js';
import { mockMissedView } from '../views/quizMockResultsViews.js';
import {
  mockClosedView,
  mockConfirmView,
  mockQuestionView,
  mockReviewView,
} from '../views/quizMockViews.js';
import { refusalText } from './answerReplies.js';
import { announceMockResults, SUBMITTED, TIME_UP } from './mockResults.js';
import { quizArgs, requiredArg } from './quizArgs.js';
import { quizRuntimeOf } from './runtime/registry.js';

const ENDED = 'This mock exam has ended: its results are in this conversation.';
const DESTINATIONS = new Set(['previous', 'next', 'next-unanswered', 'next-flagged']);

interface MockAction {
  readonly ctx: ComponentContext;
  readonly quizId: string;
  readonly rest: readonly string[];
  readonly learner: LearnerView;
}

/** Every mock control: the quiz, the learner; a mock that ended meanwhile closes its message. */
function action(work: (a: MockAction) => Promise<void>): ComponentRoute {
  return {
    ephemeral: true,
    async run(ctx) {
      const { quizId, rest } = quizArgs(ctx.id);
      const learner = await learnerOf(ctx.deps, ctx.user);
      try {
        await work({ ctx, quizId, rest, learner });
      } catch (error) {
        if (!isStudyError(error, 'quiz-finished')) throw error;
        await ctx.respond.update(mockClosedView(ENDED));
      }
    },
  };
}

/** The exam message the learner clicked on is where the runtime closes it at time-up. */
function noteExamMessage(a: MockAction): void {
  quizRuntimeOf(a.ctx.interaction.client).mocks.note(a.quizId, {
    userId: a.ctx.user.id,
    channelId: a.ctx.interaction.channelId,
    messageId: a.ctx.interaction.message.id,
  });
}

/** The mock as it stands; study refuses anyone but its owner, and finds no other kind of quiz. */
function ownMock(a: MockAction): Promise<QuizView> {
  return getQuiz(studyDeps(a.ctx.deps), { quizId: a.quizId, viewer: a.learner, mode: 'mock' });
}

/** Ends the exam message and posts the results, once (a second caller finds it settled). */
async function finishUp(a: MockAction, result: FinishResult): Promise<void> {
  quizRuntimeOf(a.ctx.interaction.client).mocks.release(a.quizId);
  if (result.alreadyFinished) {
    await a.ctx.respond.update(mockClosedView(ENDED));
    return;
  }
  const headline = result.finishReason === 'time-up' ? TIME_UP : SUBMITTED;
  a.ctx.log.info({ quizId: a.quizId, reason: result.finishReason }, 'mock exam finished');
  // The results first: a reply that fails (the click expired) must not lose them.
  const channel = await a.ctx.user.createDM();
  await announceMockResults(channel, result, a.ctx.user.id, headline);
  await a.ctx.respond.update(mockClosedView(`${headline} Your results are below.`));
}

/** After an answer, a flag or a move: the question on screen, or the end when time ran out. */
async function show(a: MockAction, outcome: MockOutcome | AnswerOutcome): Promise<void> {
  const ok = 'ok' in outcome ? outcome.ok : outcome.accepted;
  if (ok) {
    noteExamMessage(a);
    await a.ctx.respond.update(mockQuestionView(outcome.quiz, a.ctx.user.id));
    return;
  }
  if ('reason' in outcome && outcome.finished) {
    await finishUp(a, outcome.finished);
    return;
  }
  if ('reason' in outcome) {
    await a.ctx.respond.reply({
      content: refusalText(outcome.reason, outcome.message),
      ephemeral: true,
    });
  }
}

async function answerMock(a: MockAction, choices: readonly string[]): Promise<void> {
  const questionId = requiredArg(a.rest, 0);
  const outcome = await answerQuestion(studyDeps(a.ctx.deps), a.learner, {
    quizId: a.quizId,
    questionId,
    choices,
  });
  await show(a, outcome);
}

async function go(a: MockAction, to: MockDestination): Promise<void> {
  await show(a, await goToQuestion(studyDeps(a.ctx.deps), a.learner, { quizId: a.quizId, to }));
}

async function submit(a: MockAction): Promise<void> {
  const result = await finishQuiz(studyDeps(a.ctx.deps), a.learner, { quizId: a.quizId });
  await finishUp(a, result);
}

/** The buttons and menus of a mock exam message and of its results. */
export const mockComponents: Readonly<Record<string, ComponentRoute>> = {
  answer: action((a) => answerMock(a, [requiredArg(a.rest, 1)])),
  pick: action((a) =>
    answerMock(a, a.ctx.interaction.isStringSelectMenu() ? a.ctx.interaction.values : []),
  ),
  flag: action(async (a) => {
    const outcome = await flagQuestion(studyDeps(a.ctx.deps), a.learner, {
      quizId: a.quizId,
      questionId: requiredArg(a.rest, 0),
      flagged: requiredArg(a.rest, 1) === '1',
    });
    await show(a, outcome);
  }),
  go: action(async (a) => {
    const to = requiredArg(a.rest, 0);
    if (!DESTINATIONS.has(to))
      throw new UserError('STALE_COMPONENT', 'That button no longer works.');
    await go(a, to as MockDestination);
  }),
  goto: action(async (a) => {
    const value = a.ctx.interaction.isStringSelectMenu() ? a.ctx.interaction.values[0] : undefined;
    await go(a, Number(value ?? Number.NaN));
  }),
  review: action(async (a) => {
    const quiz = await ownMock(a);
    if (quiz.status !== 'running') return a.ctx.respond.update(mockClosedView(ENDED));
    noteExamMessage(a);
    await a.ctx.respond.update(mockReviewView(quiz, a.ctx.user.id));
  }),
  back: action(async (a) => {
    const quiz = await ownMock(a);
    if (quiz.status !== 'running') return a.ctx.respond.update(mockClosedView(ENDED));
    noteExamMessage(a);
    await a.ctx.respond.update(mockQuestionView(quiz, a.ctx.user.id));
  }),
  submit: action(async (a) => {
    const quiz = await ownMock(a);
    if (quiz.status === 'running' && quiz.answered < quiz.total) {
      noteExamMessage(a);
      await a.ctx.respond.update(mockConfirmView(quiz, a.ctx.user.id));
      return;
    }
    await submit(a);
  }),
  confirm: action(submit),
  missed: {
    ephemeral: true,
    async run(ctx) {
      const { quizId, rest } = quizArgs(ctx.id);
      const learner = await learnerOf(ctx.deps, ctx.user);
      const result = await getQuizResults(studyDeps(ctx.deps), {
        quizId,
        viewer: learner,
        mode: 'mock',
      });
      // Null while the exam runs: these pages belong to results, never to a running exam.
      if (!result) throw new UserError('STALE_COMPONENT', 'That button no longer works.');
      await ctx.respond.update(mockMissedView(result, Number(requiredArg(rest, 0)), ctx.user.id));
    },
  },
};
