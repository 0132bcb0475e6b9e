import {
  advanceQuiz,
  answerQuestion,
  finishQuiz,
  type StartedQuiz,
  startQuiz,
} from '@certpace/study';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { examChoices, isoDay } from '../autocomplete/examChoices.js';
import { defineCommand } from '../framework/defineCommand.js';
import type { ComponentContext } from '../framework/types.js';
import { refusalText } from '../quizzes/answerReplies.js';
import { domainChoices, suggestedExam } from '../quizzes/domainChoices.js';
import { quizArgs, requiredArg } from '../quizzes/quizArgs.js';
import {
  practiceFeedbackView,
  practiceQuestionView,
  practiceSummaryView,
} from '../views/quizPracticeViews.js';
import { learnerOf, studyDeps } from './learnerContext.js';

export const practiceDefinition = {
  name: 'practice',
  description: 'A private practice quiz: feedback and the explanation after every answer',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'questions',
      description: 'How many questions (default 10)',
      min_value: 1,
      max_value: 50,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'domain',
      description: 'Only questions of this domain',
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'exam',
      description: "Exam (default: your plan's exam, else the newest not retired)",
      autocomplete: true,
      max_length: 40,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Lines above the first question: what happened to an earlier quiz, a short bank. */
function startNotes(started: StartedQuiz): string[] {
  const notes: string[] = [];
  const previous = started.closedPrevious?.participants[0];
  if (started.closedPrevious) {
    notes.push(
      `Your previous practice quiz was closed with its ${previous?.attempted ?? 0} answer${previous?.attempted === 1 ? '' : 's'} kept.`,
    );
  }
  if (started.shortfall > 0) {
    notes.push(`The question bank had ${started.shortfall} fewer questions than you asked for.`);
  }
  return notes;
}

async function answer(ctx: ComponentContext, choices: readonly string[]): Promise<void> {
  const { quizId, rest } = quizArgs(ctx.id);
  const questionId = requiredArg(rest, 0);
  const learner = await learnerOf(ctx.deps, ctx.user);
  const outcome = await answerQuestion(studyDeps(ctx.deps), learner, {
    quizId,
    questionId,
    choices,
  });
  if (!outcome.accepted) {
    // A click racing the last Next may be what settles the quiz: then it shows the summary.
    if (outcome.finished && !outcome.finished.alreadyFinished) {
      await ctx.respond.update(practiceSummaryView(outcome.finished));
      return;
    }
    await ctx.respond.reply({
      content: refusalText(outcome.reason, outcome.message),
      ephemeral: true,
    });
    return;
  }
  if (outcome.mode !== 'practice' || !outcome.review) {
    // The bank lost the question meanwhile: nothing to explain, the quiz goes on with End.
    await ctx.respond.reply({
      content:
        'Recorded. This question is no longer in the question bank, so there is no explanation to show.',
      ephemeral: true,
    });
    return;
  }
  await ctx.respond.update(
    practiceFeedbackView({
      quizId,
      owner: ctx.user.id,
      review: outcome.review,
      chosen: outcome.chosen,
      correct: outcome.correct,
      last: outcome.last,
    }),
  );
}

export const practice = defineCommand({
  definition: practiceDefinition,
  ephemeral: true,
  async run(ctx, options) {
    const learner = await learnerOf(ctx.deps, ctx.user);
    const started = await startQuiz(studyDeps(ctx.deps), learner, {
      mode: 'practice',
      ...(options.questions === undefined ? {} : { count: options.questions }),
      ...(options.domain ? { domain: options.domain } : {}),
      ...(options.exam ? { exam: options.exam } : {}),
    });
    ctx.log.info({ quizId: started.quiz.quizId }, 'practice started');
    await ctx.respond.reply(practiceQuestionView(started.quiz, ctx.user.id, startNotes(started)));
  },
  autocomplete: {
    exam: (ctx, query) => examChoices(query, isoDay(ctx.deps.now())),
    domain: async (ctx, query) => domainChoices(await suggestedExam(ctx, 'solo'), query),
  },
  components: {
    answer: { ephemeral: true, run: (ctx) => answer(ctx, [requiredArg(ctx.id.args, 2)]) },
    pick: {
      ephemeral: true,
      run: (ctx) => answer(ctx, ctx.interaction.isStringSelectMenu() ? ctx.interaction.values : []),
    },
    next: {
      ephemeral: true,
      async run(ctx) {
        const { quizId, rest } = quizArgs(ctx.id);
        const deps = studyDeps(ctx.deps);
        const learner = await learnerOf(ctx.deps, ctx.user);
        const outcome = await advanceQuiz(deps, learner, {
          quizId,
          index: Number(requiredArg(rest, 0)),
        });
        if (outcome.advanced) {
          await ctx.respond.update(
            outcome.finished
              ? practiceSummaryView(outcome.finished)
              : practiceQuestionView(outcome.quiz, ctx.user.id),
          );
        } else if (outcome.quiz.status === 'running') {
          // A second click on Next: show the question that is open now.
          await ctx.respond.update(practiceQuestionView(outcome.quiz, ctx.user.id));
        } else {
          const result = await finishQuiz(deps, learner, { quizId });
          await ctx.respond.update(
            practiceSummaryView(result, ['This practice quiz had already ended.']),
          );
        }
      },
    },
    end: {
      ephemeral: true,
      async run(ctx) {
        const { quizId } = quizArgs(ctx.id);
        const learner = await learnerOf(ctx.deps, ctx.user);
        const result = await finishQuiz(studyDeps(ctx.deps), learner, { quizId });
        await ctx.respond.update(
          practiceSummaryView(result, [
            result.alreadyFinished
              ? 'This practice quiz had already ended.'
              : 'Practice ended early.',
          ]),
        );
      },
    },
  },
});
