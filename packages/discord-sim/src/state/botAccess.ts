import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { apiErrors } from '../errors.js';
import { channelPermissions, has } from './permissions.js';
import type { ChannelRecord, GuildRecord } from './records.js';
import type { SimState } from './SimState.js';

/** A guild the bot is in; 10004 when unknown, 50001 when the bot is not a member. */
export function botGuild(state: SimState, guildId: string): GuildRecord {
  const guild = state.requireGuild(guildId);
  if (!guild.members.has(state.botUser.id)) throw apiErrors.missingAccess();
  return guild;
}

/** A channel the bot can see: its own DMs, or guild channels it has View Channel in. */
export function botChannel(state: SimState, channelId: string): ChannelRecord {
  const channel = state.requireChannel(channelId);
  if (channel.type === ChannelType.DM) return channel;
  const guild = botGuild(state, channel.guildId ?? '');
  if (!has(channelPermissions(guild, channel, state.botUser.id), PermissionFlagsBits.ViewChannel)) {
    throw apiErrors.missingAccess();
  }
  return channel;
}

export function botChannelPermissions(state: SimState, channel: ChannelRecord): bigint {
  if (!channel.guildId) return 0n;
  return channelPermissions(state.requireGuild(channel.guildId), channel, state.botUser.id);
}

/**
 * Whether the bot may post here: Send Messages (and Attach Files for
 * uploads) in guilds; in DMs the user must share a server with the bot,
 * not be a bot, and accept DMs, else 50007.
 */
export function assertCanSend(state: SimState, channel: ChannelRecord, withFiles: boolean): void {
  if (channel.type === ChannelType.DM) {
    const recipient = state.users.get(channel.recipientId ?? '');
    if (
      !recipient ||
      recipient.bot ||
      !recipient.dmsOpen ||
      !state.sharesGuildWithBot(recipient.id)
    ) {
      throw apiErrors.cannotMessageUser();
    }
    return;
  }
  const permissions = botChannelPermissions(state, channel);
  if (!has(permissions, PermissionFlagsBits.SendMessages)) throw apiErrors.missingPermissions();
  if (withFiles && !has(permissions, PermissionFlagsBits.AttachFiles))
    throw apiErrors.missingPermissions();
}
