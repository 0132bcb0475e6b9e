import { ApplicationCommandOptionType, type CommandInteractionOption } from 'discord.js';

/** Which subcommand was used (`'info'`, `'group sub'`, or none) and its options as `{ name: value }`. */
export interface Invocation {
  readonly path: string | undefined;
  readonly options: Record<string, unknown>;
}

function leafValue(option: CommandInteractionOption): unknown {
  switch (option.type) {
    case ApplicationCommandOptionType.User:
      return option.user;
    case ApplicationCommandOptionType.Channel:
      return option.channel;
    case ApplicationCommandOptionType.Role:
      return option.role;
    case ApplicationCommandOptionType.Mentionable:
      return option.user ?? option.role;
    case ApplicationCommandOptionType.Attachment:
      return option.attachment;
    default:
      return option.value;
  }
}

function leaves(options: readonly CommandInteractionOption[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const option of options) {
    const value = leafValue(option);
    if (value !== undefined && value !== null) values[option.name] = value;
  }
  return values;
}

/** Reads the options Discord sent (`interaction.options.data`) into an `Invocation`. */
export function readInvocation(data: readonly CommandInteractionOption[]): Invocation {
  const first = data[0];
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) {
    const sub = first.options?.[0];
    return {
      path: `${first.name} ${sub?.name ?? ''}`.trim(),
      options: leaves(sub?.options ?? []),
    };
  }
  if (first?.type === ApplicationCommandOptionType.Subcommand) {
    return { path: first.name, options: leaves(first.options ?? []) };
  }
  return { path: undefined, options: leaves(data) };
}
