import type { SKRSContext2D } from '@napi-rs/canvas';

/** Colours chosen to read well on Discord's dark and light themes alike (the chart has its own background). */
export const COLORS = {
  background: '#1e1f22',
  panel: '#2b2d31',
  text: '#f2f3f5',
  muted: '#b5bac1',
  grid: '#3f4147',
  pass: '#f0b232',
  good: '#23a55a',
  weak: '#da373c',
  middling: '#5865f2',
  whisker: '#f2f3f5',
  weight: '#80848e',
  band: 'rgba(88, 101, 242, 0.45)',
} as const;

// DejaVu ships with most Linux systems; the generic family is the fallback elsewhere.
const FAMILY = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif';

export function font(size: number, weight: 'normal' | 'bold' = 'normal'): string {
  return `${weight === 'bold' ? 'bold ' : ''}${size}px ${FAMILY}`;
}

/** `text` shortened with an ellipsis until it fits `maxWidth` pixels in the current font. */
export function fitText(ctx: SKRSContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && ctx.measureText(`${text.slice(0, end).trimEnd()}…`).width > maxWidth) end -= 1;
  return end === 0 ? '' : `${text.slice(0, end).trimEnd()}…`;
}

export function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

export function percent(x: number): string {
  return `${Math.round(clamp01(x) * 100)}%`;
}

export function dashedLine(
  ctx: SKRSContext2D,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): void {
  ctx.save();
  ctx.setLineDash([6, 4]);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  ctx.restore();
}
