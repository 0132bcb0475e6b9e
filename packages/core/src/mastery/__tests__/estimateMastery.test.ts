import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaCdf, betaQuantile } from '../betaDistribution.js';
import { EstimateInputError } from '../EstimateInputError.js';
import { estimateMastery, masteryMeans } from '../estimateMastery.js';

const NOW = Date.UTC(2027, 3, 1);
const DAY = 86_400_000;

describe('estimateMastery', () => {
  it('is the Beta posterior of the answers: 8 right of 10 today gives Beta(9, 3)', () => {
    const answers = Array.from({ length: 10 }, (_, i) => ({
      domain: 'nlp',
      correct: i < 8,
      at: NOW,
    }));
    const { nlp } = estimateMastery(answers, { now: NOW });
    expect(nlp).toMatchObject({ alpha: 9, beta: 3, count: 10 });
    expect(nlp!.mean).toBeCloseTo(0.75, 12);
    expect(betaCdf(nlp!.low, 9, 3)).toBeCloseTo(0.1, 9);
    expect(betaCdf(nlp!.high, 9, 3)).toBeCloseTo(0.9, 9);
  });

  it('counts an answer 14 days old half as much as one from today', () => {
    const { cv } = estimateMastery(
      [
        { domain: 'cv', correct: true, at: NOW - 14 * DAY },
        { domain: 'cv', correct: false, at: NOW - 28 * DAY },
      ],
      { now: NOW },
    );
    expect(cv!.alpha).toBeCloseTo(1.5, 12);
    expect(cv!.beta).toBeCloseTo(1.25, 12);
  });

  it('moves toward the observed accuracy and stays within 0..1', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            correct: fc.boolean(),
            ageDays: fc.double({ min: 0, max: 90, noNaN: true }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        (specs, seedScore) => {
          const answers = specs.map((s) => ({
            domain: 'd',
            correct: s.correct,
            at: NOW - s.ageDays * DAY,
          }));
          const seeds =
            seedScore === undefined
              ? []
              : [{ domain: 'd', score: seedScore, kind: 'score-report' as const }];
          const before = estimateMastery([], { now: NOW, seeds, domains: ['d'] }).d!;
          const after = estimateMastery(answers, { now: NOW, seeds }).d!;
          const weights = answers.map((a) => 0.5 ** ((NOW - a.at) / (14 * DAY)));
          const observed =
            answers.reduce((s, a, i) => s + (a.correct ? weights[i]! : 0), 0) /
            weights.reduce((s, w) => s + w, 0);
          // The posterior mean lies between the prior mean and the (recency-weighted) observed accuracy.
          const lo = Math.min(before.mean, observed) - 1e-12;
          const hi = Math.max(before.mean, observed) + 1e-12;
          expect(after.mean).toBeGreaterThanOrEqual(lo);
          expect(after.mean).toBeLessThanOrEqual(hi);
          expect(Math.abs(after.mean - observed)).toBeLessThanOrEqual(
            Math.abs(before.mean - observed) + 1e-12,
          );
          for (const x of [after.low, after.mean, after.high]) expect(x >= 0 && x <= 1).toBe(true);
          expect(after.low).toBeLessThanOrEqual(after.mean);
          expect(after.high).toBeGreaterThanOrEqual(after.mean);
        },
      ),
    );
  });

  it('starts from a score report as a prior centred on it, and from a self-rating more weakly', () => {
    const seeded = estimateMastery([], {
      now: NOW,
      seeds: [
        { domain: 'nlp', score: 0.7, kind: 'score-report' },
        { domain: 'cv', score: 0.7, kind: 'self-rating' },
      ],
      domains: ['nlp', 'cv', 'km'],
    });
    expect(seeded.nlp).toMatchObject({ count: 0 });
    expect(seeded.nlp!.alpha).toBeCloseTo(7, 12);
    expect(seeded.nlp!.beta).toBeCloseTo(3, 12);
    expect(seeded.nlp!.mean).toBeCloseTo(0.7, 12);
    expect(seeded.cv!.mean).toBeCloseTo(0.7, 12);
    expect(seeded.cv!.high - seeded.cv!.low).toBeGreaterThan(seeded.nlp!.high - seeded.nlp!.low);
    expect(seeded.km).toMatchObject({ mean: 0.5, alpha: 1, beta: 1 });
    expect(masteryMeans(seeded)).toEqual({ nlp: seeded.nlp!.mean, cv: seeded.cv!.mean, km: 0.5 });
  });

  it('refuses a score outside 0..1 and a half-life of zero', () => {
    expect(() =>
      estimateMastery([], { now: NOW, seeds: [{ domain: 'x', score: 70, kind: 'score-report' }] }),
    ).toThrow(EstimateInputError);
    expect(() => estimateMastery([], { now: NOW, halfLifeDays: 0 })).toThrow(/halfLifeDays/);
  });
});

describe('betaQuantile', () => {
  it('inverts the CDF', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 80, noNaN: true }),
        fc.double({ min: 0.3, max: 80, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (a, b, p) => {
          expect(betaCdf(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 6);
        },
      ),
    );
  });
});
