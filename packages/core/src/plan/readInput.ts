import type { Blueprint } from '../blueprint/types.js';
import { blueprintRef } from '../blueprint/types.js';
import { validateBlueprint } from '../blueprint/validateBlueprint.js';
import { parseIsoDate, WEEKDAYS, type Weekday } from '../dates/isoDate.js';
import { DEFAULT_LAMBDA } from '../weighting/domainPriorities.js';
import { PlanInputError } from './PlanInputError.js';
import type { Mastery, Pause } from './types.js';

/** The most a day can hold: 16 hours. */
export const MAX_DAY_MINUTES = 960;
export const DEFAULT_BLOCK_MINUTES = 15;
const MIN_BLOCK = 5;
const MAX_BLOCK = 240;
const MAX_LAMBDA = 10;

/** A short, safe rendering of any value for an error message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === undefined ||
    value === null
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `value[key]` without letting an exotic object (a throwing getter, a proxy) escape as a TypeError. */
export function readField(value: Record<string, unknown>, key: string, field: string): unknown {
  try {
    return value[key];
  } catch (cause) {
    throw new PlanInputError(field, 'could not be read; pass plain data', { cause });
  }
}

export function ownKeys(value: object, field: string): string[] {
  try {
    return Object.keys(value);
  } catch (cause) {
    throw new PlanInputError(field, 'could not be read; pass plain data', { cause });
  }
}

export function requireRecord(
  value: unknown,
  field: string,
  what: string,
): Record<string, unknown> {
  if (!isRecord(value)) throw new PlanInputError(field, `must be ${what}; got ${show(value)}`);
  return value;
}

export function readBlueprint(value: unknown): Blueprint {
  let result: ReturnType<typeof validateBlueprint>;
  try {
    result = validateBlueprint(value);
  } catch (cause) {
    throw new PlanInputError(
      'blueprint',
      'could not be read; pass a blueprint from getBlueprint or parseBlueprint',
      { cause },
    );
  }
  if (result.blueprint === undefined) {
    const first = result.problems.slice(0, 3).map((p) => `${p.path || '(root)'} ${p.message}`);
    const more = result.problems.length > 3 ? ` (and ${result.problems.length - 3} more)` : '';
    throw new PlanInputError(
      'blueprint',
      `is not a valid blueprint: ${first.join('; ')}${more}. Use getBlueprint() or parseBlueprint()`,
    );
  }
  return result.blueprint;
}

/** The day number of an ISO date, or a PlanInputError naming the field. */
export function readDate(value: unknown, field: string): number {
  const day = parseIsoDate(value);
  if (day === undefined) {
    throw new PlanInputError(
      field,
      `must be a real date written YYYY-MM-DD, e.g. 2027-03-15; got ${show(value)}`,
    );
  }
  return day;
}

function readMinutes(value: unknown, field: string): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > MAX_DAY_MINUTES
  ) {
    throw new PlanInputError(
      field,
      `must be whole minutes from 0 to ${MAX_DAY_MINUTES} (16 hours); got ${show(value)}`,
    );
  }
  return value;
}

export function readAvailability(value: unknown, field = 'availability'): Record<Weekday, number> {
  if (typeof value === 'number') {
    const minutes = readMinutes(value, field);
    return Object.fromEntries(WEEKDAYS.map((d) => [d, minutes])) as Record<Weekday, number>;
  }
  const record = requireRecord(
    value,
    field,
    'minutes per day (a number) or per weekday, e.g. { mon: 60, sat: 120 }',
  );
  for (const key of ownKeys(record, field)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      throw new PlanInputError(`${field}.${key}`, `is not a weekday; use ${WEEKDAYS.join(', ')}`);
    }
  }
  const result = {} as Record<Weekday, number>;
  for (const day of WEEKDAYS) {
    const minutes = readField(record, day, `${field}.${day}`);
    result[day] = minutes === undefined ? 0 : readMinutes(minutes, `${field}.${day}`);
  }
  return result;
}

export function readMastery(value: unknown, blueprint: Blueprint, field = 'mastery'): Mastery {
  if (value === undefined || value === null) return {};
  const record = requireRecord(value, field, 'an object of domain id -> number from 0 to 1');
  const ids = blueprint.domains.map((d) => d.id);
  const result: Record<string, number> = {};
  for (const key of ownKeys(record, field)) {
    if (!ids.includes(key)) {
      throw new PlanInputError(
        `${field}.${key}`,
        `is not a domain of ${blueprintRef(blueprint)}; its domains are ${ids.join(', ')}`,
      );
    }
    const m = readField(record, key, `${field}.${key}`);
    if (typeof m !== 'number' || !Number.isFinite(m) || m < 0 || m > 1) {
      throw new PlanInputError(
        `${field}.${key}`,
        `must be a number from 0 to 1 (estimated accuracy); got ${show(m)}`,
      );
    }
    result[key] = m;
  }
  // Blueprint order, so equal inputs serialise equally.
  return Object.fromEntries(
    ids.filter((id) => Object.hasOwn(result, id)).map((id) => [id, result[id]!]),
  );
}

export function readLambda(value: unknown): number {
  if (value === undefined) return DEFAULT_LAMBDA;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_LAMBDA) {
    throw new PlanInputError(
      'lambda',
      `must be a number from 0 to ${MAX_LAMBDA} (default ${DEFAULT_LAMBDA}); got ${show(value)}`,
    );
  }
  return value;
}

export function readBlockMinutes(value: unknown): number {
  if (value === undefined) return DEFAULT_BLOCK_MINUTES;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < MIN_BLOCK ||
    value > MAX_BLOCK
  ) {
    throw new PlanInputError(
      'blockMinutes',
      `must be whole minutes from ${MIN_BLOCK} to ${MAX_BLOCK} (default ${DEFAULT_BLOCK_MINUTES}); got ${show(value)}`,
    );
  }
  return value;
}

export interface DayRange {
  readonly from: number;
  readonly to: number;
}

export function readPauses(value: unknown): { pauses: Pause[]; ranges: DayRange[] } {
  if (value === undefined || value === null) return { pauses: [], ranges: [] };
  if (!Array.isArray(value)) {
    throw new PlanInputError('pauses', `must be a list of { from, to } dates; got ${show(value)}`);
  }
  const pauses: Pause[] = [];
  const ranges: DayRange[] = [];
  value.forEach((item, i) => {
    const field = `pauses[${i}]`;
    const record = requireRecord(item, field, '{ from, to } with dates written YYYY-MM-DD');
    const fromValue = readField(record, 'from', `${field}.from`);
    const toValue = readField(record, 'to', `${field}.to`);
    const from = readDate(fromValue, `${field}.from`);
    const to = readDate(toValue, `${field}.to`);
    if (to < from)
      throw new PlanInputError(field, 'ends (to) before it starts (from); swap the two dates');
    pauses.push({ from: fromValue as string, to: toValue as string });
    ranges.push({ from, to });
  });
  return { pauses, ranges };
}
