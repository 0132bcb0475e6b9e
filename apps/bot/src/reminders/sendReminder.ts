import type { DueReminder } from '@certpace/study';
import {
  type Client,
  DiscordAPIError,
  HTTPError,
  type Message,
  RESTJSONErrorCodes,
} from 'discord.js';
import { messageOptions } from '../messages/payload.js';
import { deliveryNonce } from './nonce.js';
import { reminderMessage } from './reminderMessage.js';

/** How one send went: sent (where), or failed and whether trying again could help. */
export type SendOutcome =
  | { readonly sent: true; readonly via: 'dm' | 'channel'; readonly message: Message }
  | { readonly sent: false; readonly retryable: boolean; readonly error: string };

/** Discord's answers that a retry cannot change: the user, channel or permission is the problem. */
const FINAL_CODES = new Set<number | string>([
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
]);

function describe(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    return `Discord ${error.status} (${error.code}): ${error.message}`;
  }
  if (error instanceof HTTPError) return `Discord ${error.status}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

function isRetryable(error: unknown): boolean {
  if (error instanceof DiscordAPIError) {
    if (FINAL_CODES.has(error.code)) return false;
    // Server errors and rate limits pass; other 4xx answers would be the same next time.
    return error.status >= 500 || error.status === 429;
  }
  return true;
}

const closedDms = (error: unknown) =>
  error instanceof DiscordAPIError &&
  error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser;

async function sendToChannel(client: Client, due: DueReminder, nonce: string): Promise<Message> {
  const channel = await client.channels.fetch(due.channelId ?? '');
  if (!channel?.isSendable()) throw new Error(`channel ${due.channelId} cannot take messages`);
  return channel.send({
    ...messageOptions(reminderMessage(due, 'channel')),
    nonce,
    enforceNonce: true,
  });
}

/**
 * Sends one claimed reminder: a DM, or the learner's channel when their DMs
 * are closed (50007). The delivery id is the nonce, with enforce_nonce, so a
 * retry of a send that did go out returns that message instead of a copy.
 * Never throws: the outcome says what happened.
 */
export async function sendReminder(client: Client, due: DueReminder): Promise<SendOutcome> {
  if (!due.discordUserId) {
    return { sent: false, retryable: false, error: 'the learner has no Discord account' };
  }
  const nonce = deliveryNonce(due.deliveryId);
  try {
    const user = await client.users.fetch(due.discordUserId);
    const message = await user.send({
      ...messageOptions(reminderMessage(due, 'dm')),
      nonce,
      enforceNonce: true,
    });
    return { sent: true, via: 'dm', message };
  } catch (error) {
    if (!closedDms(error))
      return { sent: false, retryable: isRetryable(error), error: describe(error) };
    if (!due.channelId) {
      return {
        sent: false,
        retryable: false,
        error: 'DMs are closed and no reminder channel is set',
      };
    }
    try {
      return { sent: true, via: 'channel', message: await sendToChannel(client, due, nonce) };
    } catch (channelError) {
      return {
        sent: false,
        retryable: isRetryable(channelError),
        error: `DMs are closed; the channel failed too: ${describe(channelError)}`,
      };
    }
  }
}
