import {
  answer,
  BlueprintError,
  composeMock,
  createQuiz,
  getBlueprint,
  results,
  selectQuestions,
} from '@certpace/core';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../loadQuestionBank.js';

describe('loadQuestionBank', () => {
  it('takes a bare exam code for its newest outline, and caches the parsed bank', () => {
    const bank = loadQuestionBank('AI-103');
    expect(bank.exam).toBe('AI-103@2026-04');
    expect(loadQuestionBank('AI-103@2026-04')).toBe(bank);
  });

  it('serves an outline with the questions of other banks mapped onto its domains', () => {
    const target = getBlueprint('AI-102@2025-12');
    const domains = target.domains.map((d) => d.id);
    const bank = loadQuestionBank('AI-102@2025-12');
    const mapped = bank.questions.filter((q) => q.origin);
    expect(mapped.length).toBeGreaterThan(0);
    for (const q of bank.questions) {
      expect(q.exam).toBe('AI-102@2025-12');
      expect(domains).toContain(q.domain);
    }
    for (const q of mapped) expect(q.origin!.exam).not.toBe('AI-102@2025-12');
    const own = loadQuestionBank('AI-102@2025-12', { includeMapped: false });
    expect(own.questions.length).toBe(bank.questions.length - mapped.length);
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(bank.questions.length);
  });

  it('refuses an exam it does not know with the list of known ones', () => {
    expect(() => loadQuestionBank('AZ-900')).toThrow(BlueprintError);
    expect(() => loadQuestionBank('AZ-900')).toThrow(/AI-103@2026-04/);
  });
});

describe('the shipped banks with the quiz engine', () => {
  it('run the README example: a practice quiz on real questions', () => {
    const exam = getBlueprint('AI-103');
    const now = Date.UTC(2027, 0, 5, 18);
    const { questions } = selectQuestions(loadQuestionBank('AI-103'), {
      blueprint: exam,
      count: 10,
      seed: 'quiz-1',
      now,
    });
    expect(questions).toHaveLength(10);
    let state = createQuiz({ mode: 'practice', blueprint: exam, questions, learner: 'me', now });
    const first = questions[0]!;
    const step = answer(
      state,
      { participant: 'me', questionId: first.id, choices: [...first.answer] },
      now + 30_000,
    );
    state = step.state;
    expect(step.result).toMatchObject({ ok: true, correct: true });
    expect(results(state).participants[0]).toMatchObject({
      correct: 1,
      attempted: 1,
      questions: 10,
    });
  });

  it('compose a full AI-103 mock exam in proportion to the outline', () => {
    const exam = getBlueprint('AI-103@2026-04');
    const mock = composeMock(loadQuestionBank('AI-103'), { blueprint: exam, seed: 'mock', now: 0 });
    expect(mock.questions).toHaveLength(50);
    expect(mock.perDomain).toEqual(mock.target);
  });
});
