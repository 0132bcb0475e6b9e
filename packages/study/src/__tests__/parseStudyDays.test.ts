import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StudyError } from '../errors/StudyError.js';
import { parseAvailability } from '../parse/parseAvailability.js';
import { parseStudyDays } from '../parse/parseStudyDays.js';

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

describe('parseStudyDays', () => {
  it('reads ranges, lists, names and groups', () => {
    expect(parseStudyDays('mon-fri')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(parseStudyDays('mon,wed,sat')).toEqual(['mon', 'wed', 'sat']);
    expect(parseStudyDays(' Saturday , SUN ')).toEqual(['sat', 'sun']);
    expect(parseStudyDays('fri-mon')).toEqual(['mon', 'fri', 'sat', 'sun']);
    expect(parseStudyDays('mon - wed, sat')).toEqual(['mon', 'tue', 'wed', 'sat']);
    expect(parseStudyDays('weekdays')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(parseStudyDays('daily')).toEqual([...WEEK]);
  });

  it('refuses what is not a weekday, naming it', () => {
    for (const text of ['', 'mon-', 'monday-someday', 'mon,,xyz', 'mon-tue-wed']) {
      expect(() => parseStudyDays(text), text).toThrow(StudyError);
    }
    expect(() => parseStudyDays('mon,thurs,fry')).toThrow(
      /"fry" in "mon,thurs,fry" is not a weekday/,
    );
  });

  it('gives the same days in week order whatever order and case they are listed in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...WEEK), { minLength: 1 }),
        fc.boolean(),
        (days, upper) => {
          const text = days.map((d) => (upper ? d.toUpperCase() : d)).join(',');
          const parsed = parseStudyDays(text);
          expect(parsed).toEqual(WEEK.filter((d) => days.includes(d)));
        },
      ),
    );
  });

  it('reads any range as the days from its start to its end, wrapping round the week', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WEEK), fc.constantFrom(...WEEK), (from, to) => {
        const parsed = parseStudyDays(`${from}-${to}`);
        const length = ((WEEK.indexOf(to) - WEEK.indexOf(from) + 7) % 7) + 1;
        expect(parsed).toHaveLength(length);
        expect(parsed).toContain(from);
        expect(parsed).toContain(to);
      }),
    );
  });
});

describe('parseAvailability', () => {
  it('gives each study day the minutes and the others none', () => {
    expect(parseAvailability({ minutes: '45', days: 'sat-sun' })).toEqual({
      mon: 0,
      tue: 0,
      wed: 0,
      thu: 0,
      fri: 0,
      sat: 45,
      sun: 45,
    });
  });

  it('keeps the study days when only the minutes change, and the minutes when only the days do', () => {
    const base = { mon: 60, tue: 0, wed: 60, thu: 0, fri: 0, sat: 0, sun: 0 };
    expect(parseAvailability({ minutes: 30 }, base)).toMatchObject({ mon: 30, tue: 0, wed: 30 });
    expect(parseAvailability({ days: 'tue' }, base)).toMatchObject({ mon: 0, tue: 60, wed: 0 });
    expect(parseAvailability({}, base)).toBeUndefined();
  });

  it('refuses a week with no time at all', () => {
    expect(() => parseAvailability({ availability: { mon: 0 } })).toThrow(
      /every day has 0 minutes/,
    );
  });
});
