import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile, perSecond } from '../stats.js';

const samples = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 });

describe('percentile', () => {
  it('is one of the samples, between the smallest and the largest', () => {
    fc.assert(
      fc.property(samples, fc.double({ min: 0, max: 100, noNaN: true }), (values, p) => {
        const result = percentile(values, p);
        expect(values).toContain(result);
        expect(result).toBeGreaterThanOrEqual(Math.min(...values));
        expect(result).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('never falls as p rises', () => {
    fc.assert(
      fc.property(samples, fc.integer({ min: 0, max: 99 }), (values, p) => {
        expect(percentile(values, p + 1)).toBeGreaterThanOrEqual(percentile(values, p));
      }),
    );
  });

  it('takes the nearest rank: p50 of 1..10 is 5 and p99 is 10', () => {
    const values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('perSecond', () => {
  it('turns a count over milliseconds into a rate', () => {
    expect(perSecond(2_000, 40_000)).toBe(50);
  });
});
