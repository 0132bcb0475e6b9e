import { blueprints } from '@certpace/core';
import type { StudyDeps } from '../deps.js';
import { parseTimezone } from '../parse/parseDates.js';
import { localToday } from '../time/localTime.js';
import { type ExamView, examView, resolveExam } from './resolveExam.js';

/**
 * The shipped exams, newest outline first, retired ones marked as of today in
 * `timezone` (default UTC). No database needed.
 */
export function listExams(
  deps: Pick<StudyDeps, 'clock'>,
  options: { timezone?: string } = {},
): ExamView[] {
  const today = localToday(parseTimezone(options.timezone ?? 'UTC'), deps.clock());
  return [...blueprints]
    .sort((a, b) =>
      a.version === b.version ? a.code.localeCompare(b.code) : a.version < b.version ? 1 : -1,
    )
    .map((b) => examView(b, today));
}

/** One exam's outline: domains, weights, shares and resources. Throws `unknown-exam`. */
export function getExam(
  deps: Pick<StudyDeps, 'clock'>,
  input: { exam?: string; timezone?: string } = {},
): ExamView {
  const today = localToday(parseTimezone(input.timezone ?? 'UTC'), deps.clock());
  return examView(resolveExam(input.exam, today), today);
}
