import { MessageFlags } from 'discord-api-types/v10';
import { apiErrors } from '../errors.js';
import { validateMessageComponents } from './components.js';
import { validateEmbeds } from './embeds.js';
import { checkString, FormErrors, isRecord } from './FormErrors.js';

export const CONTENT_LIMIT = 2_000;
export const NONCE_LIMIT = 25;

/** An entry of `attachments`: `id` is a file index for new uploads or a snowflake for kept ones. */
export interface AttachmentRef {
  id: string;
  filename: string | undefined;
  description: string | undefined;
}

/** A message body after validation; `undefined` fields were not sent (edits keep them). */
export interface MessageInput {
  content: string | null | undefined;
  embeds: unknown[] | undefined;
  components: unknown[] | undefined;
  flags: number | undefined;
  nonce: string | number | undefined;
  enforceNonce: boolean;
  attachments: AttachmentRef[] | undefined;
  allowedMentions: Record<string, unknown> | undefined;
  messageReference: Record<string, unknown> | undefined;
  tts: boolean;
  stickerIds: unknown[] | undefined;
  poll: unknown;
}

const SETTABLE_FLAGS =
  MessageFlags.SuppressEmbeds |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsVoiceMessage |
  MessageFlags.IsComponentsV2;

export type PayloadMode = 'channel' | 'interaction' | 'edit';

/**
 * Validates a message body (create, edit, interaction response or followup)
 * against Discord's limits; throws 50035 with every problem listed.
 */
export function validateMessagePayload(body: unknown, mode: PayloadMode): MessageInput {
  const errors = new FormErrors();
  const data = isRecord(body) ? body : {};
  const flagsValue = data.flags;
  let flags: number | undefined;
  if (flagsValue !== undefined && flagsValue !== null) {
    if (typeof flagsValue !== 'number' || !Number.isInteger(flagsValue)) {
      errors.add(['flags'], 'NUMBER_TYPE_COERCE', `Value "${String(flagsValue)}" is not int.`);
    } else {
      const allowed =
        mode === 'interaction' ? SETTABLE_FLAGS | MessageFlags.Ephemeral : SETTABLE_FLAGS;
      flags = flagsValue & allowed;
    }
  }
  const v2 = ((flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;
  const content =
    data.content === null
      ? null
      : checkString(errors, ['content'], data.content, { max: CONTENT_LIMIT });
  const embeds =
    data.embeds === undefined ? undefined : validateEmbeds(errors, ['embeds'], data.embeds);
  if (v2 && ((typeof content === 'string' && content.length > 0) || (embeds?.length ?? 0) > 0)) {
    errors.add(
      [typeof content === 'string' && content.length > 0 ? 'content' : 'embeds'],
      'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
      'The "content" and "embeds" fields cannot be used when using components v2',
    );
  }
  const components =
    data.components === undefined
      ? undefined
      : validateMessageComponents(errors, ['components'], data.components, v2);
  const nonce = validateNonce(errors, data.nonce);
  const attachments = validateAttachmentRefs(errors, data.attachments);
  if (!errors.empty) throw apiErrors.invalidFormBody(errors.tree);
  return {
    content,
    embeds,
    components,
    flags,
    nonce,
    enforceNonce: data.enforce_nonce === true,
    attachments,
    allowedMentions: isRecord(data.allowed_mentions) ? data.allowed_mentions : undefined,
    messageReference: isRecord(data.message_reference) ? data.message_reference : undefined,
    tts: data.tts === true,
    stickerIds: Array.isArray(data.sticker_ids) ? data.sticker_ids : undefined,
    poll: data.poll,
  };
}

function validateNonce(errors: FormErrors, value: unknown): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      errors.add(['nonce'], 'NUMBER_TYPE_COERCE', 'Nonce must be an integer.');
    return value;
  }
  return checkString(errors, ['nonce'], value, { max: NONCE_LIMIT });
}

function validateAttachmentRefs(errors: FormErrors, value: unknown): AttachmentRef[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    errors.add(['attachments'], 'BASE_TYPE_ARRAY', 'Value must be an array.');
    return undefined;
  }
  return value.map((entry: unknown, index) => {
    const record = isRecord(entry) ? entry : {};
    if (record.id === undefined || record.id === null)
      errors.required(['attachments', index, 'id']);
    return {
      id: String(record.id),
      filename: checkString(errors, ['attachments', index, 'filename'], record.filename, {
        min: 1,
        max: 1_024,
      }),
      description: checkString(errors, ['attachments', index, 'description'], record.description, {
        max: 1_024,
      }),
    };
  });
}

/** Discord needs content, embeds, files, components, stickers or a poll; otherwise 50006. */
export function isEmptyMessage(parts: {
  content: string | null | undefined;
  embeds: unknown[];
  attachments: number;
  components: unknown[];
  flags: number;
  stickers: number;
  poll: unknown;
}): boolean {
  if ((parts.flags & MessageFlags.IsComponentsV2) !== 0) return parts.components.length === 0;
  return (
    (parts.content ?? '').trim().length === 0 &&
    parts.embeds.length === 0 &&
    parts.attachments === 0 &&
    parts.components.length === 0 &&
    parts.stickers === 0 &&
    (parts.poll === undefined || parts.poll === null)
  );
}
