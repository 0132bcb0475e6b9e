import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracyAfter, gainOf, type LearningCurve } from '../src/index.js';

const curve = fc
  .record({
    start: fc.double({ min: 0.05, max: 0.9, noNaN: true }),
    room: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
    rate: fc.double({ min: 0.01, max: 2, noNaN: true }),
  })
  .map(
    ({ start, room, rate }): LearningCurve => ({
      start,
      ceiling: Math.min(0.999, start + room),
      rate,
    }),
  );
const minutes = fc.integer({ min: 0, max: 6000 });

describe('the exponential learning curve', () => {
  it('starts at the starting accuracy and closes half the gap in ln 2 / rate hours', () => {
    const c = { start: 0.4, ceiling: 0.9, rate: 0.2 };
    expect(accuracyAfter(c, 0)).toBe(0.4);
    expect(accuracyAfter(c, (60 * Math.LN2) / 0.2)).toBeCloseTo(0.65, 12);
  });

  it('approaches the ceiling and never passes it', () => {
    fc.assert(
      fc.property(curve, minutes, (c, m) => {
        const a = accuracyAfter(c, m);
        expect(a).toBeGreaterThanOrEqual(c.start);
        expect(a).toBeLessThanOrEqual(c.ceiling);
      }),
    );
    expect(accuracyAfter({ start: 0.3, ceiling: 0.95, rate: 1 }, 60 * 100)).toBeCloseTo(0.95, 12);
  });

  it('gives diminishing returns: each further block gains no more than the one before', () => {
    fc.assert(
      fc.property(curve, minutes, fc.integer({ min: 1, max: 240 }), (c, m, block) => {
        const first = gainOf(c, m, block);
        const second = gainOf(c, m + block, block);
        expect(first).toBeGreaterThanOrEqual(0);
        expect(second).toBeLessThanOrEqual(first + 1e-15);
      }),
    );
  });
});
