import type { UploadedFile } from '../http/body.js';
import { assertCanSend } from '../state/botAccess.js';
import type { ChannelRecord, MessageRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { validateMessagePayload } from '../validate/messagePayload.js';
import { createMessage } from './messageStore.js';

/**
 * POST /channels/{id}/messages by the bot. With `enforce_nonce`, a nonce the
 * bot already used in this channel within the window returns that message
 * and creates nothing, as Discord documents.
 */
export function sendChannelMessage(
  state: SimState,
  channel: ChannelRecord,
  body: unknown,
  files: UploadedFile[],
): { record: MessageRecord; created: boolean } {
  const input = validateMessagePayload(body, 'channel');
  if (input.enforceNonce && input.nonce !== undefined) {
    const earlier = findByNonce(state, channel, state.botUser.id, input.nonce);
    if (earlier) return { record: earlier, created: false };
  }
  assertCanSend(state, channel, files.length > 0);
  return {
    record: createMessage(state, { channel, author: state.botUser, input, files }),
    created: true,
  };
}

function findByNonce(
  state: SimState,
  channel: ChannelRecord,
  authorId: string,
  nonce: string | number,
): MessageRecord | undefined {
  const since = state.now() - state.options.nonceWindowMs;
  for (let i = channel.messageIds.length - 1; i >= 0; i -= 1) {
    const record = state.messages.get(channel.messageIds[i] ?? '');
    if (!record) continue;
    if (record.createdAt < since) break;
    if (
      !record.deleted &&
      record.message.author.id === authorId &&
      String(record.message.nonce) === String(nonce)
    ) {
      return record;
    }
  }
  return undefined;
}
