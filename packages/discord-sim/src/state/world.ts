import { type APIOverwrite, ChannelType, GatewayDispatchEvents } from 'discord-api-types/v10';
import { SimUsageError } from '../errors.js';
import { DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS } from './permissions.js';
import type { ChannelRecord, GuildRecord, RoleRecord, UserRecord } from './records.js';
import type { SimState } from './SimState.js';
import { channelToApi, memberToApi, roleToApi } from './serialize.js';

export interface CreateUserOptions {
  username: string;
  globalName?: string;
  /** Whether the user accepts DMs from server members. Default true. */
  dmsOpen?: boolean;
  locale?: string;
}

export function createUser(state: SimState, options: CreateUserOptions): UserRecord {
  const user: UserRecord = {
    id: state.ids.next(),
    username: options.username,
    globalName: options.globalName ?? null,
    bot: false,
    dmsOpen: options.dmsOpen ?? true,
    locale: options.locale ?? 'en-US',
  };
  state.users.set(user.id, user);
  return user;
}

export interface CreateGuildOptions {
  name?: string;
  /** The owner; default a new user named `owner`. */
  ownerId?: string;
  /** Pick an id that Discord routes to this shard: `[shardId, shardCount]`. */
  shard?: readonly [number, number];
  /** Name of the text channel created with it. Default `general`. */
  channelName?: string;
  locale?: string;
}

export function createGuild(state: SimState, options: CreateGuildOptions = {}): GuildRecord {
  const id = options.shard
    ? state.ids.nextOnShard(options.shard[0], options.shard[1])
    : state.ids.next();
  const ownerId = options.ownerId ?? createUser(state, { username: 'owner' }).id;
  state.requireUser(ownerId);
  const everyone: RoleRecord = {
    id,
    name: '@everyone',
    permissions: DEFAULT_EVERYONE_PERMISSIONS,
    position: 0,
    color: 0,
    botId: null,
  };
  const botRole: RoleRecord = {
    id: state.ids.next(),
    name: state.botUser.username,
    permissions: DEFAULT_BOT_PERMISSIONS,
    position: 1,
    color: 0,
    botId: state.botUser.id,
  };
  const joinedAt = new Date(state.now()).toISOString();
  const guild: GuildRecord = {
    id,
    name: options.name ?? `Guild ${state.guilds.size + 1}`,
    ownerId,
    locale: options.locale ?? 'en-US',
    roles: new Map([
      [everyone.id, everyone],
      [botRole.id, botRole],
    ]),
    members: new Map([
      [ownerId, { userId: ownerId, roleIds: [], joinedAt, nick: null }],
      [state.botUser.id, { userId: state.botUser.id, roleIds: [botRole.id], joinedAt, nick: null }],
    ]),
    channelIds: [],
  };
  state.guilds.set(id, guild);
  addChannel(state, guild, { name: options.channelName ?? 'general' });
  state.sink.guildJoined(id);
  return guild;
}

export interface CreateChannelOptions {
  name: string;
  type?: ChannelType.GuildText | ChannelType.GuildAnnouncement;
  topic?: string;
  permissionOverwrites?: APIOverwrite[];
}

function addChannel(
  state: SimState,
  guild: GuildRecord,
  options: CreateChannelOptions,
): ChannelRecord {
  const channel: ChannelRecord = {
    id: state.ids.next(),
    type: options.type ?? ChannelType.GuildText,
    guildId: guild.id,
    name: options.name,
    position: guild.channelIds.length,
    topic: options.topic ?? null,
    recipientId: null,
    overwrites: options.permissionOverwrites ?? [],
    lastMessageId: null,
    messageIds: [],
  };
  state.channels.set(channel.id, channel);
  guild.channelIds.push(channel.id);
  return channel;
}

export function createChannel(
  state: SimState,
  guildId: string,
  options: CreateChannelOptions,
): ChannelRecord {
  const guild = requireGuildForTest(state, guildId);
  const channel = addChannel(state, guild, options);
  state.sink.toGuild(guild.id, GatewayDispatchEvents.ChannelCreate, channelToApi(channel));
  return channel;
}

export interface CreateRoleOptions {
  name: string;
  permissions?: bigint;
}

export function createRole(
  state: SimState,
  guildId: string,
  options: CreateRoleOptions,
): RoleRecord {
  const guild = requireGuildForTest(state, guildId);
  const role: RoleRecord = {
    id: state.ids.next(),
    name: options.name,
    permissions: options.permissions ?? 0n,
    position: guild.roles.size,
    color: 0,
    botId: null,
  };
  guild.roles.set(role.id, role);
  state.sink.toGuild(guild.id, GatewayDispatchEvents.GuildRoleCreate, {
    guild_id: guild.id,
    role: roleToApi(role),
  });
  return role;
}

export interface AddMemberOptions {
  roles?: string[];
  /** Shortcut: give the member a role of their own with these permissions. */
  permissions?: bigint;
  nick?: string;
}

export function addMember(
  state: SimState,
  guildId: string,
  userId: string,
  options: AddMemberOptions = {},
): void {
  const guild = requireGuildForTest(state, guildId);
  const user = state.users.get(userId);
  if (!user) throw new SimUsageError(`addMember: no user ${userId}`);
  const roleIds = [...(options.roles ?? [])];
  for (const roleId of roleIds) {
    if (!guild.roles.has(roleId))
      throw new SimUsageError(`addMember: no role ${roleId} in ${guild.name}`);
  }
  if (options.permissions !== undefined) {
    roleIds.push(
      createRole(state, guildId, {
        name: `${user.username}-role`,
        permissions: options.permissions,
      }).id,
    );
  }
  const member = {
    userId,
    roleIds,
    joinedAt: new Date(state.now()).toISOString(),
    nick: options.nick ?? null,
  };
  guild.members.set(userId, member);
  state.sink.toGuild(guild.id, GatewayDispatchEvents.GuildMemberAdd, {
    ...memberToApi(member, user),
    guild_id: guild.id,
  });
}

/** The DM channel between the bot and a user, opened if needed (POST /users/@me/channels). */
export function openDm(state: SimState, userId: string): ChannelRecord {
  const existing = state.dmChannelWith(userId);
  if (existing) return existing;
  const channel: ChannelRecord = {
    id: state.ids.next(),
    type: ChannelType.DM,
    guildId: null,
    name: null,
    position: 0,
    topic: null,
    recipientId: userId,
    overwrites: [],
    lastMessageId: null,
    messageIds: [],
  };
  state.channels.set(channel.id, channel);
  if (state.options.dmChannelCreateEvents) {
    state.sink.toDirect(
      GatewayDispatchEvents.ChannelCreate,
      channelToApi(channel, state.users.get(userId)),
    );
  }
  return channel;
}

function requireGuildForTest(state: SimState, guildId: string): GuildRecord {
  const guild = state.guilds.get(guildId);
  if (!guild) throw new SimUsageError(`no guild ${guildId} in this sim`);
  return guild;
}
