import { WEEKDAYS, type Weekday, type WeeklyAvailability } from '@certpace/db';
import { StudyError } from '../errors/StudyError.js';
import { MAX_DAY_MINUTES, parseMinutes, parseWholeNumber } from './parseNumbers.js';
import { parseStudyDays } from './parseStudyDays.js';

/** How a person says when they study: minutes per study day and which days, or minutes per weekday. */
export interface AvailabilityInput {
  /** Minutes on each study day (a number or digits). */
  readonly minutes?: number | string;
  /** Which days are study days: `mon-fri`, `mon,wed,sat`, ... (default: every day). */
  readonly days?: string | readonly Weekday[];
  /** Minutes per weekday; days left out are rest days. Wins over `minutes` and `days`. */
  readonly availability?: Partial<Readonly<Record<Weekday, number | string>>>;
}

function daysOf(days: string | readonly Weekday[] | undefined): readonly Weekday[] {
  if (days === undefined) return WEEKDAYS;
  if (typeof days === 'string') return parseStudyDays(days);
  return parseStudyDays(days.join(','));
}

/**
 * Minutes per weekday from what the learner gave. `base` fills what is not
 * given (an edit that changes only the days keeps the minutes, and the reverse).
 */
export function parseAvailability(
  input: AvailabilityInput,
  base?: WeeklyAvailability,
): WeeklyAvailability | undefined {
  if (input.availability !== undefined) {
    const result = {} as Record<Weekday, number>;
    for (const key of Object.keys(input.availability)) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) {
        throw new StudyError(
          'invalid-days',
          `Study time: "${key}" is not a weekday; use ${WEEKDAYS.join(', ')}.`,
          { field: `availability.${key}` },
        );
      }
    }
    for (const day of WEEKDAYS) {
      const value = input.availability[day];
      result[day] =
        value === undefined
          ? 0
          : parseWholeNumber(value, {
              field: `availability.${day}`,
              label: `Minutes on ${day}`,
              min: 0,
              max: MAX_DAY_MINUTES,
              code: 'invalid-minutes',
            });
    }
    if (WEEKDAYS.every((d) => result[d] === 0)) {
      throw new StudyError(
        'invalid-minutes',
        'Study time: every day has 0 minutes. Give at least one day some time.',
        {
          field: 'availability',
        },
      );
    }
    return result;
  }
  if (input.minutes === undefined && input.days === undefined) return undefined;
  const days = daysOf(input.days);
  const baseMinutes = base ? Math.max(...WEEKDAYS.map((d) => base[d])) : undefined;
  if (input.minutes === undefined && baseMinutes === undefined) {
    throw new StudyError(
      'invalid-minutes',
      'Minutes per study day: give how many minutes you can study on a study day (e.g. 60).',
      {
        field: 'minutes',
      },
    );
  }
  const minutes = input.minutes === undefined ? baseMinutes! : parseMinutes(input.minutes);
  const result = {} as Record<Weekday, number>;
  for (const day of WEEKDAYS) {
    // Changing only the minutes keeps the learner's study days as they were.
    const studies = input.days === undefined && base ? base[day] > 0 : days.includes(day);
    result[day] = studies ? minutes : 0;
  }
  return result;
}
