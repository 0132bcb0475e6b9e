import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, formatIsoDate, parseIsoDate, weekdayOf } from './isoDate.js';

describe('ISO calendar dates', () => {
  it('reads real dates and refuses impossible or malformed ones', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('2024-02-29')).toBeTypeOf('number');
    for (const bad of [
      '2027-02-30',
      '2026-02-29',
      '2027-13-01',
      '2027-00-10',
      '2027-1-01',
      '27-01-01',
      ' 2027-01-01',
      '2027-01-01T00:00',
      '',
      null,
      20270101,
    ]) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
  });

  it('round-trips every day number through its text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
        expect(parseIsoDate(formatIsoDate(day))).toBe(day);
      }),
    );
  });

  it('agrees with the UTC calendar on dates and weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const utc = new Date(day * 86_400_000);
        expect(formatIsoDate(day)).toBe(utc.toISOString().slice(0, 10));
        expect(weekdayOf(day)).toBe(
          ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][utc.getUTCDay()],
        );
      }),
    );
  });

  it('adds years, sending 29 February to the 28th', () => {
    expect(formatIsoDate(addYears(parseIsoDate('2027-02-01')!, 3))).toBe('2030-02-01');
    expect(formatIsoDate(addYears(parseIsoDate('2028-02-29')!, 3))).toBe('2031-02-28');
  });
});
