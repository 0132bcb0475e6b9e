import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../framework/defineCommand.js';
import { defineCommand } from '../framework/defineCommand.js';
import { embedsFromLines } from '../messages/embeds.js';

export const helpDefinition = {
  name: 'help',
  description: 'What each certpace command does',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

function usage(
  prefix: string,
  options: readonly APIApplicationCommandOption[] | undefined,
): string {
  const args = (options ?? []).map((o) =>
    'required' in o && o.required ? `<${o.name}>` : `[${o.name}]`,
  );
  return [prefix, ...args].join(' ');
}

const PLACE_NOTE = { guild: ' *(in a server)*', dm: ' *(in a DM with me)*', anywhere: '' } as const;

/** One line per command or subcommand, from the registered definitions, so help never drifts. */
export function helpLines(commands: readonly Command[]): string[] {
  const lines: string[] = [];
  for (const command of commands) {
    const note = PLACE_NOTE[command.place];
    const options = command.definition.options ?? [];
    const subs = options.filter(
      (o) =>
        o.type === ApplicationCommandOptionType.Subcommand ||
        o.type === ApplicationCommandOptionType.SubcommandGroup,
    );
    if (subs.length === 0) {
      lines.push(
        `\`${usage(`/${command.name}`, options)}\` ${command.definition.description}${note}`,
      );
      continue;
    }
    for (const sub of subs) {
      if (sub.type === ApplicationCommandOptionType.SubcommandGroup) {
        for (const leaf of sub.options ?? []) {
          lines.push(
            `\`${usage(`/${command.name} ${sub.name} ${leaf.name}`, leaf.options)}\` ${leaf.description}${note}`,
          );
        }
      } else if (sub.type === ApplicationCommandOptionType.Subcommand) {
        lines.push(
          `\`${usage(`/${command.name} ${sub.name}`, sub.options)}\` ${sub.description}${note}`,
        );
      }
    }
  }
  return lines;
}

export const help = defineCommand({
  definition: helpDefinition,
  ephemeral: true,
  async run(ctx) {
    await ctx.respond.reply({
      embeds: embedsFromLines({
        title: 'certpace commands',
        lines: helpLines(ctx.catalog.commands),
        color: 0x5865f2,
        footer:
          '<required> and [optional] options. Buttons act only for the person they were made for.',
      }),
    });
  },
});
