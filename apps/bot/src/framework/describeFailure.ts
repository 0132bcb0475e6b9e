import { isStudyError } from '@certpace/study';
import { UserError } from './UserError.js';

/** What the person is told about a failure, and whether it was expected. */
export type FailureReply =
  | { readonly expected: true; readonly code: string; readonly message: string }
  | { readonly expected: false; readonly message: string };

export const APOLOGY =
  'Sorry, something went wrong on my side while handling that. It has been logged; please try again in a moment.';

// Typed errors of the study and db packages: `code` in SCREAMING_SNAKE_CASE
// and a message written for people. Node's own errors (ERR_*, E* with errno
// or syscall) and driver errors (SQLSTATE digits) look different and are not
// meant for users.
const DOMAIN_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{3,}$/;

function isDomainError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  if (typeof code !== 'string' || !DOMAIN_CODE.test(code) || code.startsWith('ERR_')) return false;
  if (code.endsWith('_ERR')) return false;
  return !('errno' in error) && !('syscall' in error) && error.message.trim().length > 0;
}

/** Sorts a thrown value into a friendly expected-failure message or the apology. */
export function describeFailure(error: unknown): FailureReply {
  if (error instanceof UserError)
    return { expected: true, code: error.code, message: error.message };
  // Study's codes are kebab-case (`no-active-plan`); its hint for Discord names the command to use.
  if (isStudyError(error))
    return { expected: true, code: error.code, message: error.describe('discord') };
  if (isDomainError(error)) return { expected: true, code: error.code, message: error.message };
  return { expected: false, message: APOLOGY };
}
