import type { APIEmbed, BaseMessageOptions, MessageMentionOptions } from 'discord.js';
import type { MessageRow } from './components.js';
import { packEmbeds } from './embeds.js';
import { LIMITS } from './limits.js';
import { splitContent } from './paginate.js';
import { truncate } from './truncate.js';

export interface FilePayload {
  readonly name: string;
  readonly data: Buffer;
  readonly description?: string;
}

/** What handlers answer with; the responder turns it into Discord calls. */
export interface ReplyPayload {
  readonly content?: string;
  readonly embeds?: readonly APIEmbed[];
  readonly components?: readonly MessageRow[];
  readonly files?: readonly FilePayload[];
  /** Only the clicking/typing person sees it. Default: the handler's setting. */
  readonly ephemeral?: boolean;
  /** Default: mention nobody, so a reply never pings by accident. */
  readonly allowedMentions?: MessageMentionOptions;
}

/** A payload given as plain text is its content. */
export type Reply = string | ReplyPayload;

export function toPayload(reply: Reply): ReplyPayload {
  return typeof reply === 'string' ? { content: reply } : reply;
}

/**
 * Splits one payload into messages that each fit Discord's limits: content
 * into 2,000-character pieces at line breaks, embeds into groups of at most
 * 10 and 6,000 characters. Components and files ride on the last message,
 * where the reader ends up.
 */
export function splitPayload(reply: Reply): ReplyPayload[] {
  const payload = toPayload(reply);
  const texts = payload.content ? splitContent(payload.content) : [];
  const groups = payload.embeds && payload.embeds.length > 0 ? packEmbeds(payload.embeds) : [];
  const count = Math.max(1, texts.length, groups.length);
  const parts: ReplyPayload[] = [];
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    const content = texts[i];
    const embeds = groups[i];
    parts.push({
      ...(content ? { content } : {}),
      ...(embeds ? { embeds } : {}),
      ...(last && payload.components ? { components: payload.components } : {}),
      ...(last && payload.files ? { files: payload.files } : {}),
      ...(payload.ephemeral === undefined ? {} : { ephemeral: payload.ephemeral }),
      ...(payload.allowedMentions ? { allowedMentions: payload.allowedMentions } : {}),
    });
  }
  return parts;
}

/**
 * One payload squeezed into a single message, for edits that cannot add
 * messages: content truncated, only the first group of embeds kept.
 */
export function fitSingle(reply: Reply): ReplyPayload {
  const payload = toPayload(reply);
  const embeds =
    payload.embeds && payload.embeds.length > 0 ? packEmbeds(payload.embeds)[0] : undefined;
  return {
    ...payload,
    ...(payload.content === undefined
      ? {}
      : { content: truncate(payload.content, LIMITS.content) }),
    ...(embeds ? { embeds } : {}),
  };
}

/** The discord.js message options of a payload (without the ephemeral flag). */
export function messageOptions(payload: ReplyPayload): BaseMessageOptions {
  return {
    ...(payload.content === undefined ? {} : { content: payload.content }),
    ...(payload.embeds ? { embeds: payload.embeds } : {}),
    ...(payload.components ? { components: payload.components } : {}),
    ...(payload.files
      ? {
          files: payload.files.map((f) => ({
            attachment: f.data,
            name: f.name,
            ...(f.description ? { description: f.description } : {}),
          })),
        }
      : {}),
    allowedMentions: payload.allowedMentions ?? { parse: [] },
  };
}
