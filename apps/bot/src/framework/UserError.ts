/**
 * An expected failure the person can act on: bad input, not found, not
 * yours, wrong place. The dispatcher turns it into a short private reply; it
 * is not logged as an error.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    /** A stable identifier, e.g. `EXAM_UNKNOWN`, for tests and logs. */
    readonly code: string,
    /** What the person reads: what went wrong and what to do. */
    message: string,
    /** Extra facts for the log line (never shown to the person). */
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}
