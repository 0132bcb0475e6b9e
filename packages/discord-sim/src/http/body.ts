import type { IncomingMessage } from 'node:http';
import { apiErrors } from '../errors.js';
import { MultipartError, parseMultipart } from './multipart.js';

/** A file uploaded as `files[n]`. */
export interface UploadedFile {
  field: string;
  /** The n of `files[n]`, which `attachments[].id` refers to. */
  index: number;
  filename: string;
  contentType: string | undefined;
  data: Buffer;
}

export interface ParsedBody {
  json: unknown;
  files: UploadedFile[];
}

export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    // Keep reading to drain the socket, but stop storing past the limit.
    if (size <= limit) chunks.push(buffer);
  }
  if (size > limit) throw apiErrors.requestTooLarge();
  return Buffer.concat(chunks);
}

/** JSON or multipart (`payload_json` plus `files[n]`), the two encodings Discord accepts. */
export function parseBody(
  raw: Buffer,
  contentType: string | undefined,
  maxFileBytes: number,
): ParsedBody {
  if (raw.length === 0) return { json: undefined, files: [] };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data'))
    return parseForm(raw, contentType ?? '', maxFileBytes);
  try {
    return { json: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    throw apiErrors.invalidJson();
  }
}

function parseForm(raw: Buffer, contentType: string, maxFileBytes: number): ParsedBody {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const value = boundary?.[1] ?? boundary?.[2];
  if (!value) throw apiErrors.invalidJson();
  let parts: ReturnType<typeof parseMultipart>;
  try {
    parts = parseMultipart(raw, value.trim());
  } catch (error) {
    if (error instanceof MultipartError) throw apiErrors.invalidJson();
    throw error;
  }
  let json: unknown;
  const files: UploadedFile[] = [];
  for (const part of parts) {
    if (part.name === 'payload_json') {
      try {
        json = JSON.parse(part.data.toString('utf8'));
      } catch {
        throw apiErrors.invalidJson();
      }
      continue;
    }
    const match = /^files\[(\d+)\]$/.exec(part.name) ?? /^file(\d*)$/.exec(part.name);
    if (!match || part.filename === undefined) continue;
    if (part.data.length > maxFileBytes) throw apiErrors.requestTooLarge();
    files.push({
      field: part.name,
      index: Number(match[1] || 0),
      filename: part.filename,
      contentType: part.contentType,
      data: part.data,
    });
  }
  return { json, files };
}
