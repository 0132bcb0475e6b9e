import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  ChannelType,
  GatewayDispatchEvents,
  InteractionContextType,
  type InteractionType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { SimUsageError } from '../errors.js';
import { channelPermissions, has } from '../state/permissions.js';
import type {
  ChannelRecord,
  InteractionRecord,
  MessageRecord,
  UserRecord,
} from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { channelToApi, memberToApi, userToApi } from '../state/serialize.js';
import { openDm } from '../state/world.js';

export interface InteractionSpec {
  user: UserRecord;
  channel: ChannelRecord;
  type: InteractionType;
  data: Record<string, unknown>;
  summary: string;
  sourceMessage?: MessageRecord;
}

/** Where a user acts: a guild channel they can see, or their DM with the bot. */
export function resolveLocation(
  state: SimState,
  user: UserRecord,
  where: { channelId?: string; dm?: boolean },
): ChannelRecord {
  if (where.dm) {
    if (!state.sharesGuildWithBot(user.id)) {
      throw new SimUsageError(
        `${user.username} shares no server with the bot, so cannot open a DM with it`,
      );
    }
    return openDm(state, user.id);
  }
  const channel = where.channelId
    ? state.channels.get(where.channelId)
    : defaultChannel(state, user);
  if (!channel)
    throw new SimUsageError(`no channel ${where.channelId ?? '(default)'} for ${user.username}`);
  if (channel.type === ChannelType.DM) {
    if (channel.recipientId !== user.id)
      throw new SimUsageError(`${user.username} is not in DM ${channel.id}`);
    return channel;
  }
  const guild = state.guilds.get(channel.guildId ?? '');
  if (!guild?.members.has(user.id)) {
    throw new SimUsageError(
      `${user.username} is not a member of the server holding #${channel.name}`,
    );
  }
  if (!has(channelPermissions(guild, channel, user.id), PermissionFlagsBits.ViewChannel)) {
    throw new SimUsageError(`${user.username} cannot see #${channel.name}`);
  }
  return channel;
}

function defaultChannel(state: SimState, user: UserRecord): ChannelRecord | undefined {
  for (const guild of state.guilds.values()) {
    if (guild.members.has(user.id)) return state.channels.get(guild.channelIds[0] ?? '');
  }
  return undefined;
}

/** Builds the INTERACTION_CREATE payload Discord sends, stores the interaction and dispatches it. */
export function createInteraction(state: SimState, spec: InteractionSpec): InteractionRecord {
  const { user, channel } = spec;
  const id = state.ids.next();
  const token = Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString(
    'base64url',
  );
  const guild = channel.guildId ? state.guilds.get(channel.guildId) : undefined;
  const payload: Record<string, unknown> = {
    id,
    application_id: state.applicationId,
    type: spec.type,
    data: spec.data,
    channel: channelToApi(
      channel,
      channel.recipientId ? state.users.get(channel.recipientId) : undefined,
    ),
    channel_id: channel.id,
    token,
    version: 1,
    locale: user.locale,
    entitlements: [],
    attachment_size_limit: state.options.maxUploadBytes,
  };
  if (guild) {
    const member = guild.members.get(user.id);
    if (!member) throw new SimUsageError(`${user.username} is not a member of ${guild.name}`);
    payload.guild_id = guild.id;
    payload.guild = { id: guild.id, locale: guild.locale, features: [] };
    payload.guild_locale = guild.locale;
    payload.member = {
      ...memberToApi(member, user),
      permissions: channelPermissions(guild, channel, user.id).toString(),
    };
    payload.app_permissions = channelPermissions(guild, channel, state.botUser.id).toString();
    payload.authorizing_integration_owners = { '0': guild.id };
    payload.context = InteractionContextType.Guild;
  } else {
    payload.user = userToApi(user);
    payload.app_permissions = '0';
    payload.authorizing_integration_owners = { '0': '0' };
    payload.context = InteractionContextType.BotDM;
  }
  if (spec.sourceMessage) payload.message = spec.sourceMessage.message;
  const record: InteractionRecord = {
    id,
    token,
    type: spec.type,
    userId: user.id,
    guildId: guild?.id ?? null,
    channelId: channel.id,
    summary: spec.summary,
    payload,
    createdAt: state.now(),
    dispatchedAtPerf: performance.now(),
    sourceMessageId: spec.sourceMessage?.message.id ?? null,
    callback: null,
    originalMessageId: null,
    followupIds: [],
    editsAtCallback: 0,
    modalSubmitted: false,
    ephemeral: false,
    undelivered: false,
  };
  state.interactions.set(id, record);
  state.interactionsByToken.set(token, record);
  const delivered = guild
    ? state.sink.toGuild(guild.id, GatewayDispatchEvents.InteractionCreate, payload)
    : state.sink.toDirect(GatewayDispatchEvents.InteractionCreate, payload);
  record.undelivered = delivered === 0;
  state.emit('interaction', record);
  return record;
}
