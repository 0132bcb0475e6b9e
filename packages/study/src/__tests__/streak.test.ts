import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StudyRun, streakFrom, streakFromRuns } from '../progress/streak.js';
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

  it('agrees with counting study days one by one, also for runs that reach past today', () => {
    const start = '2027-01-01';
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 45 }),
        (offsets, todayOffset) => {
          const today = addDays(start, todayOffset);
          const studied = new Set(offsets.map((o) => addDays(start, o)));
          // Runs as the database gives them: over every study day, today or not.
          const runs: StudyRun[] = [];
          for (const day of [...studied].sort()) {
            const last = runs.at(-1);
            if (last && addDays(last.last, 1) === day) {
              runs[runs.length - 1] = { ...last, last: day, days: last.days + 1 };
            } else runs.push({ first: day, last: day, days: 1 });
          }
          // The rule, one day at a time: count back from today, or from yesterday.
          let day = studied.has(today) ? today : addDays(today, -1);
          let current = 0;
          while (studied.has(day)) {
            current += 1;
            day = addDays(day, -1);
          }
          const streak = streakFromRuns(runs.reverse(), today);
          expect(streak.current).toBe(current);
          expect(streak.studiedToday).toBe(studied.has(today));
          expect(streak).toEqual(streakFrom([...studied], today));
        },
      ),
    );
  });
});
