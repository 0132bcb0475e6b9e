import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStudyDays } from '../parse/parseStudyDays.js';
import { studyDaysText } from '../parse/studyDaysText.js';

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

describe('studyDaysText', () => {
  it.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'Mon–Fri'],
    [['mon', 'wed', 'sat'], 'Mon, Wed, Sat'],
    [['mon', 'tue', 'thu', 'fri', 'sat'], 'Mon, Tue, Thu–Sat'],
    [['sat', 'sun'], 'Sat, Sun'],
    [[...WEEK], 'every day'],
    [[], 'no day'],
  ] as const)('writes %j as %s', (days, text) => {
    expect(studyDaysText(days)).toBe(text);
  });

  it('puts days in week order and counts each once', () => {
    expect(studyDaysText(['fri', 'mon', 'wed', 'thu', 'mon'])).toBe('Mon, Wed–Fri');
  });

  it('writes what parseStudyDays reads back as the same days', () => {
    fc.assert(
      fc.property(fc.subarray([...WEEK], { minLength: 1 }), (days) => {
        const text = studyDaysText(days).replaceAll('–', '-');
        expect(parseStudyDays(text)).toEqual(days);
      }),
    );
  });
});
