import { StudyError, type StudyErrorCode } from '../errors/StudyError.js';

export const MAX_DAY_MINUTES = 960;

/**
 * A whole number from a front end's input: a number, or text holding only
 * digits (a CLI flag, a modal field). Anything else is refused with `code`.
 */
export function parseWholeNumber(
  value: unknown,
  options: {
    field: string;
    label: string;
    min: number;
    max: number;
    code?: StudyErrorCode;
    unit?: string;
  },
): number {
  const { field, label, min, max } = options;
  const code = options.code ?? 'invalid-input';
  const text = typeof value === 'string' ? value.trim() : undefined;
  const parsed =
    typeof value === 'number'
      ? value
      : text !== undefined && /^[+-]?\d+$/.test(text)
        ? Number(text)
        : Number.NaN;
  const unit = options.unit ? ` ${options.unit}` : '';
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    throw new StudyError(
      code,
      `${label}: ${shown} is not a whole number from ${min} to ${max}${unit}.`,
      {
        field,
      },
    );
  }
  return parsed;
}

/** Minutes of study on a study day: 1 to 960 (16 hours). */
export function parseMinutes(value: unknown, field = 'minutes'): number {
  return parseWholeNumber(value, {
    field,
    label: 'Minutes per study day',
    min: 1,
    max: MAX_DAY_MINUTES,
    code: 'invalid-minutes',
    unit: 'minutes (e.g. 60)',
  });
}
