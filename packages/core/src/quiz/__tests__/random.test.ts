import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, systematicCounts } from '../apportion.js';
import { seededRandom, shuffle } from '../random.js';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed and different ones for another', () => {
    const a = seededRandom('quiz-42');
    const b = seededRandom('quiz-42');
    const c = seededRandom('quiz-43');
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        expect(shuffle(items, seededRandom(seed)).sort()).toEqual([...items].sort());
      }),
    );
  });
});

describe('apportion and systematicCounts', () => {
  const weights = fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), {
    minLength: 1,
    maxLength: 8,
  });
  it('add up exactly, each count the floor or ceiling of its exact share', () => {
    fc.assert(
      fc.property(
        weights,
        fc.nat({ max: 100 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (ws, total, offset) => {
          const map = new Map(ws.map((w, i) => [`k${i}`, w]));
          const sum = ws.reduce((s, w) => s + w, 0);
          for (const counts of [apportion(total, map), systematicCounts(total, map, offset)]) {
            expect([...counts.values()].reduce((s, c) => s + c, 0)).toBe(total);
            ws.forEach((w, i) => {
              const exact = (total * w) / sum;
              expect(Math.abs(counts.get(`k${i}`)! - exact)).toBeLessThan(1 + 1e-9);
            });
          }
        },
      ),
    );
  });

  it('breaks ties in favour of the key listed first', () => {
    expect([
      ...apportion(
        1,
        new Map([
          ['x', 1],
          ['y', 1],
        ]),
      ),
    ]).toEqual([
      ['x', 1],
      ['y', 0],
    ]);
  });
});
