import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { apiErrors } from '../errors.js';
import type { RouteDef } from '../http/router.js';
import { deleteMessage, editMessage } from '../messages/messageStore.js';
import { sendChannelMessage } from '../messages/sendChannelMessage.js';
import { assertCanSend, botChannel, botChannelPermissions } from '../state/botAccess.js';
import { has } from '../state/permissions.js';
import { channelToApi } from '../state/serialize.js';
import { validateMessagePayload } from '../validate/messagePayload.js';

export const channelRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/channels/:channel_id',
    auth: 'bot',
    handler: ({ state, params }) => {
      const channel = botChannel(state, params.channel_id ?? '');
      const recipient = channel.recipientId ? state.users.get(channel.recipientId) : undefined;
      return { status: 200, body: channelToApi(channel, recipient) };
    },
  },
  {
    method: 'POST',
    path: '/channels/:channel_id/typing',
    auth: 'bot',
    handler: ({ state, params }) => {
      const channel = botChannel(state, params.channel_id ?? '');
      assertCanSend(state, channel, false);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: '/channels/:channel_id/messages',
    auth: 'bot',
    handler: ({ state, params, body }) => {
      const channel = botChannel(state, params.channel_id ?? '');
      const { record } = sendChannelMessage(state, channel, body.json, body.files);
      return { status: 200, body: record.message };
    },
  },
  {
    method: 'GET',
    path: '/channels/:channel_id/messages',
    auth: 'bot',
    handler: ({ state, params, query }) => {
      const channel = botChannel(state, params.channel_id ?? '');
      if (
        channel.type !== ChannelType.DM &&
        !has(botChannelPermissions(state, channel), PermissionFlagsBits.ReadMessageHistory)
      ) {
        return { status: 200, body: [] };
      }
      const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50) || 50));
      const before = query.get('before');
      const after = query.get('after');
      let ids = channel.messageIds.filter((id) => {
        const record = state.messages.get(id);
        return record !== undefined && !record.deleted && record.visibleTo === null;
      });
      if (before) ids = ids.filter((id) => BigInt(id) < BigInt(before));
      if (after) ids = ids.filter((id) => BigInt(id) > BigInt(after));
      // Newest first, like Discord; `after` pages take the oldest ones after the cursor.
      const page = after ? ids.slice(0, limit) : ids.slice(-limit);
      const messages = page.reverse().map((id) => state.messages.get(id)?.message);
      return { status: 200, body: messages };
    },
  },
  {
    method: 'GET',
    path: '/channels/:channel_id/messages/:message_id',
    auth: 'bot',
    handler: ({ state, params }) => {
      const channel = botChannel(state, params.channel_id ?? '');
      return { status: 200, body: state.requireMessage(channel, params.message_id ?? '').message };
    },
  },
  {
    method: 'PATCH',
    path: '/channels/:channel_id/messages/:message_id',
    auth: 'bot',
    handler: ({ state, params, body }) => {
      const channel = botChannel(state, params.channel_id ?? '');
      const record = state.requireMessage(channel, params.message_id ?? '');
      if (record.message.author.id !== state.botUser.id || record.message.webhook_id) {
        throw apiErrors.cannotEditOthersMessage();
      }
      const input = validateMessagePayload(body.json, 'edit');
      return { status: 200, body: editMessage(state, record, input, body.files).message };
    },
  },
  {
    method: 'DELETE',
    path: '/channels/:channel_id/messages/:message_id',
    auth: 'bot',
    handler: ({ state, params }) => {
      const channel = botChannel(state, params.channel_id ?? '');
      const record = state.requireMessage(channel, params.message_id ?? '');
      const own = record.message.author.id === state.botUser.id;
      if (!own) {
        if (channel.type === ChannelType.DM) throw apiErrors.cannotEditOthersMessage();
        if (!has(botChannelPermissions(state, channel), PermissionFlagsBits.ManageMessages)) {
          throw apiErrors.missingPermissions();
        }
      }
      deleteMessage(state, record);
      return { status: 204 };
    },
  },
];
