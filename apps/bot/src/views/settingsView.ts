import { DEFAULT_SECONDS_PER_QUESTION } from '@certpace/core';
import type { GuildSettingsView } from '@certpace/study';
import type { APIEmbed } from 'discord.js';
import { fitEmbed } from '../messages/embeds.js';
import { COLORS } from './format.js';

/** A server's certpace settings, what is unset shown with its default. */
export function settingsEmbed(settings: GuildSettingsView, changed: boolean): APIEmbed {
  return fitEmbed({
    title: changed ? 'Server settings saved' : 'Server settings',
    color: changed ? COLORS.good : COLORS.plan,
    fields: [
      {
        name: 'Quiz channel',
        value: settings.quizChannelId ? `<#${settings.quizChannelId}>` : 'Any channel (not set)',
        inline: true,
      },
      { name: 'Timezone', value: settings.timezone ?? 'UTC (not set)', inline: true },
      {
        name: 'Default exam',
        value: settings.defaultExamRef ?? 'The newest exam not retired (not set)',
        inline: true,
      },
      {
        name: 'Seconds per question',
        value: settings.secondsPerQuestion
          ? String(settings.secondsPerQuestion)
          : `${DEFAULT_SECONDS_PER_QUESTION} (not set)`,
        inline: true,
      },
    ],
    footer:
      'The timezone sets when leaderboard weeks and months start, and is the default for members who have none.',
  });
}
