import { getBlueprint } from '@certpace/core';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  deriveSeed,
  equalAllocation,
  RESULTS_BEGIN,
  RESULTS_END,
  shareAllocation,
  spliceResults,
} from '../src/index.js';

describe('the seeded generator', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('draws uniform numbers in [0, 1) with the right mean and normals with the right spread', () => {
    const rng = createRng(1);
    const u = Array.from({ length: 50_000 }, () => rng.next());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    expect(u.reduce((s, x) => s + x, 0) / u.length).toBeCloseTo(0.5, 2);
    const z = Array.from({ length: 50_000 }, () => rng.normal());
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(Math.sqrt(z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length)).toBeCloseTo(1, 1);
  });

  it('derives distinct seeds for distinct paths, the same for the same path', () => {
    expect(deriveSeed(1, 'AI-103', 5, 'learner')).toBe(deriveSeed(1, 'AI-103', 5, 'learner'));
    const seeds = new Set<number>();
    for (let i = 0; i < 1000; i++) seeds.add(deriveSeed(1, 'AI-103', i, 'learner'));
    expect(seeds.size).toBe(1000);
    expect(deriveSeed(1, 'AI-103', 5, 'learner')).not.toBe(deriveSeed(2, 'AI-103', 5, 'learner'));
  });
});

describe('the baselines', () => {
  const exam = getBlueprint('AI-102@2024-06');

  it('give every domain the same time, or time by share, in whole blocks that add up', () => {
    const equal = equalAllocation(exam, 40, 15);
    const share = shareAllocation(exam, 40, 15);
    expect(Object.values(equal).reduce((s, m) => s + m, 0)).toBe(600);
    expect(Object.values(share).reduce((s, m) => s + m, 0)).toBe(600);
    expect(
      Math.max(...Object.values(equal)) - Math.min(...Object.values(equal)),
    ).toBeLessThanOrEqual(15);
    expect(share.nlp).toBeGreaterThan(share['content-moderation']!);
  });
});

describe('the results splice', () => {
  it('replaces only what lies between the markers', () => {
    const doc = `# Title\n\n${RESULTS_BEGIN}\nold\n${RESULTS_END}\n\nProse after.\n`;
    const { text, spliced } = spliceResults(doc, '| new |');
    expect(spliced).toBe(true);
    expect(text).toBe(`# Title\n\n${RESULTS_BEGIN}\n\n| new |\n\n${RESULTS_END}\n\nProse after.\n`);
    expect(spliceResults(text, '| new |').text).toBe(text);
  });

  it('leaves a document without markers alone', () => {
    expect(spliceResults('# Nothing here', 'x')).toEqual({
      text: '# Nothing here',
      spliced: false,
    });
  });
});
