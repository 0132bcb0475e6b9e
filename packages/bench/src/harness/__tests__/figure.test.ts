import { describe, expect, it } from 'vitest';
import { failureLine, figureLine, meetsTarget, roundFigure } from '../figure.js';

describe('figure lines', () => {
  it('prints one JSON object on one line, with met when there is a target', () => {
    const line = figureLine({
      name: 'claims.time_to_claim_all',
      value: 1.23456,
      unit: 's',
      reference: { name: 'one claimer alone', value: 2.0001, unit: 's' },
      target: { max: 6 },
    });
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      name: 'claims.time_to_claim_all',
      value: 1.235,
      unit: 's',
      reference: { name: 'one claimer alone', value: 2, unit: 's' },
      target: { max: 6 },
      met: true,
    });
  });

  it('says a missed target is not met, and leaves met out without a target', () => {
    expect(
      JSON.parse(figureLine({ name: 'a', value: 0.4, unit: 'fraction', target: { min: 0.5 } })),
    ).toMatchObject({ met: false });
    expect(JSON.parse(figureLine({ name: 'a', value: 3, unit: 'ms' }))).not.toHaveProperty('met');
  });

  it('judges targets at their bounds and never meets one with a non-number', () => {
    expect(meetsTarget(6, { max: 6 })).toBe(true);
    expect(meetsTarget(0.5, { min: 0.5 })).toBe(true);
    expect(meetsTarget(1, { equals: 0 })).toBe(false);
    expect(meetsTarget(Number.NaN, { max: 6 })).toBe(false);
  });

  it('rounds to four significant digits, whole numbers from 10,000', () => {
    expect(roundFigure(0.0377312)).toBe(0.03773);
    expect(roundFigure(7456.88)).toBe(7457);
    expect(roundFigure(123456.7)).toBe(123457);
  });

  it('reports a benchmark that could not finish as a line of its own', () => {
    expect(JSON.parse(failureLine('claims', 'no server'))).toEqual({
      name: 'claims.error',
      value: null,
      unit: 'error',
      error: 'no server',
    });
  });
});
