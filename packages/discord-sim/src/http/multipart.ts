/** One part of a multipart/form-data body. */
export interface FormPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  data: Buffer;
}

export class MultipartError extends Error {}

/** Splits a multipart/form-data body (RFC 7578) into its parts. */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let start = body.indexOf(delimiter);
  if (start === -1) throw new MultipartError('boundary not found');
  for (;;) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    const headersStart = afterDelimiter + 2; // skip CRLF
    const headersEnd = body.indexOf('\r\n\r\n', headersStart);
    if (headersEnd === -1) throw new MultipartError('part headers not terminated');
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headersEnd + 4);
    if (next === -1) throw new MultipartError('closing boundary not found');
    const headers = parseHeaders(body.subarray(headersStart, headersEnd).toString('utf8'));
    const disposition = headers.get('content-disposition');
    if (!disposition) throw new MultipartError('part without Content-Disposition');
    const params = parseDisposition(disposition);
    const name = params.get('name');
    if (name === undefined) throw new MultipartError('part without a name');
    parts.push({
      name,
      filename: params.get('filename*') ?? params.get('filename'),
      contentType: headers.get('content-type'),
      data: Buffer.from(body.subarray(headersEnd + 4, next)),
    });
    start = next + 2;
  }
  return parts;
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function parseDisposition(value: string): Map<string, string> {
  const params = new Map<string, string>();
  const pattern = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (const match of value.matchAll(pattern)) {
    const key = (match[1] ?? '').toLowerCase();
    let raw = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? '').trim();
    if (key === 'filename*') {
      const encoded = /^[^']*'[^']*'(.*)$/.exec(raw);
      raw = decodeURIComponent(encoded?.[1] ?? raw);
    } else if (match[2] !== undefined) {
      // Browsers and undici percent-encode quotes and line breaks in quoted names.
      raw = raw.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
    }
    params.set(key, raw);
  }
  return params;
}
