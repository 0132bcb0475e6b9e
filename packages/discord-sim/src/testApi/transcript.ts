import { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import { componentsOf } from '../interactions/componentInteraction.js';
import type { InteractionRecord, MessageRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { isRecord } from '../validate/FormErrors.js';

/** Which messages a reader sees: `as` adds that user's ephemeral ones. */
export interface ViewOptions {
  as?: string | { id: string };
}

export const viewerId = (options: ViewOptions | undefined): string | undefined =>
  typeof options?.as === 'string' ? options.as : options?.as?.id;

export function visibleRecords(
  state: SimState,
  channelId: string,
  options?: ViewOptions,
): MessageRecord[] {
  const viewer = viewerId(options);
  const channel = state.channels.get(channelId);
  if (!channel) return [];
  return channel.messageIds
    .map((id) => state.messages.get(id))
    .filter(
      (r): r is MessageRecord =>
        r !== undefined && !r.deleted && (r.visibleTo === null || r.visibleTo === viewer),
    );
}

/** A message as a few readable lines: author, content, embeds, components, files. */
export function describeMessage(state: SimState, record: MessageRecord): string {
  const { message } = record;
  const flags = message.flags ?? 0;
  const tags = [
    record.visibleTo
      ? `(only ${state.users.get(record.visibleTo)?.username ?? record.visibleTo})`
      : '',
    message.edited_timestamp ? '(edited)' : '',
    flags & MessageFlags.Loading ? '(thinking…)' : '',
  ].filter(Boolean);
  const head = [`[${message.author.username}]`, ...tags, message.content].filter(Boolean).join(' ');
  const lines = [head];
  for (const embed of message.embeds) {
    lines.push(
      `  embed: ${[embed.title, embed.description].filter(Boolean).join(' — ')}`.trimEnd(),
    );
    for (const field of embed.fields ?? []) lines.push(`    ${field.name}: ${field.value}`);
    if (embed.footer?.text) lines.push(`    footer: ${embed.footer.text}`);
  }
  const components = componentsOf(message);
  const buttons = components.filter((c) => c.type === ComponentType.Button);
  if (buttons.length > 0) {
    lines.push(
      `  buttons: ${buttons
        .map((b) => {
          const label = String(b.label ?? (isRecord(b.emoji) ? b.emoji.name : '') ?? '');
          const notes = [
            b.disabled ? 'disabled' : '',
            b.style === ButtonStyle.Link ? `link ${String(b.url)}` : '',
          ]
            .filter(Boolean)
            .join(', ');
          return `[${label}${notes ? ` (${notes})` : ''}]`;
        })
        .join(' ')}`,
    );
  }
  for (const select of components.filter((c) => [3, 5, 6, 7, 8].includes(c.type as number))) {
    const options = Array.isArray(select.options)
      ? ` (${select.options.map((o) => (isRecord(o) ? String(o.label) : '')).join(' | ')})`
      : '';
    lines.push(
      `  select: ${String(select.placeholder ?? select.custom_id)}${options}${select.disabled ? ' (disabled)' : ''}`,
    );
  }
  for (const text of components.filter((c) => c.type === ComponentType.TextDisplay)) {
    lines.push(`  text: ${String(text.content)}`);
  }
  for (const file of message.attachments) {
    lines.push(
      `  file: ${file.filename} (${file.content_type ?? 'unknown type'}, ${file.size} bytes)`,
    );
  }
  return lines.join('\n');
}

/**
 * The channel as a reader would follow it: messages (current state) and what
 * users did (commands, clicks, modals), in order.
 */
export function transcript(state: SimState, channelId: string, options?: ViewOptions): string {
  const records = visibleRecords(state, channelId, options);
  const interactions = [...state.interactions.values()].filter(
    (i: InteractionRecord) => i.channelId === channelId && !i.summary.startsWith('typing'),
  );
  const entries: { id: bigint; text: string }[] = [
    ...records.map((r) => ({ id: BigInt(r.message.id), text: describeMessage(state, r) })),
    ...interactions.map((i) => ({
      id: BigInt(i.id),
      text: `[${state.users.get(i.userId)?.username ?? i.userId}] ${i.summary}`,
    })),
  ];
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.map((entry) => entry.text).join('\n');
}
