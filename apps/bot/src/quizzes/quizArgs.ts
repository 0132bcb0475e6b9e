import type { CustomId } from '../framework/customId.js';
import { STALE_COMPONENT } from '../framework/dispatcher.js';
import { UserError } from '../framework/UserError.js';
import { quizIdFromKey } from './quizKey.js';

/**
 * The quiz a component belongs to, and the rest of its args. A custom id
 * that does not carry a quiz key (an old or forged one) is a stale button.
 */
export function quizArgs(id: CustomId): {
  readonly quizId: string;
  readonly rest: readonly string[];
} {
  const [key, ...rest] = id.args;
  const quizId = quizIdFromKey(key);
  if (!quizId) throw new UserError('STALE_COMPONENT', STALE_COMPONENT);
  return { quizId, rest };
}

/** The arg at `index` of a quiz component, or a stale-button error. */
export function requiredArg(rest: readonly string[], index: number): string {
  const value = rest[index];
  if (value === undefined || value === '') throw new UserError('STALE_COMPONENT', STALE_COMPONENT);
  return value;
}
