import { userInfo } from 'node:os';
import { UsageError } from '../errors/CliError.js';
import type { Env } from './env.js';

export interface LocalUser {
  /** The learner's key in the database (`localUserKey`). */
  readonly key: string;
  readonly displayName: string;
}

const MAX_KEY = 100;

function loginName(env: Env): string {
  try {
    return userInfo().username;
  } catch {
    // Some containers run as a uid without a passwd entry.
    return env.USER ?? env.USERNAME ?? 'local';
  }
}

/** Who is studying: --user, else CERTPACE_USER, else the login name. */
export function resolveLocalUser(
  flag: string | undefined,
  envUser: string | undefined,
  env: Env,
): LocalUser {
  const chosen = (flag ?? envUser ?? loginName(env)).trim();
  if (chosen === '' || chosen.length > MAX_KEY) {
    throw new UsageError(`--user must be a name of 1 to ${MAX_KEY} characters.`);
  }
  return { key: chosen, displayName: chosen };
}
