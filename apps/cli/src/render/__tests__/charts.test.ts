import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barCells, renderBarChart, sparkline } from '../barChart.js';
import { createStyle } from '../style.js';
import { renderTable } from '../table.js';

const plain = createStyle(false);

describe('bar chart', () => {
  it('draws the value in solid blocks to an eighth of a cell and the interval in light shade', () => {
    expect(barCells(0.5, 0.75, 8).join('')).toBe('████░░  ');
    expect(barCells(0.0625, undefined, 4).join('')).toBe('▎   ');
    expect(barCells(1, 1, 3).join('')).toBe('███');
  });

  it('always fills exactly the chart width, whatever the values', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.option(fc.double({ min: -1, max: 2, noNaN: true }), { nil: undefined }),
        fc.integer({ min: 1, max: 60 }),
        (value, high, width) => {
          expect(barCells(value, high, width)).toHaveLength(width);
        },
      ),
    );
  });

  it('aligns labels and marks the pass line', () => {
    const lines = renderBarChart({
      style: plain,
      width: 10,
      mark: 0.7,
      bars: [
        { label: 'nlp', value: 0.2, note: '20%' },
        { label: 'vision', value: 0.9, note: '90%' },
      ],
    });
    expect(lines).toEqual(['nlp     ██     │    20%', 'vision  █████████   90%']);
  });

  it('draws a sparkline from low to high', () => {
    expect(sparkline([0, 0.5, 1])).toBe('▁▅█');
  });
});

describe('table', () => {
  it('aligns columns, right-aligning numbers, without trailing spaces', () => {
    const lines = renderTable({
      style: plain,
      columns: [{ header: 'Domain' }, { header: 'Time', align: 'right' }, { header: 'Note' }],
      rows: [
        ['nlp', '1 h 30 min', 'weak'],
        ['computer-vision', '45 min', ''],
      ],
    });
    expect(lines).toEqual([
      'Domain                 Time  Note',
      '───────────────  ──────────  ────',
      'nlp              1 h 30 min  weak',
      'computer-vision      45 min',
    ]);
  });
});
