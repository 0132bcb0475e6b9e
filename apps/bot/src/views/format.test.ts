import { describe, expect, it } from 'vitest';
import { availabilityText, dayLabel, minutesText } from './format.js';

describe('formatting for people', () => {
  it.each([
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [960, '16 h'],
  ])('writes %i minutes as %s', (minutes, text) => {
    expect(minutesText(minutes)).toBe(text);
  });

  it('writes study time as one amount when the days share it, else day by day', () => {
    expect(availabilityText({ mon: 60, tue: 60, wed: 0, thu: 60, fri: 60, sat: 0, sun: 0 })).toBe(
      '1 h on Mon, Tue, Thu, Fri',
    );
    expect(availabilityText({ mon: 30, tue: 0, wed: 0, thu: 0, fri: 0, sat: 120, sun: 0 })).toBe(
      'Mon 30 min, Sat 2 h',
    );
  });

  it('names calendar days the same in every timezone', () => {
    expect(dayLabel('2026-05-04')).toBe('Mon 4 May');
    expect(dayLabel('2027-03-15', { year: true })).toBe('Mon 15 Mar 2027');
  });
});
