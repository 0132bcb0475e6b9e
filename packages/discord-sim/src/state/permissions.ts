import { OverwriteType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { ChannelRecord, GuildRecord } from './records.js';

export const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce(
  (all, bit) => all | bit,
  0n,
);

/** What @everyone may do in a new server, as Discord sets it. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak;

/** What the sim's bot is invited with: enough to post, embed, upload and manage its messages. */
export const DEFAULT_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.ManageMessages;

/** Guild-level permissions of a member: owner and Administrator hold everything. */
export function basePermissions(guild: GuildRecord, userId: string): bigint {
  if (guild.ownerId === userId) return ALL_PERMISSIONS;
  const member = guild.members.get(userId);
  if (!member) return 0n;
  let permissions = guild.roles.get(guild.id)?.permissions ?? 0n;
  for (const roleId of member.roleIds) permissions |= guild.roles.get(roleId)?.permissions ?? 0n;
  if ((permissions & PermissionFlagsBits.Administrator) !== 0n) return ALL_PERMISSIONS;
  return permissions;
}

/** Channel permissions: base, then @everyone, role and member overwrites in Discord's order. */
export function channelPermissions(
  guild: GuildRecord,
  channel: ChannelRecord,
  userId: string,
): bigint {
  const base = basePermissions(guild, userId);
  if (base === ALL_PERMISSIONS) return ALL_PERMISSIONS;
  const member = guild.members.get(userId);
  if (!member) return 0n;
  let permissions = base;
  const apply = (allow: string, deny: string) => {
    permissions = (permissions & ~BigInt(deny)) | BigInt(allow);
  };
  const everyone = channel.overwrites.find((o) => o.id === guild.id);
  if (everyone) apply(everyone.allow, everyone.deny);
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const overwrite of channel.overwrites) {
    if (overwrite.type === OverwriteType.Role && member.roleIds.includes(overwrite.id)) {
      roleAllow |= BigInt(overwrite.allow);
      roleDeny |= BigInt(overwrite.deny);
    }
  }
  permissions = (permissions & ~roleDeny) | roleAllow;
  const own = channel.overwrites.find((o) => o.type === OverwriteType.Member && o.id === userId);
  if (own) apply(own.allow, own.deny);
  return permissions;
}

export const has = (permissions: bigint, bit: bigint): boolean => (permissions & bit) === bit;
