import {
  type Client,
  DiscordAPIError,
  type Message,
  RESTJSONErrorCodes,
  type SendableChannels,
} from 'discord.js';
import { fitSingle, messageOptions, type Reply, splitPayload } from '../../messages/payload.js';

/** The channel to post quiz messages in; throws when the bot cannot see or post there. */
export async function sendableChannel(
  client: Client,
  channelId: string,
): Promise<SendableChannels> {
  const channel = await client.channels.fetch(channelId);
  if (!channel?.isSendable()) throw new Error(`channel ${channelId} is not one I can post in`);
  return channel;
}

/** Sends a payload as one message or several (when it does not fit one); resolves with the last. */
export async function send(channel: SendableChannels, reply: Reply): Promise<Message> {
  let last: Message | undefined;
  for (const part of splitPayload(reply)) last = await channel.send(messageOptions(part));
  if (!last) throw new Error('nothing to send');
  return last;
}

/** Replaces a message's content, embeds and components. */
export async function edit(
  channel: SendableChannels,
  messageId: string,
  reply: Reply,
): Promise<void> {
  await channel.messages.edit(messageId, messageOptions(fitSingle(reply)));
}

/** Whether Discord refused because the user does not take DMs from the bot. */
export function isClosedDms(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser
  );
}

// Discord's answers that mean the channel is gone for the bot: a quiz cannot go on there.
const CHANNEL_LOST = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
]);

/** Whether Discord refused because the channel is gone or closed to the bot. */
export function isChannelLost(error: unknown): boolean {
  return error instanceof DiscordAPIError && CHANNEL_LOST.has(Number(error.code));
}
