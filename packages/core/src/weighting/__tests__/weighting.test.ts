import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBlueprint } from '../../blueprint/catalog.js';
import { blueprintArb, masteryArb } from '../../plan/__tests__/arbitraries.js';
import { domainPriorities } from '../domainPriorities.js';
import { domainShares } from '../domainShares.js';

const exam = getBlueprint('AI-102@2024-06');

describe('domainShares', () => {
  it('is each range midpoint normalised: 32.5 of 105 for nlp', () => {
    const shares = domainShares(exam);
    expect(shares.nlp).toBeCloseTo(32.5 / 105, 12);
    expect(shares['plan-manage']).toBeCloseTo(17.5 / 105, 12);
    expect(Object.keys(shares)).toEqual(exam.domains.map((d) => d.id));
  });
});

describe('domainPriorities', () => {
  it('is share × (λ + 1 − mastery), normalised, with missing mastery at 0.5', () => {
    const p = domainPriorities(exam, { nlp: 0.3 });
    // raw: 17.5×0.75, 12.5×0.75, 17.5×0.75, 32.5×0.95, 12.5×0.75, 12.5×0.75 = 85.25 in all
    expect(p.nlp).toBeCloseTo(30.875 / 85.25, 12);
    expect(p['content-moderation']).toBeCloseTo(9.375 / 85.25, 12);
  });

  it('keeps a maintenance slice for a mastered domain', () => {
    expect(domainPriorities(exam, { nlp: 1 }).nlp).toBeGreaterThan(0);
  });

  it('sums to 1 and rises with weakness, for any blueprint and mastery', () => {
    fc.assert(
      fc.property(
        blueprintArb.chain((b) =>
          fc.tuple(fc.constant(b), masteryArb(b), fc.double({ min: 0, max: 2, noNaN: true })),
        ),
        ([blueprint, mastery, lambda]) => {
          const p = domainPriorities(blueprint, mastery, lambda);
          const sum = Object.values(p).reduce((s, x) => s + x, 0);
          expect(sum).toBeCloseTo(1, 9);
          const id = blueprint.domains[0]!.id;
          const weaker = domainPriorities(blueprint, { ...mastery, [id]: 0 }, lambda);
          const stronger = domainPriorities(blueprint, { ...mastery, [id]: 1 }, lambda);
          expect(weaker[id]!).toBeGreaterThanOrEqual(stronger[id]! - 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not read Object.prototype for a domain called constructor', () => {
    const odd = {
      ...exam,
      domains: [
        { id: 'constructor', name: 'C', weight: [50, 50] as const },
        { id: 'other', name: 'O', weight: [50, 50] as const },
      ],
    };
    expect(domainPriorities(odd, {})).toEqual({ constructor: 0.5, other: 0.5 });
  });
});
