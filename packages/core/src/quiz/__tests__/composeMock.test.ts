import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../../blueprint/types.js';
import { makePool, tinyExam } from '../../questions/__tests__/fixtures.js';
import { domainShares } from '../../weighting/domainShares.js';
import { composeMock } from '../composeMock.js';

const NOW = Date.UTC(2027, 1, 1, 12);

const blueprintArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 10 })), {
    minLength: 2,
    maxLength: 8,
  })
  .chain((ranges) =>
    fc.integer({ min: 10, max: 70 }).map(
      (questionCount): Blueprint => ({
        ...tinyExam,
        questionCount,
        domains: ranges.map(([min, width], i) => ({
          id: `d${i}`,
          name: `Domain ${i}`,
          weight: [min, min + width] as const,
        })),
      }),
    ),
  );

describe('composeMock', () => {
  it("gives every domain its share of the exam's questions, within one question", () => {
    fc.assert(
      fc.property(blueprintArb, fc.integer(), (blueprint, seed) => {
        const pool = makePool(Object.fromEntries(blueprint.domains.map((d) => [d.id, 70]))).map(
          (q) => ({
            ...q,
            exam: 'TST-100@2026-01' as const,
          }),
        );
        const mock = composeMock(pool, { blueprint, seed, now: NOW });
        expect(mock.questions).toHaveLength(blueprint.questionCount);
        expect(new Set(mock.questions.map((q) => q.id)).size).toBe(blueprint.questionCount);
        const shares = domainShares(blueprint);
        for (const d of blueprint.domains) {
          expect(
            Math.abs(mock.perDomain[d.id]! - shares[d.id]! * blueprint.questionCount),
          ).toBeLessThan(1);
          expect(mock.perDomain[d.id]).toBe(mock.target[d.id]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('splits 20 questions 9 / 7 / 4 over weights of 40–50%, 30–40% and 15–20% (largest remainder)', () => {
    const mock = composeMock(makePool({ design: 30, build: 30, operate: 30 }), {
      blueprint: tinyExam,
      seed: 'm',
      now: NOW,
    });
    expect(mock.target).toEqual({ design: 9, build: 7, operate: 4 });
    expect(mock.perDomain).toEqual({ design: 9, build: 7, operate: 4 });
  });

  it('prefers questions the learner has not seen', () => {
    const pool = makePool({ design: 12, build: 10, operate: 5 });
    const seen = ['design-001', 'design-002', 'design-003'];
    const mock = composeMock(pool, { blueprint: tinyExam, seed: 3, now: NOW, seen });
    const design = mock.questions.filter((q) => q.domain === 'design').map((q) => q.id);
    // Nine design questions wanted, nine never seen: the three seen ones rest.
    expect(design.sort()).toEqual(
      makePool({ design: 12 })
        .slice(3)
        .map((q) => q.id),
    );
    expect(mock.unseen).toBe(20);
  });

  it('keeps the mix true when a domain is short, and reports the shortfall', () => {
    const mock = composeMock(makePool({ design: 30, build: 3, operate: 30 }), {
      blueprint: tinyExam,
      seed: 1,
      now: NOW,
    });
    expect(mock.perDomain).toEqual({ design: 9, build: 3, operate: 4 });
    expect(mock).toMatchObject({ requested: 20, shortfall: 4 });
  });
});
