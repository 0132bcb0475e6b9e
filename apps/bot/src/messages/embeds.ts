import type { APIEmbed, APIEmbedField } from 'discord.js';
import { LIMITS } from './limits.js';
import { paginateLines } from './paginate.js';
import { chunk, truncate } from './truncate.js';

export interface EmbedSpec {
  readonly title?: string;
  readonly url?: string;
  readonly description?: string;
  readonly color?: number;
  readonly fields?: readonly { name: string; value: string; inline?: boolean }[];
  readonly footer?: string;
  readonly image?: string;
  readonly timestamp?: Date;
}

/** An embed whose every part is within Discord's limits (parts too long are truncated). */
export function fitEmbed(spec: EmbedSpec): APIEmbed {
  const embed: APIEmbed = {};
  if (spec.title) embed.title = truncate(spec.title, LIMITS.embedTitle);
  if (spec.url) embed.url = spec.url;
  if (spec.description) embed.description = truncate(spec.description, LIMITS.embedDescription);
  if (spec.color !== undefined) embed.color = spec.color;
  if (spec.fields && spec.fields.length > 0) {
    embed.fields = spec.fields.slice(0, LIMITS.embedFields).map(fitField);
  }
  if (spec.footer) embed.footer = { text: truncate(spec.footer, LIMITS.footer) };
  if (spec.image) embed.image = { url: spec.image };
  if (spec.timestamp) embed.timestamp = spec.timestamp.toISOString();
  return embed;
}

function fitField(field: { name: string; value: string; inline?: boolean }): APIEmbedField {
  return {
    name: truncate(field.name || '\u200b', LIMITS.fieldName),
    value: truncate(field.value || '\u200b', LIMITS.fieldValue),
    ...(field.inline === undefined ? {} : { inline: field.inline }),
  };
}

/** The characters Discord counts toward the 6,000 of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) n += field.name.length + field.value.length;
  return n;
}

/**
 * Embeds for a long list: the lines paginated into descriptions, the title on
 * the first embed, the footer on the last, "(n/m)" marks when there is more
 * than one. Fields (if any) go 25 to an embed after the text.
 */
export function embedsFromLines(
  spec: Omit<EmbedSpec, 'description'> & { readonly lines: readonly string[] },
): APIEmbed[] {
  const texts = paginateLines(spec.lines, LIMITS.embedDescription);
  const fieldPages = chunk(spec.fields ?? [], LIMITS.embedFields);
  const count = Math.max(1, texts.length, fieldPages.length);
  const embeds: APIEmbed[] = [];
  for (let i = 0; i < count; i++) {
    const mark = count > 1 ? ` (${i + 1}/${count})` : '';
    const title = spec.title
      ? `${truncate(spec.title, LIMITS.embedTitle - mark.length)}${mark}`
      : undefined;
    const description = texts[i];
    const fields = fieldPages[i];
    embeds.push(
      fitEmbed({
        ...(i === 0 && spec.url ? { url: spec.url } : {}),
        ...(title ? { title } : {}),
        ...(description ? { description } : {}),
        ...(fields ? { fields } : {}),
        ...(spec.color === undefined ? {} : { color: spec.color }),
        ...(i === count - 1 && spec.footer ? { footer: spec.footer } : {}),
      }),
    );
  }
  return embeds;
}

/**
 * Groups embeds into messages that each hold at most 10 embeds and 6,000
 * embed characters, in order. An embed alone over 6,000 (possible with many
 * long fields) is trimmed to fit by dropping its last fields.
 */
export function packEmbeds(embeds: readonly APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const original of embeds) {
    const embed = shrinkToTotal(original);
    const length = embedLength(embed);
    if (current.length === LIMITS.embedsPerMessage || size + length > LIMITS.embedTotal) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

function shrinkToTotal(embed: APIEmbed): APIEmbed {
  const copy: APIEmbed = { ...embed, ...(embed.fields ? { fields: [...embed.fields] } : {}) };
  while (embedLength(copy) > LIMITS.embedTotal && copy.fields && copy.fields.length > 0) {
    copy.fields.pop();
  }
  if (embedLength(copy) > LIMITS.embedTotal && copy.description) {
    const over = embedLength(copy) - LIMITS.embedTotal;
    copy.description = truncate(copy.description, copy.description.length - over);
  }
  return copy;
}
