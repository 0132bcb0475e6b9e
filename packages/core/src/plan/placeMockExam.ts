import type { Blueprint } from '../blueprint/types.js';
import { formatIsoDate } from '../dates/isoDate.js';
import { largestRemainder } from './apportion.js';

/** The mock goes in the last two weeks before the exam... */
const WINDOW_DAYS = 14;
/** ...as close as it can to a week before, leaving a week to work on what it shows. */
const TARGET_DAYS_BEFORE = 7;

export interface MockSitting {
  /** Index into the days given. */
  readonly dayIndex: number;
  readonly part: number;
  readonly parts: number;
  readonly questions: number;
  /** Timed answering minutes of this sitting. */
  readonly minutes: number;
  /** Whole blocks it takes from its day. */
  readonly blocks: number;
}

export interface MockPlacement {
  readonly sittings: readonly MockSitting[];
  readonly warning?: string;
}

export interface MockArgs {
  readonly blueprint: Blueprint;
  readonly blockMinutes: number;
  /** Day numbers, in order. */
  readonly days: readonly number[];
  /** Free blocks per day. */
  readonly free: readonly number[];
  /** Day indices that may hold a sitting (study days other than the light last one), in order. */
  readonly eligible: readonly number[];
  readonly examDay: number;
  /** The most blocks the mock may take, so it never crowds out study. */
  readonly budget: number;
}

interface Split {
  readonly questions: number[];
  readonly minutes: number[];
  readonly blocks: number[];
}

/** The exam cut into `parts` timed sittings: questions as even as can be, time in proportion. */
function split(blueprint: Blueprint, blockMinutes: number, parts: number): Split {
  const base = Math.floor(blueprint.questionCount / parts);
  const extra = blueprint.questionCount % parts;
  const questions = Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
  const minutes = largestRemainder(questions, blueprint.durationMinutes);
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
  return s.blocks.map((blocks, j) => ({
    dayIndex: args.eligible[start + j]!,
    part: j + 1,
    parts: s.blocks.length,
    questions: s.questions[j]!,
    minutes: s.minutes[j]!,
    blocks,
  }));
}

/**
 * Places at least one full timed mock exam: on the day in the last two weeks
 * with room for it nearest to a week before the exam (ties to the earlier
 * day); failing that, split into the fewest timed parts that fit on
 * consecutive study days there; failing that, as late as it fits before the
 * window. Each fallback says why in `warning`.
 */
export function placeMockExam(args: MockArgs): MockPlacement {
  const { blueprint, blockMinutes, days, examDay } = args;
  const exam = `${blueprint.questionCount} questions in ${blueprint.durationMinutes} minutes`;
  const maxParts = Math.min(blueprint.questionCount, args.eligible.length);
  const target = examDay - TARGET_DAYS_BEFORE;
  for (const inWindow of [true, false]) {
    for (let parts = 1; parts <= maxParts; parts += 1) {
      const s = split(blueprint, blockMinutes, parts);
      if (s.blocks.reduce((sum, b) => sum + b, 0) > args.budget) break;
      const starts = fittingRuns(args, s, inWindow);
      if (starts.length === 0) continue;
      const distance = (start: number) => Math.abs(days[args.eligible[start]!]! - target);
      const best = inWindow
        ? starts.reduce((a, b) => (distance(b) < distance(a) ? b : a))
        : starts[starts.length - 1]!;
      const placed = sittings(args, s, best);
      const dates = placed.map((p) => formatIsoDate(days[p.dayIndex]!));
      if (inWindow && parts === 1) return { sittings: placed };
      const warning = inWindow
        ? `No study day in the last two weeks has room for the full mock exam (${exam}), so it is split into ${parts} timed parts on consecutive study days (${dates.join(', ')}). Give one day ${blueprint.durationMinutes} minutes to sit it in one go.`
        : `No study day in the last two weeks has room for the mock exam (${exam}), so it is planned ${parts === 1 ? `on ${dates[0]}` : `in ${parts} timed parts on consecutive study days (${dates.join(', ')})`}, earlier than two weeks before the exam. Keep time in the last two weeks to sit it closer to the exam.`;
      return { sittings: placed, warning };
    }
  }
  return {
    sittings: [],
    warning: `This plan has no room for a timed mock exam (${exam}) besides study; practise pacing with timed quizzes, or add time.`,
  };
}
