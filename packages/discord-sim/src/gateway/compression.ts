import { constants, createDeflate, type Deflate, deflateSync } from 'node:zlib';

/** How a connection encodes what it sends. */
export type Encoder = (text: string) => Promise<string | Buffer> | string | Buffer;

export const plain: Encoder = (text) => text;

/** `compress: true` in IDENTIFY: each payload deflated on its own, sent as binary. */
export const perPayload: Encoder = (text) => deflateSync(text);

/**
 * `?compress=zlib-stream`: one zlib context for the whole connection, each
 * payload ending in a sync flush (the 00 00 FF FF suffix clients look for).
 */
export function zlibStream(): { encode: Encoder; close: () => void } {
  const deflate: Deflate = createDeflate({ chunkSize: 65_536 });
  let chain: Promise<unknown> = Promise.resolve();
  const encode: Encoder = (text) => {
    const result = chain.then(
      () =>
        new Promise<Buffer>((resolve) => {
          const chunks: Buffer[] = [];
          const onData = (chunk: Buffer) => chunks.push(chunk);
          deflate.on('data', onData);
          deflate.write(text);
          deflate.flush(constants.Z_SYNC_FLUSH, () => {
            deflate.off('data', onData);
            resolve(Buffer.concat(chunks));
          });
        }),
    );
    chain = result;
    return result;
  };
  return { encode, close: () => deflate.close() };
}
