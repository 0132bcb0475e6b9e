import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBlueprint } from '../../blueprint/catalog.js';
import type { Blueprint } from '../../blueprint/types.js';
import { allocateMinutes } from '../allocateMinutes.js';
import { largestRemainder, largestRemainderAtLeastOne } from '../apportion.js';
import { blueprintArb, masteryArb } from './arbitraries.js';

const exam = getBlueprint('AI-102@2024-06');

/** The same blueprint with one domain's maximum weight raised, so its share grows. */
function withMoreShare(blueprint: Blueprint, index: number, extra: number): Blueprint {
  return {
    ...blueprint,
    domains: blueprint.domains.map((d, i) =>
      i === index
        ? { ...d, weight: [d.weight[0], Math.min(100, d.weight[1] + extra)] as const }
        : d,
    ),
  };
}

const caseArb = blueprintArb.chain((blueprint) =>
  fc.record({
    blueprint: fc.constant(blueprint),
    mastery: masteryArb(blueprint),
    totalMinutes: fc.integer({ min: 60, max: 20_000 }),
    blockMinutes: fc.constantFrom(5, 15, 30, 60),
    index: fc.integer({ min: 0, max: blueprint.domains.length - 1 }),
  }),
);

describe('allocateMinutes', () => {
  it('gives the design example exactly', () => {
    expect(allocateMinutes({ blueprint: exam, totalMinutes: 3000, mastery: { nlp: 0.3 } })).toEqual(
      {
        'plan-manage': 465,
        'content-moderation': 330,
        'computer-vision': 465,
        nlp: 1080,
        'knowledge-mining': 330,
        'generative-ai': 330,
      },
    );
  });

  it('rounds the total down to whole blocks and gives equal remainders to the domain first in the blueprint', () => {
    // 3 blocks over six domains: the three largest remainders win, ties by blueprint order.
    expect(allocateMinutes({ blueprint: exam, totalMinutes: 59 })).toEqual({
      'plan-manage': 15,
      'content-moderation': 0,
      'computer-vision': 15,
      nlp: 15,
      'knowledge-mining': 0,
      'generative-ai': 0,
    });
    expect(largestRemainder([1, 1, 1], 2)).toEqual([1, 1, 0]);
  });

  it('adds up exactly to the total rounded down to whole blocks', () => {
    fc.assert(
      fc.property(caseArb, ({ blueprint, mastery, totalMinutes, blockMinutes }) => {
        const minutes = allocateMinutes({ blueprint, mastery, totalMinutes, blockMinutes });
        const values = Object.values(minutes);
        expect(Object.keys(minutes)).toEqual(blueprint.domains.map((d) => d.id));
        expect(values.reduce((s, m) => s + m, 0)).toBe(
          Math.floor(totalMinutes / blockMinutes) * blockMinutes,
        );
        for (const m of values) expect(m % blockMinutes).toBe(0);
      }),
    );
  });

  it('never gives a domain fewer minutes for less mastery', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0, max: 1, noNaN: true }), (c, lower) => {
        const id = c.blueprint.domains[c.index]!.id;
        const current = c.mastery[id] ?? 0.5;
        const weaker = Math.min(current, lower);
        const before = allocateMinutes({ ...c, mastery: { ...c.mastery, [id]: current } });
        const after = allocateMinutes({ ...c, mastery: { ...c.mastery, [id]: weaker } });
        expect(after[id]!).toBeGreaterThanOrEqual(before[id]!);
      }),
      { numRuns: 300 },
    );
  });

  it('never gives a domain fewer minutes for more share of the exam', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 30 }), (c, extra) => {
        const id = c.blueprint.domains[c.index]!.id;
        const before = allocateMinutes(c);
        const after = allocateMinutes({
          ...c,
          blueprint: withMoreShare(c.blueprint, c.index, extra),
        });
        expect(after[id]!).toBeGreaterThanOrEqual(before[id]!);
      }),
      { numRuns: 300 },
    );
  });
});

describe('largestRemainderAtLeastOne (the plan allocation)', () => {
  it('gives every weight one unit when there are enough, keeping totals exact', () => {
    expect(largestRemainderAtLeastOne([0.9, 0.05, 0.05], 4)).toEqual([2, 1, 1]);
    expect(largestRemainderAtLeastOne([0.9, 0.05, 0.05], 2)).toEqual([2, 0, 0]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 500 }),
        (weights, seats) => {
          const counts = largestRemainderAtLeastOne(weights, seats);
          expect(counts.reduce((s, c) => s + c, 0)).toBe(seats);
          if (seats >= weights.length) for (const c of counts) expect(c).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });

  it('never gives a weight fewer units when it grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 0, max: 300 }),
        fc.nat(),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (weights, seats, pick, factor) => {
          const i = pick % weights.length;
          const grown = weights.map((w, j) => (j === i ? w * factor : w));
          expect(largestRemainderAtLeastOne(grown, seats)[i]!).toBeGreaterThanOrEqual(
            largestRemainderAtLeastOne(weights, seats)[i]!,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
