import { blueprintRef } from '../blueprint/types.js';
import { addYears, formatIsoDate, weekdayOf } from '../dates/isoDate.js';
import { PlanInputError } from './PlanInputError.js';
import {
  type DayRange,
  readAvailability,
  readBlockMinutes,
  readBlueprint,
  readDate,
  readField,
  readLambda,
  readMastery,
  readPauses,
  requireRecord,
} from './readInput.js';
import type { PlanInput } from './types.js';

/** A checked plan input plus the day numbers the scheduler works in. */
export interface ResolvedInput {
  readonly input: PlanInput;
  readonly startDay: number;
  readonly examDay: number;
  readonly pauseRanges: readonly DayRange[];
}

const MAX_YEARS = 3;

export function checkExamDate(startDay: number, examDay: number, startField = 'start'): void {
  if (examDay <= startDay) {
    throw new PlanInputError(
      'examDate',
      `${formatIsoDate(examDay)} is not after ${startField} ${formatIsoDate(startDay)}; choose an exam date after the first day of study`,
    );
  }
  const latest = addYears(startDay, MAX_YEARS);
  if (examDay > latest) {
    throw new PlanInputError(
      'examDate',
      `${formatIsoDate(examDay)} is more than three years after ${startField} ${formatIsoDate(startDay)}; choose a date up to ${formatIsoDate(latest)}`,
    );
  }
}

/** Reads and checks buildPlan's options; throws PlanInputError naming the first bad field. */
export function resolveInput(options: unknown): ResolvedInput {
  const record = requireRecord(
    options,
    'options',
    'an object { blueprint, start, examDate, availability, ... }',
  );
  const field = (key: string) => readField(record, key, key);
  const blueprint = readBlueprint(field('blueprint'));
  const start = field('start');
  const examDate = field('examDate');
  const startDay = readDate(start, 'start');
  const examDay = readDate(examDate, 'examDate');
  checkExamDate(startDay, examDay);
  const availability = readAvailability(field('availability'));
  const mastery = readMastery(field('mastery'), blueprint);
  const lambda = readLambda(field('lambda'));
  const blockMinutes = readBlockMinutes(field('blockMinutes'));
  const { pauses, ranges } = readPauses(field('pauses'));
  return {
    input: {
      blueprint,
      start: start as string,
      examDate: examDate as string,
      availability,
      mastery,
      lambda,
      blockMinutes,
      pauses,
    },
    startDay,
    examDay,
    pauseRanges: ranges,
  };
}

/** Whole blocks of study on a day: its weekday's minutes rounded down, 0 inside a pause. */
export function blocksOn(resolved: ResolvedInput, day: number): number {
  if (resolved.pauseRanges.some((r) => day >= r.from && day <= r.to)) return 0;
  return Math.floor(resolved.input.availability[weekdayOf(day)] / resolved.input.blockMinutes);
}

export function noStudyTime(resolved: ResolvedInput, from: string): PlanInputError {
  const { blockMinutes, examDate } = resolved.input;
  return new PlanInputError(
    'availability',
    `leaves no study time from ${from} to the day before ${examDate}: every day is a rest day, paused, or under one ${blockMinutes}-minute block; give some days at least ${blockMinutes} minutes`,
  );
}

export function retiredWarning(resolved: ResolvedInput): string | undefined {
  const { blueprint, examDate, start } = resolved.input;
  if (blueprint.retiresOn === undefined || examDate <= blueprint.retiresOn) return undefined;
  const verb = start > blueprint.retiresOn ? 'retired' : 'retires';
  const successor = blueprint.successor
    ? ` Its successor is ${blueprint.successor}; consider planning for it.`
    : '';
  return `${blueprintRef(blueprint)} ${verb} on ${blueprint.retiresOn}, before your exam date ${examDate}.${successor} The plan is made anyway: what you learn carries over.`;
}
