import { padEnd, padStart, type Style, visibleWidth } from './style.js';

export interface Column {
  readonly header: string;
  /** Numbers read best right-aligned. Default left. */
  readonly align?: 'left' | 'right';
}

export interface TableOptions {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
  readonly style: Style;
  /** Spaces before each line. Default 0. */
  readonly indent?: number;
}

/** An aligned table: a bold header, a rule under it, columns two spaces apart. */
export function renderTable(options: TableOptions): string[] {
  const { columns, rows, style } = options;
  const indent = ' '.repeat(options.indent ?? 0);
  const widths = columns.map((column, i) =>
    Math.max(visibleWidth(column.header), ...rows.map((row) => visibleWidth(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    indent +
    columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        const width = widths[i]!;
        return column.align === 'right' ? padStart(cell, width) : padEnd(cell, width);
      })
      .join('  ')
      .trimEnd();
  return [
    style.bold(line(columns.map((c) => c.header))),
    indent + widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
  ];
}
