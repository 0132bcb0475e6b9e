import { padEnd, type Style } from './style.js';

// Eighths of a cell, so a bar's end is drawn to 1/8 of a character.
const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

export interface Bar {
  readonly label: string;
  /** 0..1 */
  readonly value: number;
  /** The upper end of the value's interval, 0..1, drawn as a light shade after the bar. */
  readonly high?: number;
  /** Shown after the bar. */
  readonly note: string;
}

export interface BarChartOptions {
  readonly bars: readonly Bar[];
  /** Cells for 100%. */
  readonly width: number;
  readonly style: Style;
  /** A value (0..1) to mark with a rule on every row, such as the pass mark. */
  readonly mark?: number;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
}

/** The cells of one bar: solid to `value` (in eighths), light shade to `high`, blank to the width. */
export function barCells(value: number, high: number | undefined, width: number): string[] {
  const eighths = Math.round(clamp01(value) * width * 8);
  const full = Math.floor(eighths / 8);
  const cells: string[] = Array.from({ length: full }, () => '█');
  const rest = eighths % 8;
  if (rest > 0) cells.push(PARTIAL[rest]!);
  const highCells = high === undefined ? 0 : Math.round(clamp01(high) * width);
  while (cells.length < highCells) cells.push('░');
  while (cells.length < width) cells.push(' ');
  return cells;
}

/** A horizontal bar chart drawn with block characters, one bar per line. */
export function renderBarChart(options: BarChartOptions): string[] {
  const { bars, width, style } = options;
  const labelWidth = Math.max(0, ...bars.map((b) => b.label.length));
  const markCell =
    options.mark === undefined
      ? undefined
      : Math.min(width - 1, Math.round(clamp01(options.mark) * width));
  return bars.map((bar) => {
    const cells = barCells(bar.value, bar.high, width);
    if (markCell !== undefined && cells[markCell] !== '█') cells[markCell] = '│';
    const drawn = cells
      .map((cell) =>
        cell === '░' || cell === '│' ? style.dim(cell) : cell === ' ' ? cell : style.cyan(cell),
      )
      .join('');
    return `${padEnd(bar.label, labelWidth)}  ${drawn}  ${bar.note}`;
  });
}

const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** A one-line sparkline of values in 0..1 (quiz accuracy over time). */
export function sparkline(values: readonly number[]): string {
  return values.map((v) => SPARKS[Math.min(7, Math.floor(clamp01(v) * 8))]!).join('');
}
