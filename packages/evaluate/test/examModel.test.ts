import { getBlueprint } from '@certpace/core';
import { describe, expect, it } from 'vitest';
import {
  binomialPmf,
  correctToPass,
  createRng,
  examAccuracy,
  expectedScore,
  passProbability,
  sampleExam,
  scoreInRangeProbability,
} from '../src/index.js';

const exam = getBlueprint('AI-103@2026-04');
const uniform = (p: number) => Object.fromEntries(exam.domains.map((d) => [d.id, p]));

describe('the simulated exam', () => {
  it('needs 35 of 50 right for 700 of 1000', () => {
    expect(correctToPass(exam)).toBe(35);
  });

  it('weighs each domain by its share', () => {
    expect(examAccuracy(exam, uniform(0.7))).toBeCloseTo(0.7, 12);
    const strongInTheBiggest = { ...uniform(0.5), 'generative-agentic': 1 };
    // generative-agentic's midpoint is 32.5 of the 97.5 the midpoints add up to: a third of the exam.
    expect(expectedScore(exam, strongInTheBiggest)).toBeCloseTo(1000 * (0.5 + 0.5 / 3), 9);
  });

  it('has binomial probabilities that add up to one', () => {
    const pmf = binomialPmf(50, 0.63);
    expect(pmf.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(binomialPmf(3, 0.5)).toEqual(
      [0.125, 0.375, 0.375, 0.125].map((p) => expect.closeTo(p, 12)),
    );
  });

  it('passes a learner at 70% accuracy a little over half the time, one at 90% nearly always', () => {
    const at70 = passProbability(exam, uniform(0.7));
    expect(at70).toBeGreaterThan(0.5);
    expect(at70).toBeLessThan(0.65);
    expect(passProbability(exam, uniform(0.9))).toBeGreaterThan(0.999);
    expect(scoreInRangeProbability(exam, uniform(0.7), 0, 1000)).toBeCloseTo(1, 12);
  });

  it('samples sittings whose pass rate and mean score agree with the exact forms', () => {
    const rng = createRng(7);
    const accuracy = { ...uniform(0.68), 'plan-manage': 0.8, 'computer-vision': 0.5 };
    let passed = 0;
    let score = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const sitting = sampleExam(rng, exam, accuracy);
      expect(Object.values(sitting.questions).reduce((s, q) => s + q, 0)).toBe(50);
      passed += sitting.passed ? 1 : 0;
      score += sitting.score;
    }
    const p = passProbability(exam, accuracy);
    // Four standard errors: a wrong sampler would miss by far more.
    expect(Math.abs(passed / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    expect(Math.abs(score / n - expectedScore(exam, accuracy))).toBeLessThan(2);
  });
});
