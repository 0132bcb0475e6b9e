import { GatewayDispatchEvents as E, GatewayIntentBits as I } from 'discord-api-types/v10';

export const ALL_INTENTS = Object.values(I)
  .filter((bit): bit is number => typeof bit === 'number')
  .reduce((all, bit) => all | bit, 0);

export const PRIVILEGED_INTENTS = I.GuildMembers | I.GuildPresences | I.MessageContent;

const GUILD_EVENTS: Partial<Record<E, number>> = {
  [E.GuildCreate]: I.Guilds,
  [E.GuildUpdate]: I.Guilds,
  [E.GuildDelete]: I.Guilds,
  [E.GuildRoleCreate]: I.Guilds,
  [E.GuildRoleUpdate]: I.Guilds,
  [E.GuildRoleDelete]: I.Guilds,
  [E.ChannelCreate]: I.Guilds,
  [E.ChannelUpdate]: I.Guilds,
  [E.ChannelDelete]: I.Guilds,
  [E.GuildMemberAdd]: I.GuildMembers,
  [E.GuildMemberUpdate]: I.GuildMembers,
  [E.GuildMemberRemove]: I.GuildMembers,
  [E.MessageCreate]: I.GuildMessages,
  [E.MessageUpdate]: I.GuildMessages,
  [E.MessageDelete]: I.GuildMessages,
};

const DIRECT_EVENTS: Partial<Record<E, number>> = {
  [E.MessageCreate]: I.DirectMessages,
  [E.MessageUpdate]: I.DirectMessages,
  [E.MessageDelete]: I.DirectMessages,
};

/** The intent a session needs to receive an event; 0 when none is needed (INTERACTION_CREATE, READY). */
export function intentFor(event: E, direct: boolean): number {
  return (direct ? DIRECT_EVENTS[event] : GUILD_EVENTS[event]) ?? 0;
}

/**
 * Without the Message Content intent, Discord blanks content, embeds,
 * attachments and components of messages the bot neither wrote nor was
 * mentioned in (DMs keep theirs).
 */
export function withoutContent(
  message: Record<string, unknown>,
  botId: string,
): Record<string, unknown> {
  const author = message.author as { id?: string } | undefined;
  const mentions = (message.mentions as { id: string }[] | undefined) ?? [];
  if (author?.id === botId || !message.guild_id || mentions.some((m) => m.id === botId))
    return message;
  return { ...message, content: '', embeds: [], attachments: [], components: [] };
}
