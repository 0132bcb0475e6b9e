import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streakFrom } from '../progress/streak.js';
import { addDays } from '../time/isoDates.js';

describe('streakFrom', () => {
  it('counts consecutive study days up to today', () => {
    expect(streakFrom(['2027-02-01', '2027-02-02', '2027-02-03'], '2027-02-03')).toMatchObject({
      current: 3,
      best: 3,
      studiedToday: true,
      keepBy: '2027-02-04',
    });
  });

  it('keeps a streak alive through the next day, then breaks it', () => {
    const days = ['2027-02-01', '2027-02-02'];
    expect(streakFrom(days, '2027-02-03')).toMatchObject({
      current: 2,
      studiedToday: false,
      keepBy: '2027-02-03',
    });
    expect(streakFrom(days, '2027-02-04')).toMatchObject({ current: 0, best: 2, keepBy: null });
  });

  it('never counts more than the days studied, and the current streak never beats the best', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 70 }),
        (offsets, todayOffset) => {
          const start = '2027-01-01';
          const today = addDays(start, todayOffset);
          const dates = offsets.map((o) => addDays(start, o));
          const streak = streakFrom(dates, today);
          const studied = dates.filter((d) => d <= today).length;
          expect(streak.current).toBeLessThanOrEqual(streak.best);
          expect(streak.best).toBeLessThanOrEqual(studied);
          if (streak.current > 0) {
            // Every day of the current streak was studied.
            for (let i = 0; i < streak.current; i++)
              expect(dates).toContain(addDays(streak.lastStudyDay!, -i));
          }
        },
      ),
    );
  });
});
