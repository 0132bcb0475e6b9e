import { clearReminder, setReminder } from '@certpace/study';
import {
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { timezoneChoices } from '../autocomplete/timezoneChoices.js';
import { defineCommand } from '../framework/defineCommand.js';
import { UserError } from '../framework/UserError.js';
import { reminderSetText } from '../views/reminderViews.js';
import { guildTimezone, learnerOf, studyDeps } from './learnerContext.js';

export const remindDefinition = {
  name: 'remind',
  description: 'A daily reminder with today’s tasks, at your local time',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: Option.Subcommand,
      name: 'set',
      description: 'Get a DM with today’s tasks every day at a time of your choosing',
      options: [
        {
          type: Option.String,
          name: 'time',
          description: 'Local time, 24-hour HH:MM, e.g. 07:30',
          required: true,
          max_length: 10,
        },
        {
          type: Option.String,
          name: 'timezone',
          description: 'Your timezone, e.g. Europe/Berlin (default: yours, else the server’s)',
          autocomplete: true,
          max_length: 64,
        },
        {
          type: Option.Channel,
          name: 'channel',
          description: 'Where to post it when your DMs are closed (default: nowhere)',
          channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
        },
      ],
    },
    {
      type: Option.Subcommand,
      name: 'off',
      description: 'Stop the daily reminder',
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const TIMEZONE_FOR_REMINDER =
  'Which timezone is that time in? Run /remind set again with the timezone option (start typing your city, e.g. Berlin).';

export const remind = defineCommand({
  definition: remindDefinition,
  ephemeral: true,
  run: {
    async set(ctx, options) {
      const learner = await learnerOf(ctx.deps, ctx.user);
      const timezone =
        options.timezone ??
        learner.timezone ??
        (await guildTimezone(ctx.deps, ctx.interaction.guildId));
      if (timezone === undefined) throw new UserError('TIMEZONE_NEEDED', TIMEZONE_FOR_REMINDER);
      const channel = options.channel;
      const view = await setReminder(studyDeps(ctx.deps), learner, {
        time: options.time,
        timezone,
        // A new /remind set without a channel clears the old fallback: the reply says where it goes.
        channelId: channel?.id ?? null,
        guildId: channel ? ctx.interaction.guildId : null,
      });
      await ctx.respond.reply(reminderSetText(view));
    },
    async off(ctx) {
      const learner = await learnerOf(ctx.deps, ctx.user);
      await clearReminder(studyDeps(ctx.deps), learner);
      await ctx.respond.reply('Daily reminders are off. Turn them on again with /remind set.');
    },
  },
  autocomplete: {
    timezone: (_ctx, query) => timezoneChoices(query),
  },
});
