import {
  type AnswerOutcome,
  answerQuestion,
  finishQuiz,
  getChannelQuiz,
  isStudyError,
  startQuiz,
} from '@certpace/study';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { examChoices, isoDay } from '../autocomplete/examChoices.js';
import { defineCommand } from '../framework/defineCommand.js';
import type { ComponentContext } from '../framework/types.js';
import { UserError } from '../framework/UserError.js';
import { recordedText, refusalText } from '../quizzes/answerReplies.js';
import { domainChoices, suggestedExam } from '../quizzes/domainChoices.js';
import { quizArgs, requiredArg } from '../quizzes/quizArgs.js';
import { openReport, submitReport } from '../quizzes/report.js';
import { quizRuntimeOf } from '../quizzes/runtime/registry.js';
import { groupIntroView, groupResultsView } from '../views/quizGroupViews.js';
import { learnerOf, studyDeps } from './learnerContext.js';

export const quizDefinition = {
  name: 'quiz',
  description: 'Group quizzes in this channel: one question at a time, answers by button',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'start',
      description: 'Start a quiz here: a leaderboard with points, accuracy and streaks at the end',
      options: [
        {
          type: ApplicationCommandOptionType.Integer,
          name: 'questions',
          description: 'How many questions (default 10)',
          min_value: 1,
          max_value: 50,
        },
        {
          type: ApplicationCommandOptionType.Integer,
          name: 'seconds',
          description: 'Seconds per question (default: the server setting, else 30)',
          min_value: 5,
          max_value: 600,
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
          description: 'Exam (default: the server default, else the newest not retired)',
          autocomplete: true,
          max_length: 40,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'stop',
      description: 'Stop the quiz running here (its starter, or members who can manage messages)',
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** A click on a group question's button or menu: recorded or refused, told privately. */
async function answerGroup(ctx: ComponentContext, choices: readonly string[]): Promise<void> {
  const { quizId, rest } = quizArgs(ctx.id);
  const questionId = requiredArg(rest, 0);
  const learner = await learnerOf(ctx.deps, ctx.user);
  const runtime = quizRuntimeOf(ctx.interaction.client);
  let outcome: AnswerOutcome;
  try {
    outcome = await answerQuestion(studyDeps(ctx.deps), learner, { quizId, questionId, choices });
  } catch (error) {
    // Ended elsewhere (stopped from another process): its deadline here has nothing left to do.
    if (isStudyError(error, 'quiz-finished')) runtime.groups.forget(quizId);
    throw error;
  }
  if (outcome.accepted) {
    ctx.log.info({ quizId, questionId }, 'answer recorded');
    await ctx.respond.reply({
      content: recordedText(choices, outcome.quiz.deadline),
      ephemeral: true,
    });
    return;
  }
  ctx.log.info({ quizId, questionId, reason: outcome.reason }, 'answer refused');
  // Whoever settles a quiz announces it; first, so a failed reply cannot lose the results.
  if (outcome.finished && !outcome.finished.alreadyFinished) {
    await runtime.groups.announce(ctx.interaction.channelId, outcome.finished);
  }
  await ctx.respond.reply({
    content: refusalText(outcome.reason, outcome.message),
    ephemeral: true,
  });
}

export const quiz = defineCommand({
  definition: quizDefinition,
  run: {
    async start(ctx, options) {
      const runtime = quizRuntimeOf(ctx.interaction.client);
      const guildId = ctx.interaction.guildId;
      const channelId = ctx.interaction.channelId;
      if (!guildId) throw new UserError('GUILD_ONLY', 'Group quizzes run in a server channel.');
      const deps = studyDeps(ctx.deps);
      const learner = await learnerOf(ctx.deps, ctx.user);
      const started = await startQuiz(deps, learner, {
        mode: 'group',
        guildId,
        channelId,
        ...(options.questions === undefined ? {} : { count: options.questions }),
        ...(options.seconds === undefined ? {} : { secondsPerQuestion: options.seconds }),
        ...(options.domain ? { domain: options.domain } : {}),
        ...(options.exam ? { exam: options.exam } : {}),
      });
      const quizId = started.quiz.quizId;
      ctx.log.info({ quizId, questions: started.quiz.total }, 'group quiz started');
      await ctx.respond.reply(groupIntroView(started, ctx.user.id));
      try {
        await runtime.groups.start(started.quiz);
      } catch (error) {
        // Nobody could answer a quiz whose questions cannot be posted: end it, free the channel.
        ctx.log.warn({ err: error, quizId }, 'could not post the first question');
        runtime.groups.forget(quizId);
        await finishQuiz(deps, learner, { quizId });
        throw new UserError(
          'QUIZ_CHANNEL_UNAVAILABLE',
          'I cannot post questions in this channel, so the quiz was called off: give me Send Messages and Embed Links here, or start it in another channel.',
        );
      }
    },
    async stop(ctx) {
      const runtime = quizRuntimeOf(ctx.interaction.client);
      const guildId = ctx.interaction.guildId ?? '';
      const channelId = ctx.interaction.channelId;
      // Study knows the quiz of the channel, whichever bot process runs it.
      const running = await getChannelQuiz(studyDeps(ctx.deps), { guildId, channelId });
      if (!running) {
        throw new UserError(
          'NO_QUIZ_HERE',
          'No quiz is running in this channel. Start one with /quiz start.',
        );
      }
      const { quizId } = running;
      const learner = await learnerOf(ctx.deps, ctx.user);
      const canManage =
        ctx.interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false;
      const result = await runtime.groups.stop(running, learner, canManage);
      if (result.alreadyFinished) {
        await ctx.respond.reply({ content: 'That quiz has just ended.', ephemeral: true });
        return;
      }
      ctx.log.info({ quizId }, 'group quiz stopped');
      await ctx.respond.reply(groupResultsView(result, { stoppedBy: ctx.user.id }));
    },
  },
  autocomplete: {
    exam: (ctx, query) => examChoices(query, isoDay(ctx.deps.now())),
    domain: async (ctx, query) => domainChoices(await suggestedExam(ctx, 'group'), query),
  },
  components: {
    answer: { run: (ctx) => answerGroup(ctx, [requiredArg(ctx.id.args, 2)]) },
    pick: {
      run: (ctx) =>
        answerGroup(ctx, ctx.interaction.isStringSelectMenu() ? ctx.interaction.values : []),
    },
    report: { opensModal: true, run: openReport },
  },
  modals: {
    report: { ephemeral: true, run: submitReport },
  },
});
