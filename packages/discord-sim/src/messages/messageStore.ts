import {
  type APIMessage,
  type APIUser,
  GatewayDispatchEvents,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import { apiErrors } from '../errors.js';
import type { UploadedFile } from '../http/body.js';
import type { ChannelRecord, MessageRecord, UserRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { userToApi } from '../state/serialize.js';
import { isEmptyMessage, type MessageInput } from '../validate/messagePayload.js';
import { resolveAttachments } from './attachments.js';

export interface NewMessage {
  channel: ChannelRecord;
  author: UserRecord;
  input: MessageInput;
  files: UploadedFile[];
  type?: MessageType;
  /** Ephemeral: only this user sees it. */
  visibleTo?: string | null;
  /** Fields interaction responses carry (webhook_id, interaction_metadata, ...). */
  extra?: Partial<APIMessage>;
  interactionId?: string | null;
  /** A deferred response's "thinking" placeholder may be empty. */
  allowEmpty?: boolean;
}

export type MessageEventKind = 'create' | 'update' | 'delete';

export interface MessageEvent {
  kind: MessageEventKind;
  record: MessageRecord;
}

export function createMessage(state: SimState, spec: NewMessage): MessageRecord {
  const { channel, author, input } = spec;
  const visibleTo = spec.visibleTo ?? null;
  const flags =
    (input.flags ?? 0) | (visibleTo ? MessageFlags.Ephemeral : 0) | (spec.extra?.flags ?? 0);
  const embeds = input.embeds ?? [];
  const components = input.components ?? [];
  const attachments = resolveAttachments(
    state,
    channel.id,
    input.attachments,
    spec.files,
    [],
    visibleTo !== null,
  );
  if (
    !spec.allowEmpty &&
    isEmptyMessage({
      content: input.content,
      embeds,
      attachments: attachments.length,
      components,
      flags,
      stickers: input.stickerIds?.length ?? 0,
      poll: input.poll,
    })
  ) {
    throw apiErrors.emptyMessage();
  }
  const reference = messageReference(state, channel, input);
  const content = input.content ?? '';
  const message = {
    id: state.ids.next(),
    channel_id: channel.id,
    author: userToApi(author),
    content,
    timestamp: new Date(state.now()).toISOString(),
    edited_timestamp: null,
    tts: input.tts,
    mention_everyone: false,
    mentions: mentionedUsers(state, content, input.allowedMentions),
    mention_roles: [],
    attachments,
    embeds,
    pinned: false,
    type: spec.type ?? (reference ? MessageType.Reply : MessageType.Default),
    flags,
    components,
    ...(input.nonce !== undefined ? { nonce: input.nonce } : {}),
    ...(reference ? { message_reference: reference } : {}),
    ...spec.extra,
  } as APIMessage;
  message.flags = flags;
  const record: MessageRecord = {
    message,
    visibleTo,
    createdAt: state.now(),
    deleted: false,
    edits: 0,
    interactionId: spec.interactionId ?? null,
  };
  state.messages.set(message.id, record);
  channel.messageIds.push(message.id);
  channel.lastMessageId = message.id;
  dispatchMessage(state, channel, record, GatewayDispatchEvents.MessageCreate);
  state.emit('message', { kind: 'create', record } satisfies MessageEvent);
  return record;
}

/** Applies an edit: sent fields replace, absent ones stay; the result must not be empty. */
export function editMessage(
  state: SimState,
  record: MessageRecord,
  input: MessageInput,
  files: UploadedFile[],
): MessageRecord {
  const current = record.message;
  const channel = state.requireChannel(current.channel_id);
  const keptFlags = (current.flags ?? 0) & (MessageFlags.Ephemeral | MessageFlags.IsComponentsV2);
  const flags =
    input.flags === undefined
      ? (current.flags ?? 0) & ~MessageFlags.Loading
      : input.flags | keptFlags;
  const next = {
    ...current,
    content: input.content === undefined ? current.content : (input.content ?? ''),
    embeds: input.embeds ?? current.embeds,
    components: input.components ?? current.components ?? [],
    attachments: resolveAttachments(
      state,
      channel.id,
      input.attachments,
      files,
      current.attachments,
      record.visibleTo !== null,
    ),
    flags,
    edited_timestamp: new Date(state.now()).toISOString(),
  } as APIMessage;
  if (input.content !== undefined)
    next.mentions = mentionedUsers(state, next.content, input.allowedMentions);
  if (
    isEmptyMessage({
      content: next.content,
      embeds: next.embeds,
      attachments: next.attachments.length,
      components: next.components ?? [],
      flags,
      stickers: next.sticker_items?.length ?? 0,
      poll: next.poll,
    })
  ) {
    throw apiErrors.emptyMessage();
  }
  record.message = next;
  record.edits += 1;
  dispatchMessage(state, channel, record, GatewayDispatchEvents.MessageUpdate);
  state.emit('message', { kind: 'update', record } satisfies MessageEvent);
  return record;
}

export function deleteMessage(state: SimState, record: MessageRecord): void {
  record.deleted = true;
  const channel = state.requireChannel(record.message.channel_id);
  if (record.visibleTo === null) {
    const data = {
      id: record.message.id,
      channel_id: channel.id,
      ...(channel.guildId ? { guild_id: channel.guildId } : {}),
    };
    if (channel.guildId)
      state.sink.toGuild(channel.guildId, GatewayDispatchEvents.MessageDelete, data);
    else state.sink.toDirect(GatewayDispatchEvents.MessageDelete, data);
  }
  state.emit('message', { kind: 'delete', record } satisfies MessageEvent);
}

function dispatchMessage(
  state: SimState,
  channel: ChannelRecord,
  record: MessageRecord,
  event: GatewayDispatchEvents.MessageCreate | GatewayDispatchEvents.MessageUpdate,
): void {
  // Ephemeral messages never reach the gateway.
  if (record.visibleTo !== null) return;
  if (!channel.guildId) {
    state.sink.toDirect(event, record.message);
    return;
  }
  const member = state.guilds.get(channel.guildId)?.members.get(record.message.author.id);
  state.sink.toGuild(channel.guildId, event, {
    ...record.message,
    guild_id: channel.guildId,
    ...(member && !record.message.webhook_id
      ? {
          member: {
            roles: member.roleIds,
            joined_at: member.joinedAt,
            nick: member.nick,
            deaf: false,
            mute: false,
            flags: 0,
          },
        }
      : {}),
  });
}

function mentionedUsers(
  state: SimState,
  content: string,
  allowed: Record<string, unknown> | undefined,
): APIUser[] {
  const ids = new Set(
    [...content.matchAll(/<@!?(\d{17,20})>/g)].map((match) => match[1] as string),
  );
  const parse = Array.isArray(allowed?.parse) ? allowed.parse : undefined;
  const listed = Array.isArray(allowed?.users) ? allowed.users.map(String) : [];
  return [...ids]
    .filter((id) => allowed === undefined || parse?.includes('users') || listed.includes(id))
    .map((id) => state.users.get(id))
    .filter((user): user is UserRecord => user !== undefined)
    .map(userToApi);
}

function messageReference(
  state: SimState,
  channel: ChannelRecord,
  input: MessageInput,
): APIMessage['message_reference'] | undefined {
  const reference = input.messageReference;
  if (!reference || typeof reference.message_id !== 'string') return undefined;
  const target = state.messages.get(reference.message_id);
  if (!target || target.deleted) {
    if (reference.fail_if_not_exists === false) return undefined;
    throw apiErrors.invalidFormBody({
      message_reference: {
        _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }],
      },
    });
  }
  return {
    type: 0,
    message_id: target.message.id,
    channel_id: target.message.channel_id,
    ...(channel.guildId ? { guild_id: channel.guildId } : {}),
  };
}
