import type { Canvas } from '@napi-rs/canvas';

/**
 * A canvas to draw a chart on. `@napi-rs/canvas` (Skia, a native module) is
 * imported here at the first chart, not when the bot starts: loaded, it holds
 * about 15 MiB resident that a bot nobody asks for a chart never needs. A
 * failed import (a missing native binary) rejects the render like a failed
 * drawing, so the command answers it the same way.
 */
export async function createCanvas(width: number, height: number): Promise<Canvas> {
  const canvas = await import('@napi-rs/canvas');
  return canvas.createCanvas(width, height);
}
