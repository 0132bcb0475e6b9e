import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePool, tinyExam } from '../../questions/__tests__/fixtures.js';
import type { ReviewCard } from '../../review/types.js';
import { domainPriorities } from '../../weighting/domainPriorities.js';
import { QuizInputError } from '../QuizInputError.js';
import { selectQuestions } from '../selectQuestions.js';

const NOW = Date.UTC(2027, 1, 1, 12);
const DAY = 86_400_000;

function card(questionId: string, due: number): ReviewCard {
  return {
    questionId,
    due,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 'review',
  };
}

const poolArb = fc.record({
  design: fc.nat({ max: 15 }),
  build: fc.nat({ max: 15 }),
  operate: fc.nat({ max: 15 }),
});

describe('selectQuestions', () => {
  it('never repeats a question, respects the domain filter and is reproducible from its seed', () => {
    fc.assert(
      fc.property(
        poolArb,
        fc.integer({ min: 1, max: 30 }),
        fc.subarray(['design', 'build', 'operate']),
        fc.integer(),
        fc.array(fc.tuple(fc.nat({ max: 40 }), fc.integer({ min: -10, max: 10 })), {
          maxLength: 15,
        }),
        (counts, count, domains, seed, cardSpecs) => {
          const pool = makePool(counts);
          const reviewCards = cardSpecs
            .filter(([i]) => i < pool.length)
            .map(([i, days]) => card(pool[i]!.id, NOW + days * DAY));
          const options = { blueprint: tinyExam, count, seed, now: NOW, domains, reviewCards };
          const selection = selectQuestions(pool, options);
          const ids = selection.questions.map((q) => q.id);
          expect(new Set(ids).size).toBe(ids.length);
          const allowed = domains.length > 0 ? domains : ['design', 'build', 'operate'];
          for (const q of selection.questions) expect(allowed).toContain(q.domain);
          const available = pool.filter((q) => allowed.includes(q.domain)).length;
          expect(selection.available).toBe(available);
          expect(ids).toHaveLength(Math.min(count, available));
          expect(selection.shortfall).toBe(count - ids.length);
          expect(selectQuestions(pool, options).questions.map((q) => q.id)).toEqual(ids);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives each domain its priority share of the quiz, within one question', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer(),
        fc.record({
          design: fc.double({ min: 0, max: 1, noNaN: true }),
          operate: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        (count, seed, mastery) => {
          const pool = makePool({ design: 40, build: 40, operate: 40 });
          const selection = selectQuestions(pool, {
            blueprint: tinyExam,
            count,
            seed,
            now: NOW,
            mastery,
          });
          const priorities = domainPriorities(tinyExam, mastery);
          for (const [domain, p] of Object.entries(priorities)) {
            expect(Math.abs(selection.perDomain[domain]! - p * count)).toBeLessThan(1);
          }
        },
      ),
    );
  });

  it('puts weak domains first: a domain at 0% mastery gets more questions than one at 100%', () => {
    const pool = makePool({ design: 20, build: 20, operate: 20 });
    const selection = selectQuestions(pool, {
      blueprint: tinyExam,
      count: 20,
      seed: 'weak',
      now: NOW,
      mastery: { design: 1, build: 0 },
    });
    expect(selection.perDomain.build).toBeGreaterThan(selection.perDomain.design!);
  });

  it('takes questions due for review first, most overdue first', () => {
    const pool = makePool({ design: 10, build: 10, operate: 10 });
    const reviewCards = [
      card('operate-001', NOW - 3 * DAY),
      card('operate-002', NOW - 1 * DAY),
      card('design-001', NOW - 2 * DAY),
      card('build-001', NOW + 5 * DAY), // not due yet
    ];
    const selection = selectQuestions(pool, {
      blueprint: tinyExam,
      count: 5,
      seed: 1,
      now: NOW,
      reviewCards,
      unseenShare: 0.2,
    });
    const ids = selection.questions.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(['operate-001', 'operate-002', 'design-001']));
    expect(selection.reviews).toBe(3);
    // Three questions, one kept for an unseen one: room for the two most overdue reviews only.
    const tight = selectQuestions(pool, {
      blueprint: tinyExam,
      count: 3,
      seed: 1,
      now: NOW,
      reviewCards,
    });
    const tightIds = tight.questions.map((q) => q.id);
    expect(tightIds).toEqual(expect.arrayContaining(['operate-001', 'design-001']));
    expect(tightIds).not.toContain('operate-002');
    expect(tight).toMatchObject({ reviews: 2, unseen: 1 });
  });

  it('keeps about a fifth of the quiz for questions the learner has never seen', () => {
    const pool = makePool({ design: 20, build: 20, operate: 20 });
    // The learner has seen every question but ten, and nothing is due.
    const unseenIds = new Set([
      'design-001',
      'design-002',
      'design-003',
      'build-001',
      'build-002',
      'build-003',
      'operate-001',
      'operate-002',
      'operate-003',
      'operate-004',
    ]);
    const seen = pool.filter((q) => !unseenIds.has(q.id)).map((q) => q.id);
    for (const seed of [1, 2, 3, 4, 5]) {
      const selection = selectQuestions(pool, {
        blueprint: tinyExam,
        count: 20,
        seed,
        now: NOW,
        seen,
      });
      expect(selection.unseen).toBe(4);
      expect(selection.questions.filter((q) => unseenIds.has(q.id))).toHaveLength(4);
    }
  });

  it('returns what exists when the pool is smaller than asked, and says so', () => {
    const pool = makePool({ design: 2, build: 1, operate: 0 });
    const selection = selectQuestions(pool, { blueprint: tinyExam, count: 10, seed: 7, now: NOW });
    expect(selection.questions).toHaveLength(3);
    expect(selection).toMatchObject({ requested: 10, available: 3, shortfall: 7 });
  });

  it('refuses a domain the outline does not have and a count below one', () => {
    const pool = makePool({ design: 2 });
    expect(() =>
      selectQuestions(pool, { blueprint: tinyExam, count: 5, seed: 1, now: NOW, domains: ['nlp'] }),
    ).toThrow(QuizInputError);
    expect(() =>
      selectQuestions(pool, { blueprint: tinyExam, count: 0, seed: 1, now: NOW }),
    ).toThrow(/count/);
  });
});
