import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType as OptionType,
} from 'discord-api-types/v10';
import { SimUsageError } from '../errors.js';
import { storeAttachment } from '../messages/attachments.js';
import type { ChannelRecord, GuildRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { channelToApi, memberToApi, roleToApi, userToApi } from '../state/serialize.js';

/** A file a user attaches to an attachment option. */
export interface AttachmentInput {
  filename: string;
  data: Uint8Array;
  contentType?: string;
}

/** What a user can type or pick for an option: users, channels and roles by id (or anything with an `id`). */
export type CommandOptionValue = string | number | boolean | { id: string } | AttachmentInput;

interface Resolved {
  users?: Record<string, unknown>;
  members?: Record<string, unknown>;
  roles?: Record<string, unknown>;
  channels?: Record<string, unknown>;
  attachments?: Record<string, unknown>;
}

export interface OptionBuild {
  options: Record<string, unknown>[];
  resolved: Resolved;
}

interface Context {
  state: SimState;
  guild: GuildRecord | undefined;
  channel: ChannelRecord;
  commandName: string;
  /** For autocomplete: the option being typed, sent raw and marked `focused`. */
  focused?: string;
}

/**
 * Turns the test's option values into the `options` and `resolved` Discord
 * sends, checking them as Discord's client would (required options present,
 * choices, ranges, lengths, types); throws SimUsageError otherwise.
 */
export function buildOptionValues(
  definitions: readonly APIApplicationCommandOption[],
  given: Record<string, CommandOptionValue>,
  context: Context,
): OptionBuild {
  const resolved: Resolved = {};
  const options: Record<string, unknown>[] = [];
  for (const name of Object.keys(given)) {
    if (!definitions.some((definition) => definition.name === name)) {
      const known = definitions.map((d) => d.name).join(', ') || 'none';
      throw new SimUsageError(
        `/${context.commandName} has no option "${name}" (options: ${known})`,
      );
    }
  }
  for (const definition of definitions) {
    const value = given[definition.name];
    const focused = context.focused === definition.name;
    if (value === undefined) {
      if ('required' in definition && definition.required && context.focused === undefined) {
        throw new SimUsageError(`/${context.commandName} needs option "${definition.name}"`);
      }
      continue;
    }
    if (focused) {
      options.push({
        name: definition.name,
        type: definition.type,
        value: String(value),
        focused: true,
      });
      continue;
    }
    options.push({
      name: definition.name,
      type: definition.type,
      value: checkValue(definition, value, context, resolved),
    });
  }
  return { options, resolved };
}

function checkValue(
  definition: APIApplicationCommandOption,
  value: CommandOptionValue,
  context: Context,
  resolved: Resolved,
): unknown {
  const where = `option "${definition.name}" of /${context.commandName}`;
  switch (definition.type) {
    case OptionType.String: {
      if (typeof value !== 'string') throw new SimUsageError(`${where} takes text`);
      const length = [...value].length;
      if (length < (definition.min_length ?? 0) || length > (definition.max_length ?? 6_000)) {
        throw new SimUsageError(
          `${where} takes ${definition.min_length ?? 0} to ${definition.max_length ?? 6_000} characters`,
        );
      }
      checkChoice(definition, value, where);
      return value;
    }
    case OptionType.Integer:
    case OptionType.Number: {
      if (
        typeof value !== 'number' ||
        (definition.type === OptionType.Integer && !Number.isInteger(value))
      ) {
        throw new SimUsageError(
          `${where} takes ${definition.type === OptionType.Integer ? 'a whole number' : 'a number'}`,
        );
      }
      if (
        (definition.min_value !== undefined && value < definition.min_value) ||
        (definition.max_value !== undefined && value > definition.max_value)
      ) {
        throw new SimUsageError(
          `${where} takes values from ${definition.min_value ?? '-∞'} to ${definition.max_value ?? '∞'}`,
        );
      }
      checkChoice(definition, value, where);
      return value;
    }
    case OptionType.Boolean:
      if (typeof value !== 'boolean') throw new SimUsageError(`${where} takes true or false`);
      return value;
    case OptionType.User:
      return resolveUser(context, idOf(value, where), resolved, where);
    case OptionType.Channel: {
      const id = idOf(value, where);
      const channel = context.state.channels.get(id);
      if (!channel || channel.guildId !== (context.guild?.id ?? null))
        throw new SimUsageError(`${where}: no channel ${id} here`);
      if (definition.channel_types && !definition.channel_types.includes(channel.type as never)) {
        throw new SimUsageError(`${where} does not accept channels of type ${channel.type}`);
      }
      resolved.channels = {
        ...resolved.channels,
        [id]: { ...channelToApi(channel), permissions: '0' },
      };
      return id;
    }
    case OptionType.Role:
      return resolveRole(context, idOf(value, where), resolved, where);
    case OptionType.Mentionable: {
      const id = idOf(value, where);
      return context.state.users.has(id)
        ? resolveUser(context, id, resolved, where)
        : resolveRole(context, id, resolved, where);
    }
    case OptionType.Attachment: {
      if (typeof value !== 'object' || !('data' in value))
        throw new SimUsageError(`${where} takes a file`);
      const attachment = storeAttachment(
        context.state,
        context.channel.id,
        {
          field: 'files[0]',
          index: 0,
          filename: value.filename,
          contentType: value.contentType,
          data: Buffer.from(value.data),
        },
        undefined,
        true,
      );
      resolved.attachments = { ...resolved.attachments, [attachment.id]: attachment };
      return attachment.id;
    }
    default:
      throw new SimUsageError(`${where} is a subcommand; name it in \`subcommand\``);
  }
}

function checkChoice(
  definition: APIApplicationCommandOption,
  value: string | number,
  where: string,
): void {
  const choices = 'choices' in definition ? definition.choices : undefined;
  if (choices && choices.length > 0 && !choices.some((choice) => choice.value === value)) {
    const listed = choices.map((choice) => JSON.stringify(choice.value)).join(', ');
    throw new SimUsageError(`${where} must be one of ${listed}`);
  }
}

function idOf(value: CommandOptionValue, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'id' in value && typeof value.id === 'string') return value.id;
  throw new SimUsageError(`${where} takes an id`);
}

function resolveUser(context: Context, id: string, resolved: Resolved, where: string): string {
  const user = context.state.users.get(id);
  if (!user) throw new SimUsageError(`${where}: no user ${id}`);
  resolved.users = { ...resolved.users, [id]: userToApi(user) };
  const member = context.guild?.members.get(id);
  if (member) {
    const { user: _user, deaf: _d, mute: _m, ...partial } = memberToApi(member, user);
    resolved.members = { ...resolved.members, [id]: { ...partial, permissions: '0' } };
  }
  return id;
}

function resolveRole(context: Context, id: string, resolved: Resolved, where: string): string {
  const role = context.guild?.roles.get(id);
  if (!role) throw new SimUsageError(`${where}: no role ${id} in this server`);
  resolved.roles = { ...resolved.roles, [id]: roleToApi(role) };
  return id;
}
