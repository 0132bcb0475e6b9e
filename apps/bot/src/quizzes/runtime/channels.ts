import {
  type Client,
  type Collection,
  DiscordAPIError,
  type Message,
  RESTJSONErrorCodes,
  type SendableChannels,
} from 'discord.js';
import { decodeCustomId } from '../../framework/customId.js';
import { fitSingle, messageOptions, type Reply, splitPayload } from '../../messages/payload.js';

/** How far back a restarted bot looks for a quiz's question message. */
const HISTORY_LIMIT = 50;

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

/** The quiz key and question id a message's components answer, if it is a quiz question message. */
function answeredQuestion(message: Message): { key: string; questionId: string } | undefined {
  for (const row of message.components) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      const customId = 'customId' in component ? component.customId : null;
      const id = customId ? decodeCustomId(customId) : undefined;
      if (id?.feature === 'quiz' && (id.action === 'answer' || id.action === 'pick')) {
        const [key, questionId] = id.args;
        if (key && questionId) return { key, questionId };
      }
    }
  }
  return undefined;
}

/**
 * Finds the message showing a quiz question among the channel's recent
 * messages, by the custom ids of its answer buttons: a restarted bot has no
 * memory of where it posted, but the buttons say which question they answer.
 */
export async function findQuestionMessage(
  client: Client,
  channel: SendableChannels,
  key: string,
  questionId: string,
): Promise<string | undefined> {
  let recent: Collection<string, Message>;
  try {
    recent = await channel.messages.fetch({ limit: HISTORY_LIMIT });
  } catch {
    // Without Read Message History the old message cannot be found: the caller posts anew.
    return undefined;
  }
  for (const message of recent.values()) {
    if (message.author.id !== client.user?.id) continue;
    const shown = answeredQuestion(message);
    if (shown?.key === key && shown.questionId === questionId) return message.id;
  }
  return undefined;
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
