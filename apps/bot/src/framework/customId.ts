import { LIMITS } from '../messages/limits.js';

/**
 * What a button, select menu or modal carries in its custom id:
 * `<feature>:<action>:<owner>:<args...>`, at most 100 characters.
 *
 * - `feature` routes to the command that owns the component (its name);
 * - `action` says what to do there;
 * - `owner` is the user id the component belongs to, or `*` for anyone;
 * - `args` are short strings (ids, refs); `:` and `%` inside them are escaped.
 *
 * Custom ids come back from Discord as the client sent them, so anyone who
 * can click can also forge one. They are not signed; what keeps a forged id
 * from acting on someone else's data is that (1) the dispatcher refuses a
 * component whose owner is not the clicking user, and (2) handlers look their
 * data up by the clicking user's id (never by the id in `args` alone), so an
 * id naming another learner's task finds nothing.
 */
export interface CustomId {
  readonly feature: string;
  readonly action: string;
  /** The Discord user id the component belongs to; absent when anyone may use it. */
  readonly owner?: string;
  readonly args: readonly string[];
}

const NAME = /^[a-z][a-z0-9-]{0,31}$/;
const OWNER = /^\d{17,20}$/;
const ANYONE = '*';

/** A custom id that cannot be built: a programming error, caught by tests. */
export class CustomIdError extends Error {
  override readonly name = 'CustomIdError';
}

function escapeArg(arg: string): string {
  return arg.replaceAll('%', '%25').replaceAll(':', '%3A');
}

function unescapeArg(arg: string): string {
  return arg.replaceAll('%3A', ':').replaceAll('%25', '%');
}

/** Builds a custom id; throws `CustomIdError` when a part is malformed or the whole is over 100. */
export function encodeCustomId(id: CustomId): string {
  if (!NAME.test(id.feature)) throw new CustomIdError(`bad feature "${id.feature}"`);
  if (!NAME.test(id.action)) throw new CustomIdError(`bad action "${id.action}"`);
  if (id.owner !== undefined && !OWNER.test(id.owner)) {
    throw new CustomIdError(`bad owner "${id.owner}": a Discord user id`);
  }
  const parts = [id.feature, id.action, id.owner ?? ANYONE, ...id.args.map(escapeArg)];
  const encoded = parts.join(':');
  if (encoded.length > LIMITS.customId) {
    throw new CustomIdError(
      `custom id is ${encoded.length} characters (at most ${LIMITS.customId}): ${encoded.slice(0, 40)}…`,
    );
  }
  return encoded;
}

/** Reads a custom id; `undefined` for anything this bot did not make (or a malformed forgery). */
export function decodeCustomId(value: string): CustomId | undefined {
  if (value.length > LIMITS.customId) return undefined;
  const [feature, action, owner, ...args] = value.split(':');
  if (feature === undefined || action === undefined || owner === undefined) return undefined;
  if (!NAME.test(feature) || !NAME.test(action)) return undefined;
  if (owner !== ANYONE && !OWNER.test(owner)) return undefined;
  return {
    feature,
    action,
    ...(owner === ANYONE ? {} : { owner }),
    args: args.map(unescapeArg),
  };
}

/** Characters left for args after `<feature>:<action>:<owner>:`, for callers sizing their data. */
export function argBudget(feature: string, action: string, owner?: string): number {
  return LIMITS.customId - [feature, action, owner ?? ANYONE, ''].join(':').length;
}
