import { describe, expect, it } from 'vitest';
import { parseBody } from '../http/body.js';
import { parseMultipart } from '../http/multipart.js';

async function encode(form: FormData): Promise<{ body: Buffer; type: string }> {
  const request = new Request('http://x', { method: 'POST', body: form });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    type: request.headers.get('content-type') ?? '',
  };
}

describe('multipart bodies', () => {
  it('reads payload_json and files[n] as undici encodes them', async () => {
    const bytes = new Uint8Array([0, 1, 2, 255, 13, 10, 45, 45]);
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ content: 'chart', attachments: [{ id: 0 }] }));
    form.append('files[0]', new Blob([bytes], { type: 'image/png' }), 'chart "v2".png');
    const { body, type } = await encode(form);
    const parsed = parseBody(body, type, 1_000);
    expect(parsed.json).toEqual({ content: 'chart', attachments: [{ id: 0 }] });
    expect(parsed.files).toHaveLength(1);
    expect(parsed.files[0]).toMatchObject({
      index: 0,
      filename: 'chart "v2".png',
      contentType: 'image/png',
    });
    expect([...(parsed.files[0]?.data ?? [])]).toEqual([...bytes]);
  });

  it('refuses a file over the upload limit with 40005', async () => {
    const form = new FormData();
    form.append('files[0]', new Blob([new Uint8Array(11)]), 'big.bin');
    const { body, type } = await encode(form);
    expect(() => parseBody(body, type, 10)).toThrow(
      expect.objectContaining({
        status: 413,
        body: { code: 40005, message: 'Request entity too large' },
      }),
    );
  });

  it('rejects a body whose closing boundary is missing', () => {
    const body = Buffer.from('--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nvalue');
    expect(() => parseMultipart(body, 'b')).toThrow(/closing boundary/);
  });

  it('answers invalid JSON with 50109', () => {
    expect(() => parseBody(Buffer.from('{'), 'application/json', 10)).toThrow(
      expect.objectContaining({
        body: { code: 50109, message: 'The request body contains invalid JSON.' },
      }),
    );
  });
});
