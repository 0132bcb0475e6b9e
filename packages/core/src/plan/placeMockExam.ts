import { formatIsoDate } from '../dates/isoDate.js';
import { largestRemainder } from './apportion.js';

/** The mock goes in the last two weeks before the exam... */
const WINDOW_DAYS = 14;
/** ...as close as it can to a week before, leaving a week to work on what it shows. */
const TARGET_DAYS_BEFORE = 7;

export interface MockSitting {
  /** Index into the days given. */
  readonly dayIndex: number;
  /** Numbered after the parts already sat. */
  readonly part: number;
  /** All the parts of the mock, those already sat included. */
  readonly parts: number;
  readonly questions: number;
  /** Timed answering minutes of this sitting. */
  readonly minutes: number;
  /** Whole blocks it takes from its day. */
  readonly blocks: number;
}

export interface MockPlacement {
  readonly sittings: readonly MockSitting[];
  readonly warnings: readonly string[];
}

/** What is left to sit of the mock: all of it, or the rest of a split mock partly sat. */
export interface MockToSit {
  readonly questions: number;
  readonly minutes: number;
  /** Parts of it already sat (done), 0 for a whole mock. */
  readonly partsDone: number;
}

export interface MockArgs {
  readonly blockMinutes: number;
  readonly mock: MockToSit;
  /** Day numbers, in order. */
  readonly days: readonly number[];
  /** Free blocks per day. */
  readonly free: readonly number[];
  /** Day indices that may hold a sitting (study days other than the light last one), in order. */
  readonly eligible: readonly number[];
  readonly examDay: number;
  /** All the blocks of study time the days hold: past half of them, the mock is heavy and a warning says so. */
  readonly studyBlocks: number;
}

interface Split {
  readonly questions: number[];
  readonly minutes: number[];
  readonly blocks: number[];
}

/** The mock cut into `parts` timed sittings: questions as even as can be, time in proportion. */
function split(mock: MockToSit, blockMinutes: number, parts: number): Split {
  const base = Math.floor(mock.questions / parts);
  const extra = mock.questions % parts;
  const questions = Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
  const minutes = largestRemainder(questions, mock.minutes);
  return { questions, minutes, blocks: minutes.map((m) => Math.ceil(m / blockMinutes)) };
}

/** Starting positions (into `eligible`) of runs of consecutive study days that can hold the parts. */
function fittingRuns(args: MockArgs, s: Split, inWindow: boolean): number[] {
  const { eligible, free, days, examDay } = args;
  const k = s.blocks.length;
  const starts: number[] = [];
  for (let start = 0; start + k <= eligible.length; start += 1) {
    let fits = true;
    for (let j = 0; j < k && fits; j += 1) {
      const dayIndex = eligible[start + j]!;
      fits =
        free[dayIndex]! >= s.blocks[j]! && (!inWindow || days[dayIndex]! >= examDay - WINDOW_DAYS);
    }
    if (fits) starts.push(start);
  }
  return starts;
}

function sittings(args: MockArgs, s: Split, start: number): MockSitting[] {
  const { partsDone } = args.mock;
  return s.blocks.map((blocks, j) => ({
    dayIndex: args.eligible[start + j]!,
    part: partsDone + j + 1,
    parts: partsDone + s.blocks.length,
    questions: s.questions[j]!,
    minutes: s.minutes[j]!,
    blocks,
  }));
}

function mockName(args: MockArgs): string {
  const { mock } = args;
  return mock.partsDone === 0
    ? `the full mock exam (${mock.questions} questions in ${mock.minutes} minutes)`
    : `the rest of the mock exam (${mock.questions} questions in ${mock.minutes} minutes, after the ${mock.partsDone} ${mock.partsDone === 1 ? 'part' : 'parts'} you sat)`;
}

/** Said when the mock fits only by taking more than half of the study time: kept, since it is required. */
function heavyWarning(args: MockArgs, blocks: number): string | undefined {
  if (blocks * 2 <= args.studyBlocks) return undefined;
  const { blockMinutes } = args;
  return `Sitting ${mockName(args)} takes more than half of the study time left before the exam (${blocks * blockMinutes} of ${args.studyBlocks * blockMinutes} minutes). It stays in the plan because timed practice is what trains your pacing; add minutes to your study days or move the exam date later to make room for study.`;
}

function droppedWarning(args: MockArgs, maxParts: number): string {
  const what = mockName(args);
  const fix =
    'It is left out of the plan: add minutes to your study days or move the exam date later to sit it, and until then practise pacing with timed quizzes.';
  if (maxParts === 0)
    return `This plan has no study day for ${what} besides the light last day. ${fix}`;
  const fewest = split(args.mock, args.blockMinutes, maxParts);
  // The room a sitting takes is whole blocks, so that is what a day must hold.
  const longest = Math.max(...fewest.blocks) * args.blockMinutes;
  const how =
    maxParts === 1
      ? `it needs a study day of ${longest} minutes`
      : `even split into ${maxParts} timed parts on consecutive study days, a part needs a study day of ${longest} minutes`;
  return `There is no room for ${what}: ${how}. ${fix}`;
}

/**
 * Places the mock (or what is left of it): whole on the day in the last two
 * weeks with room for it nearest to a week before the exam (ties to the
 * earlier day); failing that, split into the fewest timed parts that fit on
 * consecutive study days there; failing that, as late as it fits before the
 * window. The mock is required, so it is kept even when it takes most of the
 * study time (a warning says so); it is left out only when no split fits.
 */
export function placeMockExam(args: MockArgs): MockPlacement {
  const { blockMinutes, days, examDay, mock } = args;
  if (mock.questions <= 0) return { sittings: [], warnings: [] };
  const maxParts = Math.min(mock.questions, args.eligible.length);
  const target = examDay - TARGET_DAYS_BEFORE;
  const what = mockName(args);
  for (const inWindow of [true, false]) {
    for (let parts = 1; parts <= maxParts; parts += 1) {
      const s = split(mock, blockMinutes, parts);
      const starts = fittingRuns(args, s, inWindow);
      if (starts.length === 0) continue;
      const distance = (start: number) => Math.abs(days[args.eligible[start]!]! - target);
      const best = inWindow
        ? starts.reduce((a, b) => (distance(b) < distance(a) ? b : a))
        : starts[starts.length - 1]!;
      const placed = sittings(args, s, best);
      const dates = placed.map((p) => formatIsoDate(days[p.dayIndex]!));
      const warnings: string[] = [];
      if (!inWindow) {
        warnings.push(
          `No study day in the last two weeks has room for ${what}, so it is planned ${parts === 1 ? `on ${dates[0]}` : `in ${parts} timed parts on consecutive study days (${dates.join(', ')})`}, earlier than two weeks before the exam. Keep time in the last two weeks to sit it closer to the exam.`,
        );
      } else if (parts > 1) {
        warnings.push(
          `No study day in the last two weeks has room for ${what}, so it is split into ${parts} timed parts on consecutive study days (${dates.join(', ')}). Give one day ${mock.minutes} minutes to sit it in one go.`,
        );
      }
      const heavy = heavyWarning(
        args,
        s.blocks.reduce((sum, b) => sum + b, 0),
      );
      if (heavy) warnings.push(heavy);
      return { sittings: placed, warnings };
    }
  }
  return { sittings: [], warnings: [droppedWarning(args, maxParts)] };
}
