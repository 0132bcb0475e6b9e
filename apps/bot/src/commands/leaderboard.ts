import { getLeaderboard } from '@certpace/study';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand } from '../framework/defineCommand.js';
import { leaderboardEmbeds } from '../views/leaderboardView.js';
import { studyDeps } from './learnerContext.js';

export const leaderboardDefinition = {
  name: 'leaderboard',
  description: 'Group-quiz points in this server: this week, this month or all time',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: Option.String,
      name: 'period',
      description: 'Which period (default: this week), in the server’s timezone',
      choices: [
        { name: 'This week', value: 'week' },
        { name: 'This month', value: 'month' },
        { name: 'All time', value: 'all' },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const leaderboard = defineCommand({
  definition: leaderboardDefinition,
  async run(ctx, options) {
    // The dispatcher runs guild-only commands in a guild, so the id is there.
    const guildId = ctx.interaction.guildId ?? '';
    const view = await getLeaderboard(studyDeps(ctx.deps), {
      guildId,
      period: options.period ?? 'week',
    });
    await ctx.respond.reply({ embeds: leaderboardEmbeds(view) });
  },
});
