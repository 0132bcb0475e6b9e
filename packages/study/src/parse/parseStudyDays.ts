import { WEEKDAYS, type Weekday } from '@certpace/db';
import { StudyError } from '../errors/StudyError.js';

const NAMES: Readonly<Record<string, Weekday>> = {
  mon: 'mon',
  monday: 'mon',
  tue: 'tue',
  tues: 'tue',
  tuesday: 'tue',
  wed: 'wed',
  weds: 'wed',
  wednesday: 'wed',
  thu: 'thu',
  thur: 'thu',
  thurs: 'thu',
  thursday: 'thu',
  fri: 'fri',
  friday: 'fri',
  sat: 'sat',
  saturday: 'sat',
  sun: 'sun',
  sunday: 'sun',
};

const GROUPS: Readonly<Record<string, readonly Weekday[]>> = {
  daily: WEEKDAYS,
  everyday: WEEKDAYS,
  'every day': WEEKDAYS,
  all: WEEKDAYS,
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  weekends: ['sat', 'sun'],
  weekend: ['sat', 'sun'],
};

function invalid(text: string, part: string): StudyError {
  return new StudyError(
    'invalid-days',
    `Study days: "${part}" in "${text}" is not a weekday. Write days like mon-fri, mon,wed,sat or sat-sun (mon tue wed thu fri sat sun).`,
    { field: 'days' },
  );
}

function day(text: string, part: string): Weekday {
  const found = NAMES[part.trim()];
  if (!found) throw invalid(text, part.trim());
  return found;
}

/**
 * The weekdays a text names, in week order: `mon-fri`, `mon,wed,sat`,
 * `sat-sun`, a wrapping range such as `fri-mon`, full names, `weekdays`,
 * `weekends` or `daily`. Case and spaces do not matter. Shared by every front
 * end so `days` means the same everywhere.
 */
export function parseStudyDays(text: string): Weekday[] {
  const normalised = text
    .trim()
    .toLowerCase()
    .replace(/\s*([,-])\s*/g, '$1');
  if (normalised === '') throw invalid(text, text);
  const group = GROUPS[normalised];
  if (group) return [...group];
  const chosen = new Set<Weekday>();
  for (const part of normalised.split(/[,\s]+/)) {
    if (part === '') continue;
    const range = part.split('-');
    if (range.length === 1) {
      const named = GROUPS[part];
      for (const d of named ?? [day(text, part)]) chosen.add(d);
      continue;
    }
    if (range.length !== 2) throw invalid(text, part);
    const from = WEEKDAYS.indexOf(day(text, range[0]!));
    const to = WEEKDAYS.indexOf(day(text, range[1]!));
    // A range may wrap round the week end: fri-mon is fri, sat, sun, mon.
    for (let i = from; ; i = (i + 1) % 7) {
      chosen.add(WEEKDAYS[i]!);
      if (i === to) break;
    }
  }
  return WEEKDAYS.filter((d) => chosen.has(d));
}
