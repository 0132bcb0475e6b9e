import type { APIAttachment } from 'discord-api-types/v10';
import { apiErrors } from '../errors.js';
import type { UploadedFile } from '../http/body.js';
import type { SimState } from '../state/SimState.js';
import { contentTypeOf, pngSize } from '../util/png.js';
import { FormErrors } from '../validate/FormErrors.js';
import type { AttachmentRef } from '../validate/messagePayload.js';

/** Stores an uploaded file and describes it the way Discord's attachment objects do. */
export function storeAttachment(
  state: SimState,
  channelId: string,
  file: UploadedFile,
  ref: AttachmentRef | undefined,
  ephemeral: boolean,
): APIAttachment {
  const id = state.ids.next();
  const filename = (ref?.filename ?? file.filename).replace(/\s/g, '_');
  const contentType = contentTypeOf(filename, file.contentType);
  state.files.set(id, { id, channelId, filename, contentType, data: file.data });
  const url = `${state.baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
  const size = pngSize(file.data);
  return {
    id,
    filename,
    size: file.data.length,
    url,
    proxy_url: url,
    ...(contentType ? { content_type: contentType } : {}),
    ...(ref?.description ? { description: ref.description } : {}),
    ...(size ? { width: size.width, height: size.height } : {}),
    ...(ephemeral ? { ephemeral: true } : {}),
  };
}

/**
 * The attachments of a new or edited message. New files are matched to
 * `attachments[].id` by their `files[n]` index; on edit, existing
 * attachments stay only if listed (when a list is sent).
 */
export function resolveAttachments(
  state: SimState,
  channelId: string,
  refs: AttachmentRef[] | undefined,
  files: UploadedFile[],
  existing: APIAttachment[],
  ephemeral: boolean,
): APIAttachment[] {
  const byIndex = new Map(files.map((file) => [String(file.index), file]));
  const kept =
    refs === undefined
      ? existing
      : existing.filter((attachment) => refs.some((ref) => ref.id === attachment.id));
  const errors = new FormErrors();
  refs?.forEach((ref, index) => {
    if (!byIndex.has(ref.id) && !existing.some((attachment) => attachment.id === ref.id)) {
      errors.add(
        ['attachments', index, 'id'],
        'ATTACHMENT_NOT_FOUND',
        `Attachment ${ref.id} was not uploaded with this request`,
      );
    }
  });
  if (!errors.empty) throw apiErrors.invalidFormBody(errors.tree);
  const added = files.map((file) =>
    storeAttachment(
      state,
      channelId,
      file,
      refs?.find((ref) => ref.id === String(file.index)),
      ephemeral,
    ),
  );
  if (kept.length + added.length > 10) {
    const tooMany = new FormErrors();
    tooMany.maxLength(['attachments'], 10);
    throw apiErrors.invalidFormBody(tooMany.tree);
  }
  return [...kept, ...added];
}
