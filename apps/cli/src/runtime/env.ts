import { UsageError } from '../errors/CliError.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** What the program reads from the environment, read once here and passed down. */
export interface CliEnv {
  /** CERTPACE_USER: the local user to act as. */
  readonly user: string | undefined;
  /**
   * CERTPACE_NOW: for tests only. The program starts its clock at this
   * instant (ISO 8601) and lets it run from there, so dates are fixed and
   * timers still tick.
   */
  readonly now: Date | undefined;
  /** CERTPACE_DEBUG=1: unexpected errors print their stack trace. */
  readonly debug: boolean;
  /** The whole environment, for the colour decision and the database (DATABASE_URL, CERTPACE_DATA_DIR). */
  readonly vars: Env;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function readCliEnv(env: Env): CliEnv {
  const rawNow = env.CERTPACE_NOW?.trim();
  let now: Date | undefined;
  if (rawNow) {
    now = new Date(rawNow);
    if (!ISO_INSTANT.test(rawNow) || Number.isNaN(now.getTime())) {
      throw new UsageError(
        `CERTPACE_NOW must be an ISO instant such as 2027-02-01T08:00:00Z (got "${rawNow}"); it is meant for tests: unset it.`,
      );
    }
  }
  const debug = env.CERTPACE_DEBUG?.trim();
  return {
    user: env.CERTPACE_USER?.trim() || undefined,
    now,
    debug: debug !== undefined && debug !== '' && debug !== '0' && debug !== 'false',
    vars: env,
  };
}
