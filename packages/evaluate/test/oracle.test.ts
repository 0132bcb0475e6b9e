import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LearningCurve, oracleAllocation, weightedAccuracy } from '../src/index.js';

/** Every way of giving `blocks` blocks to `n` domains. */
function* compositions(blocks: number, n: number): Generator<number[]> {
  if (n === 1) {
    yield [blocks];
    return;
  }
  for (let k = 0; k <= blocks; k++)
    for (const rest of compositions(blocks - k, n - 1)) yield [k, ...rest];
}

function bruteForce(
  curves: Record<string, LearningCurve>,
  weights: Record<string, number>,
  blocks: number,
  size: number,
) {
  const ids = Object.keys(curves);
  let best = Number.NEGATIVE_INFINITY;
  for (const counts of compositions(blocks, ids.length)) {
    const minutes = Object.fromEntries(ids.map((id, i) => [id, counts[i]! * size]));
    best = Math.max(best, weightedAccuracy(curves, weights, minutes));
  }
  return best;
}

const domain = fc.record({
  start: fc.double({ min: 0.1, max: 0.8, noNaN: true }),
  room: fc.double({ min: 0.02, max: 0.19, noNaN: true }),
  rate: fc.double({ min: 0.01, max: 3, noNaN: true }),
  weight: fc.double({ min: 0.05, max: 1, noNaN: true }),
});

describe('the oracle', () => {
  it('matches the brute-force optimum on small cases (greedy is optimal for concave curves)', () => {
    fc.assert(
      fc.property(
        fc.array(domain, { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(15, 30, 60),
        (ds, blocks, size) => {
          const curves = Object.fromEntries(
            ds.map((d, i) => [
              `d${i}`,
              { start: d.start, ceiling: d.start + d.room, rate: d.rate },
            ]),
          );
          const weights = Object.fromEntries(ds.map((d, i) => [`d${i}`, d.weight]));
          const greedy = oracleAllocation({ curves, weights, blocks, blockMinutes: size });
          expect(Object.values(greedy).reduce((s, m) => s + m, 0)).toBe(blocks * size);
          expect(weightedAccuracy(curves, weights, greedy)).toBeGreaterThanOrEqual(
            bruteForce(curves, weights, blocks, size) - 1e-12,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('puts time where it pays: most to the heavy domain, least to the one near its ceiling', () => {
    const curves = {
      big: { start: 0.4, ceiling: 0.95, rate: 1 },
      small: { start: 0.4, ceiling: 0.95, rate: 1 },
      done: { start: 0.9, ceiling: 0.92, rate: 1 },
    };
    const minutes = oracleAllocation({
      curves,
      weights: { big: 0.6, small: 0.2, done: 0.2 },
      blocks: 40,
      blockMinutes: 15,
    });
    expect(minutes.big).toBeGreaterThan(minutes.small!);
    expect(minutes.small).toBeGreaterThan(minutes.done!);
  });

  it('gives a tie to the domain listed first', () => {
    const same = { start: 0.5, ceiling: 0.9, rate: 0.2 };
    expect(
      oracleAllocation({
        curves: { a: same, b: same },
        weights: { a: 1, b: 1 },
        blocks: 1,
        blockMinutes: 15,
      }),
    ).toEqual({ a: 15, b: 0 });
  });
});
