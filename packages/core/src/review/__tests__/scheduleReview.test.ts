import { describe, expect, it } from 'vitest';
import { getBlueprint } from '../../blueprint/catalog.js';
import { dueReviews } from '../dueReviews.js';
import {
  applyReviews,
  DEFAULT_SLOW_MS,
  gradeAnswer,
  questionBudgetMs,
  scheduleReview,
  slowThresholdMs,
} from '../scheduleReview.js';

const NOW = Date.UTC(2027, 0, 10, 8);
const DAY = 86_400_000;

describe('spaced review', () => {
  it('brings a missed question back the next day', () => {
    const card = scheduleReview(undefined, { questionId: 'q1', correct: false, at: NOW });
    expect(card).toMatchObject({
      questionId: 'q1',
      state: 'review',
      lastReview: NOW,
      lapses: 0,
      reps: 1,
    });
    expect(card.due).toBe(NOW + DAY);
  });

  it('pushes a question answered correctly further out each time', () => {
    const first = scheduleReview(undefined, { questionId: 'q1', correct: true, at: NOW });
    const second = scheduleReview(first, { questionId: 'q1', correct: true, at: first.due });
    expect(first.due - NOW).toBeGreaterThan(DAY);
    expect(second.due - first.due).toBeGreaterThan(first.due - NOW);
  });

  it('brings a slow correct answer back sooner than a quick one', () => {
    const quick = scheduleReview(undefined, {
      questionId: 'q',
      correct: true,
      at: NOW,
      responseMs: 20_000,
    });
    const slow = scheduleReview(undefined, {
      questionId: 'q',
      correct: true,
      at: NOW,
      responseMs: 200_000,
    });
    expect(gradeAnswer({ questionId: 'q', correct: true, at: NOW, responseMs: 200_000 })).toBe(
      'hard',
    );
    expect(slow.due).toBeLessThan(quick.due);
    expect(
      scheduleReview(
        undefined,
        { questionId: 'q', correct: true, at: NOW, responseMs: 50_000 },
        { slowMs: 30_000 },
      ).due,
    ).toBe(slow.due);
  });

  it('keeps a card as plain JSON that schedules the same after a round trip', () => {
    const card = scheduleReview(undefined, { questionId: 'q1', correct: true, at: NOW });
    const stored = JSON.parse(JSON.stringify(card));
    expect(stored).toEqual(card);
    const answer = { questionId: 'q1', correct: false, at: card.due + DAY };
    expect(scheduleReview(stored, answer)).toEqual(scheduleReview(card, answer));
    expect(scheduleReview(card, answer).lapses).toBe(1);
  });

  it('lists the due cards, most overdue first', () => {
    const cards = applyReviews(
      [],
      [
        { questionId: 'b', correct: false, at: NOW - 3 * DAY },
        { questionId: 'a', correct: false, at: NOW - 2 * DAY },
        { questionId: 'c', correct: true, at: NOW - DAY },
      ],
    );
    expect(dueReviews(cards, NOW).map((c) => c.questionId)).toEqual(['b', 'a']);
    expect(dueReviews(cards, NOW - 5 * DAY)).toEqual([]);
  });

  describe('slow answers are judged by the exam’s own time per question', () => {
    const ai102 = getBlueprint('AI-102@2024-06');
    const ai103 = getBlueprint('AI-103@2026-04');
    const answer = (responseMs: number) => ({
      questionId: 'q',
      correct: true,
      at: NOW,
      responseMs,
    });

    it('grades a right answer inside AI-103’s 144 seconds good, and past them hard', () => {
      expect(questionBudgetMs(ai103)).toBe(144_000);
      expect(gradeAnswer(answer(130_000), { blueprint: ai103 })).toBe('good');
      expect(gradeAnswer(answer(144_000), { blueprint: ai103 })).toBe('good');
      expect(gradeAnswer(answer(150_000), { blueprint: ai103 })).toBe('hard');
      expect(gradeAnswer(answer(130_000), { blueprint: ai102 })).toBe('hard');
    });

    it('schedules a right answer within the exam’s pace like a quick one', () => {
      const quick = applyReviews([], [answer(20_000)], { blueprint: ai103 });
      const inPace = applyReviews([], [answer(130_000)], { blueprint: ai103 });
      expect(inPace).toEqual(quick);
      expect(scheduleReview(undefined, answer(130_000), { blueprint: ai103 })).toEqual(quick[0]);
    });

    it('lets slowMs win over the blueprint, and falls back to two minutes without either', () => {
      expect(slowThresholdMs({ slowMs: 30_000, blueprint: ai103 })).toBe(30_000);
      expect(slowThresholdMs({ blueprint: ai103 })).toBe(144_000);
      expect(slowThresholdMs()).toBe(DEFAULT_SLOW_MS);
      expect(DEFAULT_SLOW_MS).toBe(questionBudgetMs(ai102));
      expect(gradeAnswer(answer(130_000))).toBe('hard');
    });
  });
});
