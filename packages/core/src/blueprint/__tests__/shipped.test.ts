import { describe, expect, it } from 'vitest';
import { blueprints, getBlueprint } from '../catalog.js';
import { blueprintRef } from '../types.js';

const weights = (ref: string) =>
  Object.fromEntries(getBlueprint(ref).domains.map((d) => [d.id, [...d.weight]]));

describe('the shipped blueprints', () => {
  it('are the three outlines of the design, oldest first', () => {
    expect(blueprints.map(blueprintRef)).toEqual([
      'AI-102@2024-06',
      'AI-102@2025-12',
      'AI-103@2026-04',
    ]);
  });

  it('AI-102@2024-06 has the six domains and weights of its outline', () => {
    expect(weights('AI-102@2024-06')).toEqual({
      'plan-manage': [15, 20],
      'content-moderation': [10, 15],
      'computer-vision': [15, 20],
      nlp: [30, 35],
      'knowledge-mining': [10, 15],
      'generative-ai': [10, 15],
    });
  });

  it('AI-102@2025-12 has the six domains and weights of its outline', () => {
    expect(weights('AI-102@2025-12')).toEqual({
      'plan-manage': [20, 25],
      'generative-ai': [15, 20],
      agentic: [5, 10],
      'computer-vision': [10, 15],
      nlp: [15, 20],
      'knowledge-mining': [15, 20],
    });
  });

  it('AI-103@2026-04 has the five domains and weights of its outline', () => {
    expect(weights('AI-103@2026-04')).toEqual({
      'plan-manage': [25, 30],
      'generative-agentic': [30, 35],
      'computer-vision': [10, 15],
      'text-analysis': [10, 15],
      'information-extraction': [10, 15],
    });
    expect(getBlueprint('AI-103@2026-04').domains.map((d) => d.name)).toEqual([
      'Plan and manage an Azure AI solution',
      'Implement generative AI and agentic solutions',
      'Implement computer vision solutions',
      'Implement text analysis solutions',
      'Implement information extraction solutions',
    ]);
  });

  it('state the exam facts: 50 questions, 100 or 120 minutes, 700 of 1000', () => {
    for (const ref of ['AI-102@2024-06', 'AI-102@2025-12']) {
      expect(getBlueprint(ref)).toMatchObject({
        questionCount: 50,
        durationMinutes: 100,
        passingScore: 700,
        maxScore: 1000,
        retiresOn: '2026-06-30',
        successor: 'AI-103',
      });
    }
    const ai103 = getBlueprint('AI-103@2026-04');
    expect(ai103).toMatchObject({
      questionCount: 50,
      questionCountRange: [40, 60],
      durationMinutes: 120,
      passingScore: 700,
      maxScore: 1000,
      skillsMeasuredAsOf: '2026-04-16',
    });
    expect(ai103.retiresOn).toBeUndefined();
  });

  it('link the official study guide and Microsoft Learn training for every domain', () => {
    for (const blueprint of blueprints) {
      expect(blueprint.source).toMatch(
        /^https:\/\/learn\.microsoft\.com\/en-us\/credentials\/certifications\/resources\/study-guides\/ai-10[23]$/,
      );
      for (const domain of blueprint.domains) {
        expect(domain.resources?.length, domain.id).toBeGreaterThan(0);
        for (const r of domain.resources ?? []) {
          expect(r.url).toMatch(
            /^https:\/\/learn\.microsoft\.com\/en-us\/training\/(paths|modules)\/[a-z0-9-]+\/$/,
          );
          expect(r.title.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('are frozen so no caller can change them for everyone', () => {
    const exam = getBlueprint('AI-102');
    expect(Object.isFrozen(exam)).toBe(true);
    expect(Object.isFrozen(exam.domains)).toBe(true);
    expect(Object.isFrozen(exam.domains[0])).toBe(true);
  });
});
