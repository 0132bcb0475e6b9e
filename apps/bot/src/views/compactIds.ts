/**
 * Short forms of ids for custom ids and nonces, which Discord caps at 100
 * and 25 characters: a UUID's 16 bytes in base64url are 22 characters.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMPACT = /^[A-Za-z0-9_-]{22}$/;

/** A UUID as 22 base64url characters; throws for anything that is not a UUID. */
export function compactUuid(uuid: string): string {
  if (!UUID.test(uuid)) throw new RangeError(`not a UUID: ${uuid}`);
  return Buffer.from(uuid.replaceAll('-', ''), 'hex').toString('base64url');
}

/** The UUID behind `compactUuid`'s output; undefined for anything else (a forged custom id). */
export function expandUuid(compact: string): string | undefined {
  if (!COMPACT.test(compact)) return undefined;
  const hex = Buffer.from(compact, 'base64url').toString('hex');
  if (hex.length !== 32) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A plan task id in fewer characters of a custom id: the planner's ids use
 * `:` (`2026-05-04:learn:nlp`), which the custom id codec would escape to
 * three characters each, so they become `.`, which planner ids never hold.
 */
export function taskKey(taskId: string): string {
  // An id that already holds a `.` (not the planner's) is kept whole behind a `!`.
  return taskId.includes('.') || taskId.startsWith('!')
    ? `!${taskId}`
    : taskId.replaceAll(':', '.');
}

export function taskIdFromKey(key: string): string {
  return key.startsWith('!') ? key.slice(1) : key.replaceAll('.', ':');
}
