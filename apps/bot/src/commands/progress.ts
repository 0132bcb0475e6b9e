import { getProgress, type LearnerRef } from '@certpace/study';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { examChoices, isoDay } from '../autocomplete/examChoices.js';
import { renderProgressChart } from '../charts/progressChart.js';
import { defineCommand } from '../framework/defineCommand.js';
import { UserError } from '../framework/UserError.js';
import { PROGRESS_CHART_FILE, progressChartData, progressEmbed } from '../views/progressViews.js';
import { displayNameOf, existingLearnerOf, learnerOf, studyDeps } from './learnerContext.js';

export const progressDefinition = {
  name: 'progress',
  description: 'Mastery per domain, readiness, streak and quiz history, with a chart',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: Option.User,
      name: 'user',
      description: 'Someone else’s progress (only if they allow it with /privacy visibility)',
    },
    {
      type: Option.String,
      name: 'exam',
      description: 'The exam (default: the one of the plan, else the newest)',
      autocomplete: true,
      max_length: 40,
    },
    {
      type: Option.Boolean,
      name: 'share',
      description: 'Post it for the channel to see (default: only you see it)',
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const progress = defineCommand({
  definition: progressDefinition,
  ephemeral: true,
  async run(ctx, options) {
    const deps = studyDeps(ctx.deps);
    const viewer = await learnerOf(ctx.deps, ctx.user);
    const target = options.user && options.user.id !== ctx.user.id ? options.user : undefined;
    let of: LearnerRef | undefined;
    if (target) {
      of = await existingLearnerOf(ctx.deps, target);
      // Someone who never used certpace is answered like someone who keeps it private.
      if (!of) {
        throw new UserError(
          'PROGRESS_PRIVATE',
          `${displayNameOf(target)} keeps their progress private.`,
        );
      }
    }
    const view = await getProgress(deps, viewer, {
      ...(options.exam === undefined ? {} : { exam: options.exam }),
      ...(of ? { of } : {}),
    });
    const chart = await renderProgressChart(progressChartData(view));
    await ctx.respond.reply({
      embeds: [progressEmbed(view, { chart: true })],
      files: [
        { name: PROGRESS_CHART_FILE, data: chart, description: 'Mastery per domain and readiness' },
      ],
      ephemeral: options.share !== true,
    });
  },
  autocomplete: {
    exam: (ctx, query) => examChoices(query, isoDay(ctx.deps.now())),
  },
});
