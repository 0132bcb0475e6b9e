/**
 * The stable identifiers of expected failures. Front ends branch on `code`
 * and show `message` (and the hint for their medium) as it is.
 */
export type StudyErrorCode =
  | 'learner-not-found'
  | 'no-active-plan'
  | 'plan-exists'
  | 'plan-not-found'
  | 'task-not-found'
  | 'not-your-task'
  | 'ambiguous-task'
  | 'quiz-running-in-channel'
  | 'quiz-not-found'
  | 'quiz-finished'
  | 'not-your-quiz'
  | 'no-questions'
  | 'unknown-exam'
  | 'unknown-domain'
  | 'invalid-date'
  | 'date-in-past'
  | 'invalid-timezone'
  | 'invalid-time'
  | 'invalid-minutes'
  | 'invalid-days'
  | 'invalid-input'
  | 'progress-private'
  | 'question-bank-invalid'
  | 'conflict'
  | 'database-unavailable'
  | 'database-locked';

/** Extra words for one front end: what to type or click next. */
export interface StudyErrorHints {
  /** For the Discord bot, e.g. "Create one with /plan create." */
  readonly discord?: string;
  /** For the terminal program, e.g. "Create one with `certpace plan create --exam AI-103 ...`." */
  readonly cli?: string;
}

export interface StudyErrorOptions {
  /** The input at fault (`examDate`, `minutes`, `domains.nlp`, ...). */
  readonly field?: string;
  readonly hints?: StudyErrorHints;
  readonly cause?: unknown;
}

/**
 * An expected failure of a use case: bad input, not found, not yours. The
 * message is one sentence or two a person can act on, worded for any front
 * end; `hints` add the command to use in a given medium.
 */
export class StudyError extends Error {
  override readonly name = 'StudyError';
  readonly code: StudyErrorCode;
  readonly field?: string;
  readonly hints: StudyErrorHints;

  constructor(code: StudyErrorCode, message: string, options: StudyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.field !== undefined) this.field = options.field;
    this.hints = options.hints ?? {};
  }

  /** The message followed by the hint for one front end, when there is one. */
  describe(medium: keyof StudyErrorHints): string {
    const hint = this.hints[medium];
    return hint ? `${this.message} ${hint}` : this.message;
  }
}

export function isStudyError(error: unknown, code?: StudyErrorCode): error is StudyError {
  return error instanceof StudyError && (code === undefined || error.code === code);
}
