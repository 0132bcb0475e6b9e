import type { Summary } from '../stats/summary.js';

/** A number with fixed decimals; '–' where there is none. */
export function num(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

export function signed(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  const text = value.toFixed(digits);
  return value > 0 && text !== (0).toFixed(digits) ? `+${text}` : text;
}

export function percent(fraction: number, digits = 1): string {
  return Number.isFinite(fraction) ? `${(100 * fraction).toFixed(digits)}%` : '–';
}

/** "mean [low, high]": a mean with its 95% CI. */
export function withCi(s: Summary, digits = 1, sign = false): string {
  const f = sign ? signed : num;
  return `${f(s.mean, digits)} [${f(s.ciLow, digits)}, ${f(s.ciHigh, digits)}]`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
