import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EstimateInputError } from '../../mastery/EstimateInputError.js';
import { estimateMastery } from '../../mastery/estimateMastery.js';
import { tinyExam } from '../../questions/__tests__/fixtures.js';
import { estimateReadiness } from '../estimateReadiness.js';
import { erf, normalCdf } from '../normal.js';

const domains = ['design', 'build', 'operate'] as const;
const masteryArb = fc.record({
  design: fc.double({ min: 0, max: 1, noNaN: true }),
  build: fc.double({ min: 0, max: 1, noNaN: true }),
  operate: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('estimateReadiness', () => {
  it('expects maxScore × Σ share × mastery, labelled an estimate with an 80% interval', () => {
    const r = estimateReadiness(tinyExam, { design: 0.9, build: 0.6, operate: 0.3 });
    // Shares 45/97.5, 35/97.5, 17.5/97.5.
    const expected = (1000 * (45 * 0.9 + 35 * 0.6 + 17.5 * 0.3)) / 97.5;
    expect(r.expectedScore).toBe(Math.round(expected));
    expect(r).toMatchObject({
      interval: 0.8,
      label: 'estimate',
      passingScore: 700,
      maxScore: 1000,
    });
    // Only the exam's sampling noise here: Binomial(20, p) on the fraction.
    const p = expected / 1000;
    expect(r.sd).toBeCloseTo(1000 * Math.sqrt((p * (1 - p)) / 20), 9);
    expect(r.low).toBe(Math.round(expected - 1.2815515655446004 * r.sd));
    expect(r.high).toBe(Math.round(expected + 1.2815515655446004 * r.sd));
  });

  it('gives exactly even odds when the expected score sits on the pass mark', () => {
    expect(
      estimateReadiness(tinyExam, { design: 0.7, build: 0.7, operate: 0.7 }).passProbability,
    ).toBe(0.5);
    const posterior = estimateMastery(
      Array.from({ length: 10 }, (_, i) => ({ domain: 'design', correct: i < 7, at: 0 })),
      {
        now: 0,
        seeds: [
          { domain: 'build', score: 0.7, kind: 'score-report' },
          { domain: 'operate', score: 0.7, kind: 'self-rating' },
        ],
      },
    );
    posterior.design = { ...posterior.design!, mean: 0.7 };
    expect(estimateReadiness(tinyExam, posterior).passProbability).toBe(0.5);
  });

  it('never lowers the pass probability when a domain gets better', () => {
    fc.assert(
      fc.property(
        masteryArb,
        fc.constantFrom(...domains),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (mastery, domain, gain) => {
          const better = { ...mastery, [domain]: mastery[domain] + (1 - mastery[domain]) * gain };
          const before = estimateReadiness(tinyExam, mastery);
          const after = estimateReadiness(tinyExam, better);
          expect(after.passProbability).toBeGreaterThanOrEqual(before.passProbability - 1e-12);
          expect(after.expectedScore).toBeGreaterThanOrEqual(before.expectedScore);
          expect(before.low).toBeLessThanOrEqual(before.expectedScore);
          expect(before.high).toBeGreaterThanOrEqual(before.expectedScore);
        },
      ),
    );
  });

  it('counts a missing domain as 0.5 with wide uncertainty', () => {
    const missing = estimateReadiness(tinyExam, { design: 0.8, build: 0.8 });
    const known = estimateReadiness(tinyExam, { design: 0.8, build: 0.8, operate: 0.5 });
    expect(missing.expectedScore).toBe(known.expectedScore);
    expect(missing.sd).toBeGreaterThan(known.sd);
  });

  it('widens the interval with the posteriors\u2019 spread', () => {
    const few = estimateMastery(
      [
        { domain: 'design', correct: true, at: 0 },
        { domain: 'design', correct: false, at: 0 },
      ],
      { now: 0 },
    );
    const many = estimateMastery(
      Array.from({ length: 200 }, (_, i) => ({ domain: 'design', correct: i % 2 === 0, at: 0 })),
      { now: 0 },
    );
    const base = { build: 0.5, operate: 0.5 };
    expect(estimateReadiness(tinyExam, { ...base, design: few.design! }).sd).toBeGreaterThan(
      estimateReadiness(tinyExam, { ...base, design: many.design! }).sd,
    );
  });

  it('refuses mastery outside 0..1 and unknown domains with a typed error', () => {
    expect(() => estimateReadiness(tinyExam, { design: 1.2 })).toThrow(EstimateInputError);
    expect(() => estimateReadiness(tinyExam, { design: Number.NaN })).toThrow(EstimateInputError);
    expect(() => estimateReadiness(tinyExam, { nlp: 0.5 })).toThrow(/unknown domain 'nlp'/);
  });
});

describe('erf and normalCdf', () => {
  it('match known values to double precision', () => {
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 14);
    expect(erf(3)).toBeCloseTo(0.9999779095030014, 14);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300957, 16);
    expect(normalCdf(0)).toBe(0.5);
  });
});
