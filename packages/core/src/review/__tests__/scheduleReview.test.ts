import { describe, expect, it } from 'vitest';
import { dueReviews } from '../dueReviews.js';
import { applyReviews, gradeAnswer, scheduleReview } from '../scheduleReview.js';

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
});
