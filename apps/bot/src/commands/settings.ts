import { type GuildSettingsInput, getGuildSettings, setGuildSettings } from '@certpace/study';
import {
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { examChoices, isoDay } from '../autocomplete/examChoices.js';
import { timezoneChoices } from '../autocomplete/timezoneChoices.js';
import { defineCommand } from '../framework/defineCommand.js';
import { UserError } from '../framework/UserError.js';
import { settingsEmbed } from '../views/settingsView.js';
import { studyDeps } from './learnerContext.js';

export const settingsDefinition = {
  name: 'settings',
  description: 'certpace settings for this server (Manage Server only)',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  // Hidden from members without Manage Server; the handler checks again, since a
  // server's admins can override who sees a command.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  options: [
    {
      type: Option.Channel,
      name: 'quiz-channel',
      description: 'The channel for group quizzes',
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    },
    {
      type: Option.String,
      name: 'timezone',
      description:
        'The server’s timezone, e.g. Europe/Berlin: leaderboard weeks and members’ default',
      autocomplete: true,
      max_length: 64,
    },
    {
      type: Option.String,
      name: 'default-exam',
      description: 'The exam quizzes use by default',
      autocomplete: true,
      max_length: 40,
    },
    {
      type: Option.Integer,
      name: 'seconds-per-question',
      description: 'Seconds to answer a group-quiz question, 5 to 600',
      min_value: 5,
      max_value: 600,
    },
    {
      type: Option.String,
      name: 'clear',
      description: 'Set one setting back to its default',
      choices: [
        { name: 'Quiz channel', value: 'quiz-channel' },
        { name: 'Timezone', value: 'timezone' },
        { name: 'Default exam', value: 'default-exam' },
        { name: 'Seconds per question', value: 'seconds-per-question' },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const NOT_A_SERVER_MANAGER =
  'Only members who can manage this server (the Manage Server permission) can see or change certpace’s server settings.';

const CLEARS = {
  'quiz-channel': { quizChannelId: null },
  timezone: { timezone: null },
  'default-exam': { defaultExam: null },
  'seconds-per-question': { secondsPerQuestion: null },
} as const satisfies Record<string, GuildSettingsInput>;

export const settings = defineCommand({
  definition: settingsDefinition,
  ephemeral: true,
  async run(ctx, options) {
    if (!ctx.interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError('MISSING_PERMISSION', NOT_A_SERVER_MANAGER);
    }
    const guildId = ctx.interaction.guildId ?? '';
    const changes: GuildSettingsInput = {
      ...(options.clear === undefined ? {} : CLEARS[options.clear]),
      ...(options['quiz-channel'] === undefined
        ? {}
        : { quizChannelId: options['quiz-channel'].id }),
      ...(options.timezone === undefined ? {} : { timezone: options.timezone }),
      ...(options['default-exam'] === undefined ? {} : { defaultExam: options['default-exam'] }),
      ...(options['seconds-per-question'] === undefined
        ? {}
        : { secondsPerQuestion: options['seconds-per-question'] }),
    };
    const deps = studyDeps(ctx.deps);
    const changed = Object.keys(changes).length > 0;
    const view = changed
      ? await setGuildSettings(deps, { guildId, ...changes })
      : await getGuildSettings(deps, { guildId });
    await ctx.respond.reply({ embeds: [settingsEmbed(view, changed)] });
  },
  autocomplete: {
    timezone: (_ctx, query) => timezoneChoices(query),
    'default-exam': (ctx, query) => examChoices(query, isoDay(ctx.deps.now())),
  },
});
