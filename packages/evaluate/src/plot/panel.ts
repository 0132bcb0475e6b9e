import type { SKRSContext2D } from '@napi-rs/canvas';

export const FONT = 'DejaVu Sans, Arial, sans-serif';
export const COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#b07aa1'];

/** A plotting area inside a canvas, with linear x and y scales. */
export interface Panel {
  readonly ctx: SKRSContext2D;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly y: (value: number) => number;
  readonly x: (value: number) => number;
}

export interface PanelSpec {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly xRange: readonly [number, number];
  readonly yRange: readonly [number, number];
}

export function panel(ctx: SKRSContext2D, spec: PanelSpec): Panel {
  const { left, top, width, height, xRange, yRange } = spec;
  return {
    ctx,
    left,
    top,
    width,
    height,
    x: (v) => left + ((v - xRange[0]) / (xRange[1] - xRange[0])) * width,
    y: (v) => top + height - ((v - yRange[0]) / (yRange[1] - yRange[0])) * height,
  };
}

export function text(
  ctx: SKRSContext2D,
  value: string,
  x: number,
  y: number,
  options: {
    size?: number;
    align?: 'left' | 'right' | 'center';
    bold?: boolean;
    color?: string;
    rotate?: number;
  } = {},
): void {
  ctx.save();
  ctx.fillStyle = options.color ?? '#222';
  ctx.font = `${options.bold ? 'bold ' : ''}${options.size ?? 13}px ${FONT}`;
  ctx.textAlign = options.align ?? 'left';
  ctx.textBaseline = 'middle';
  ctx.translate(x, y);
  if (options.rotate) ctx.rotate(options.rotate);
  ctx.fillText(value, 0, 0);
  ctx.restore();
}

/** Left axis with horizontal grid lines at `ticks`, and the frame's bottom line. */
export function yAxis(
  p: Panel,
  ticks: readonly number[],
  format: (v: number) => string,
  title: string,
): void {
  const { ctx } = p;
  ctx.save();
  ctx.strokeStyle = '#ddd';
  ctx.lineWidth = 1;
  for (const t of ticks) {
    const y = Math.round(p.y(t)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(p.left, y);
    ctx.lineTo(p.left + p.width, y);
    ctx.stroke();
    text(ctx, format(t), p.left - 6, y, { align: 'right', size: 11 });
  }
  ctx.strokeStyle = '#444';
  ctx.beginPath();
  ctx.moveTo(p.left + 0.5, p.top);
  ctx.lineTo(p.left + 0.5, p.top + p.height);
  ctx.lineTo(p.left + p.width, p.top + p.height);
  ctx.stroke();
  ctx.restore();
  text(ctx, title, p.left - 48, p.top + p.height / 2, {
    align: 'center',
    size: 12,
    rotate: -Math.PI / 2,
  });
}

/** Bottom axis ticks and labels for a numeric x scale. */
export function xAxis(
  p: Panel,
  ticks: readonly number[],
  format: (v: number) => string,
  title: string,
): void {
  for (const t of ticks)
    text(p.ctx, format(t), p.x(t), p.top + p.height + 12, { align: 'center', size: 11 });
  text(p.ctx, title, p.left + p.width / 2, p.top + p.height + 32, { align: 'center', size: 12 });
}

/** A vertical error bar from `low` to `high` at x, with caps. */
export function errorBar(p: Panel, x: number, low: number, high: number, cap = 6): void {
  const { ctx } = p;
  ctx.save();
  ctx.strokeStyle = '#222';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(x, p.y(low));
  ctx.lineTo(x, p.y(high));
  ctx.moveTo(x - cap, p.y(low));
  ctx.lineTo(x + cap, p.y(low));
  ctx.moveTo(x - cap, p.y(high));
  ctx.lineTo(x + cap, p.y(high));
  ctx.stroke();
  ctx.restore();
}

/** Round tick values spanning [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step)
    ticks.push(Number(t.toFixed(10)));
  return ticks;
}
