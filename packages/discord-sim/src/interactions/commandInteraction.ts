import {
  type APIApplicationCommandOption,
  ApplicationCommandType,
  InteractionType,
  ApplicationCommandOptionType as OptionType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { SimUsageError } from '../errors.js';
import { commandsIn } from '../state/commands.js';
import { channelPermissions, has } from '../state/permissions.js';
import type {
  ChannelRecord,
  CommandRecord,
  InteractionRecord,
  UserRecord,
} from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { buildOptionValues, type CommandOptionValue } from './commandOptions.js';
import { createInteraction, resolveLocation } from './createInteraction.js';

export interface RunCommandOptions {
  /** Subcommand name; a command name with spaces (`'plan create'`) works too. */
  subcommand?: string;
  group?: string;
  options?: Record<string, CommandOptionValue>;
  /** Where to run it; default the first channel of the user's first server. */
  channelId?: string;
  /** Run it in the user's DM with the bot. */
  dm?: boolean;
  /**
   * As if a server admin allowed this member the command in Server Settings →
   * Integrations, overriding its `default_member_permissions`: the bot must
   * then check permissions itself.
   */
  permissionsOverridden?: boolean;
}

/** The command a user would see in the picker here: guild commands first, then global ones allowed in this context. */
function findVisibleCommand(
  state: SimState,
  user: UserRecord,
  channel: ChannelRecord,
  name: string,
  overridden: boolean,
): CommandRecord {
  const guild = channel.guildId ? state.guilds.get(channel.guildId) : undefined;
  const candidates = [
    ...(guild ? commandsIn(state, guild.id) : []),
    ...commandsIn(state, null),
  ].filter((command) => command.type === ApplicationCommandType.ChatInput && command.name === name);
  const usable = candidates.filter((command) => {
    const contexts = command.contexts;
    if (!guild) return contexts ? contexts.includes(1) : command.dm_permission !== false;
    return contexts ? contexts.includes(0) : true;
  });
  const command = usable[0];
  if (!command) {
    const where = guild ? `in ${guild.name}` : 'in DMs';
    const reason = candidates.length > 0 ? 'is not available' : 'is not registered';
    throw new SimUsageError(`/${name} ${reason} ${where}`);
  }
  if (
    guild &&
    !overridden &&
    command.default_member_permissions !== null &&
    command.default_member_permissions !== undefined
  ) {
    const needed = BigInt(command.default_member_permissions);
    const held = channelPermissions(guild, channel, user.id);
    const admin = has(held, PermissionFlagsBits.Administrator);
    if (!admin && (needed === 0n || !has(held, needed))) {
      throw new SimUsageError(`${user.username} lacks the permissions /${name} requires`);
    }
  }
  return command;
}

interface Invocation {
  command: CommandRecord;
  path: string[];
  definitions: readonly APIApplicationCommandOption[];
}

function locateSubcommand(
  command: CommandRecord,
  group: string | undefined,
  sub: string | undefined,
): Invocation {
  const top = command.options ?? [];
  const hasSubs = top.some(
    (o) => o.type === OptionType.Subcommand || o.type === OptionType.SubcommandGroup,
  );
  if (!hasSubs) {
    if (sub || group) throw new SimUsageError(`/${command.name} has no subcommands`);
    return { command, path: [], definitions: top };
  }
  if (!sub) throw new SimUsageError(`/${command.name} needs a subcommand`);
  let level = top;
  const path: string[] = [];
  if (group) {
    const found = top.find((o) => o.type === OptionType.SubcommandGroup && o.name === group);
    if (!found || found.type !== OptionType.SubcommandGroup)
      throw new SimUsageError(`/${command.name} has no group "${group}"`);
    level = found.options ?? [];
    path.push(group);
  }
  const found = level.find((o) => o.type === OptionType.Subcommand && o.name === sub);
  if (!found || found.type !== OptionType.Subcommand) {
    throw new SimUsageError(`/${[command.name, ...path].join(' ')} has no subcommand "${sub}"`);
  }
  path.push(sub);
  return { command, path, definitions: found.options ?? [] };
}

function nest(path: string[], options: Record<string, unknown>[]): Record<string, unknown>[] {
  if (path.length === 0) return options;
  const [group, sub] = path.length === 2 ? path : [undefined, path[0]];
  const subOption = { name: sub, type: OptionType.Subcommand, options };
  return group
    ? [{ name: group, type: OptionType.SubcommandGroup, options: [subOption] }]
    : [subOption];
}

function parseName(
  name: string,
  options: RunCommandOptions,
): { name: string; group?: string; sub?: string } {
  const parts = name.replace(/^\//, '').split(/\s+/);
  const [root = '', a, b] = parts;
  if (a !== undefined && b !== undefined) return { name: root, group: a, sub: b };
  if (a !== undefined)
    return { name: root, ...(options.group ? { group: options.group } : {}), sub: a };
  return {
    name: root,
    ...(options.group ? { group: options.group } : {}),
    ...(options.subcommand ? { sub: options.subcommand } : {}),
  };
}

function build(
  state: SimState,
  user: UserRecord,
  name: string,
  options: RunCommandOptions,
  focused: string | undefined,
): InteractionRecord {
  const channel = resolveLocation(state, user, options);
  const parsed = parseName(name, options);
  const command = findVisibleCommand(
    state,
    user,
    channel,
    parsed.name,
    options.permissionsOverridden === true,
  );
  const invocation = locateSubcommand(command, parsed.group, parsed.sub);
  const guild = channel.guildId ? state.guilds.get(channel.guildId) : undefined;
  const fullName = [command.name, ...invocation.path].join(' ');
  if (focused !== undefined) {
    const definition = invocation.definitions.find((d) => d.name === focused);
    if (!definition || !('autocomplete' in definition) || !definition.autocomplete) {
      throw new SimUsageError(`option "${focused}" of /${fullName} does not autocomplete`);
    }
  }
  const built = buildOptionValues(invocation.definitions, options.options ?? {}, {
    state,
    guild,
    channel,
    commandName: fullName,
    ...(focused !== undefined ? { focused } : {}),
  });
  const data: Record<string, unknown> = {
    id: command.id,
    name: command.name,
    type: ApplicationCommandType.ChatInput,
    ...(command.guild_id ? { guild_id: command.guild_id } : {}),
  };
  const nested = nest(invocation.path, built.options);
  if (nested.length > 0) data.options = nested;
  if (Object.keys(built.resolved).length > 0) data.resolved = built.resolved;
  const shown = built.options.map((o) => `${String(o.name)}:${String(o.value)}`).join(' ');
  return createInteraction(state, {
    user,
    channel,
    type:
      focused === undefined
        ? InteractionType.ApplicationCommand
        : InteractionType.ApplicationCommandAutocomplete,
    data,
    summary:
      focused === undefined
        ? `/${fullName}${shown ? ` ${shown}` : ''}`
        : `typing /${fullName} ${focused}`,
  });
}

/** A user runs a slash command: what Discord's client sends after the user presses Enter. */
export function runCommand(
  state: SimState,
  user: UserRecord,
  name: string,
  options: RunCommandOptions = {},
): InteractionRecord {
  return build(state, user, name, options, undefined);
}

/** A user types into an autocomplete option: Discord sends the partial text as the focused value. */
export function autocomplete(
  state: SimState,
  user: UserRecord,
  name: string,
  options: RunCommandOptions & { focused: string },
): InteractionRecord {
  return build(state, user, name, options, options.focused);
}
