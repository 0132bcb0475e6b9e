import { BlueprintError, PlanInputError } from '@certpace/core';
import { CertpaceDbError } from '@certpace/db';
import { isStudyError, type StudyErrorCode } from '@certpace/study';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './CliError.js';

/** StudyError codes that mean "what you typed is wrong": exit 2, like any other usage error. */
const USAGE_CODES: ReadonlySet<StudyErrorCode> = new Set<StudyErrorCode>([
  'unknown-exam',
  'unknown-domain',
  'invalid-date',
  'date-in-past',
  'invalid-timezone',
  'invalid-time',
  'invalid-minutes',
  'invalid-days',
  'invalid-input',
]);

export interface Described {
  /** One line for stderr. */
  readonly message: string;
  readonly exitCode: number;
  /** False for bugs: the line then says how to see the details. */
  readonly expected: boolean;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The one place where failures become what the learner reads: one line and
 * an exit code. Expected failures say what to do; anything else is a bug,
 * reported without a stack trace unless CERTPACE_DEBUG asks for it.
 */
export function describeError(error: unknown): Described {
  if (error instanceof CliError) {
    return { message: oneLine(error.message), exitCode: error.exitCode, expected: true };
  }
  if (isStudyError(error)) {
    return {
      message: oneLine(error.describe('cli')),
      exitCode: USAGE_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILURE,
      expected: true,
    };
  }
  // Study translates these; they are kept here for the calls the CLI makes to core directly.
  if (error instanceof PlanInputError || error instanceof BlueprintError) {
    return { message: oneLine(error.message), exitCode: EXIT_USAGE, expected: true };
  }
  if (error instanceof CertpaceDbError) {
    return { message: oneLine(error.message), exitCode: EXIT_FAILURE, expected: true };
  }
  const detail = error instanceof Error ? oneLine(error.message) : oneLine(String(error));
  return {
    message: `certpace failed unexpectedly${detail ? `: ${detail}` : ''}. Run with CERTPACE_DEBUG=1 for details.`,
    exitCode: EXIT_FAILURE,
    expected: false,
  };
}
