/** Exit codes: 2 when what was typed is wrong (fix the command), 1 when it could not be done. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT, as shells report a Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

/** An expected failure of the terminal program itself, shown as one line. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

/** The command line is wrong: an unknown command or option, a missing or malformed value. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

/** The learner pressed Ctrl-C. */
export class InterruptedError extends CliError {
  override readonly name = 'InterruptedError';
  constructor(message = 'Interrupted.') {
    super(message, EXIT_INTERRUPTED);
  }
}
