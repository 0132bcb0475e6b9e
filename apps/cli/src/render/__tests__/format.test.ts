import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatMinutes, formatSpan } from '../format.js';

describe('formatting for the terminal', () => {
  it('writes minutes as hours and minutes', () => {
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(0)).toBe('0 min');
  });

  it('names the weekday of a date', () => {
    expect(formatDate('2027-03-15')).toBe('Mon 15 Mar 2027');
    expect(formatDate('2028-02-29')).toBe('Tue 29 Feb 2028');
  });

  it('shows a countdown clock and spans in words', () => {
    expect(formatClock(7_205_000)).toBe('2:00:05');
    expect(formatClock(605_000)).toBe('10:05');
    expect(formatClock(-3000)).toBe('0:00');
    expect(formatSpan(-65_000)).toBe('1 min 05 s');
    expect(formatSpan(40_000)).toBe('40 s');
  });
});
