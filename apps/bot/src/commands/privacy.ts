import { gzipSync } from 'node:zlib';
import { deleteLearnerData, exportLearnerData, setPrivacy } from '@certpace/study';
import {
  ApplicationIntegrationType,
  ButtonStyle,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { encodeCustomId } from '../framework/customId.js';
import { defineCommand } from '../framework/defineCommand.js';
import { button, buttonRows } from '../messages/components.js';
import type { FilePayload } from '../messages/payload.js';
import { confirmDeleteEmbed, visibilityEmbed } from '../views/privacyViews.js';
import { existingLearnerOf, learnerOf, studyDeps } from './learnerContext.js';

export const privacyDefinition = {
  name: 'privacy',
  description: 'Your data in certpace: export it, delete it, choose who sees what',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: Option.Subcommand,
      name: 'export',
      description: 'A JSON file of everything certpace stores about you',
    },
    {
      type: Option.Subcommand,
      name: 'delete',
      description: 'Delete everything certpace stores about you (asks you to confirm)',
    },
    {
      type: Option.Subcommand,
      name: 'visibility',
      description: 'Whether you appear on leaderboards and others may see your /progress',
      options: [
        {
          type: Option.Boolean,
          name: 'leaderboard',
          description: 'Appear on /leaderboard in the servers you quiz in',
        },
        {
          type: Option.Boolean,
          name: 'progress',
          description: 'Let members see your progress with /progress user:',
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const NOTHING_STORED = 'Nothing is stored about you: there is nothing to export or delete.';

// Discord takes files up to 10 MiB; a larger export is sent compressed.
const PLAIN_EXPORT_MAX_BYTES = 8 * 1024 * 1024;

function exportFile(data: unknown, date: string): FilePayload {
  const json = Buffer.from(`${JSON.stringify(data, null, 2)}\n`);
  const name = `certpace-export-${date}.json`;
  return json.length <= PLAIN_EXPORT_MAX_BYTES
    ? { name, data: json, description: 'Everything certpace stores about you' }
    : {
        name: `${name}.gz`,
        data: gzipSync(json),
        description: 'Everything certpace stores about you (gzip)',
      };
}

export const privacy = defineCommand({
  definition: privacyDefinition,
  ephemeral: true,
  run: {
    async export(ctx) {
      const learner = await existingLearnerOf(ctx.deps, ctx.user);
      if (!learner) {
        await ctx.respond.reply(NOTHING_STORED);
        return;
      }
      const data = await exportLearnerData(studyDeps(ctx.deps), learner);
      await ctx.respond.reply({
        content: 'Everything certpace stores about you, as JSON. Only you can see this message.',
        files: [exportFile(data, data.exportedAt.slice(0, 10))],
      });
    },
    async delete(ctx) {
      const owner = ctx.user.id;
      await ctx.respond.reply({
        embeds: [confirmDeleteEmbed()],
        components: buttonRows([
          button({
            customId: encodeCustomId({ feature: 'privacy', action: 'erase', owner, args: [] }),
            label: 'Delete everything',
            style: ButtonStyle.Danger,
          }),
          button({
            customId: encodeCustomId({ feature: 'privacy', action: 'keep', owner, args: [] }),
            label: 'Cancel',
          }),
        ]),
      });
    },
    async visibility(ctx, options) {
      const learner = await learnerOf(ctx.deps, ctx.user);
      const changes = {
        ...(options.leaderboard === undefined ? {} : { showOnLeaderboard: options.leaderboard }),
        ...(options.progress === undefined ? {} : { shareProgress: options.progress }),
      };
      const changed = Object.keys(changes).length > 0;
      const choices = changed
        ? await setPrivacy(studyDeps(ctx.deps), learner, changes)
        : learner.privacy;
      await ctx.respond.reply({ embeds: [visibilityEmbed(choices, changed)] });
    },
  },
  components: {
    erase: {
      async run(ctx) {
        const learner = await existingLearnerOf(ctx.deps, ctx.user);
        const { deleted } = learner
          ? await deleteLearnerData(studyDeps(ctx.deps), learner)
          : { deleted: false };
        await ctx.respond.update({
          content: deleted
            ? 'Deleted: certpace keeps nothing about you any more. Using a command again starts afresh.'
            : NOTHING_STORED,
          embeds: [],
          components: [],
        });
      },
    },
    keep: {
      async run(ctx) {
        await ctx.respond.update({
          content: 'Kept your data: nothing was deleted.',
          embeds: [],
          components: [],
        });
      },
    },
  },
});
