import { describe, expect, it } from 'vitest';
import { makePool, tinyExam } from '../../questions/__tests__/fixtures.js';
import { createQuiz } from '../createQuiz.js';
import { mockPacing, pacingReport } from '../pacing.js';
import { answer } from '../play.js';

const MIN = 60_000;

describe('pacingReport', () => {
  it('compares each answered question with its budget', () => {
    // 100 minutes for 50 questions: 2 minutes each.
    const report = pacingReport({
      startedAt: 0,
      budgetMs: 2 * MIN,
      questionCount: 50,
      progress: [3 * MIN, 1.5 * MIN, 7 * MIN],
      now: 8 * MIN,
    });
    expect(
      report.steps.map((s) => [s.answered, s.elapsedMs / MIN, s.allowedMs / MIN, s.aheadMs / MIN]),
    ).toEqual([
      [1, 1.5, 2, 0.5],
      [2, 3, 4, 1],
      [3, 7, 6, -1],
    ]);
    expect(report).toMatchObject({
      answered: 3,
      elapsedMs: 8 * MIN,
      aheadMs: -2 * MIN,
      status: 'behind',
    });
    expect(report.projectedTotalMs).toBeCloseTo((8 / 3) * 50 * MIN);
  });

  it('calls within half a question of the budget on pace', () => {
    const at = (now: number) =>
      pacingReport({ startedAt: 0, budgetMs: 2 * MIN, questionCount: 10, progress: [2 * MIN], now })
        .status;
    expect(at(2.9 * MIN)).toBe('on-pace');
    expect(at(1.1 * MIN)).toBe('on-pace');
    expect(at(0.9 * MIN)).toBe('ahead');
    expect(at(3.1 * MIN)).toBe('behind');
  });

  it("measures a mock from each question's first answer, not its later changes", () => {
    const T0 = 1_000_000;
    let state = createQuiz({
      mode: 'mock',
      blueprint: tinyExam,
      questions: makePool({ design: 4 }),
      learner: 'lee',
      now: T0,
    });
    state = answer(
      state,
      { participant: 'lee', questionId: 'design-001', choices: ['a'] },
      T0 + 2 * MIN,
    ).state;
    state = answer(
      state,
      { participant: 'lee', questionId: 'design-002', choices: ['a'] },
      T0 + 4 * MIN,
    ).state;
    state = answer(
      state,
      { participant: 'lee', questionId: 'design-001', choices: ['b'] },
      T0 + 5 * MIN,
    ).state;
    const report = mockPacing(state, T0 + 5 * MIN);
    expect(report.budgetMs).toBe(3 * MIN);
    expect(report.steps.map((s) => s.aheadMs / MIN)).toEqual([1, 2]);
    expect(report.aheadMs).toBe(1 * MIN);
    // Past the end, the report stops at the end of the exam.
    expect(mockPacing(state, T0 + 99 * MIN).elapsedMs).toBe(12 * MIN);
  });
});
