const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY = /^[A-Za-z0-9_-]{22}$/;

/**
 * A quiz id (a uuid, 36 characters) as 22 base64url characters, so a custom id
 * keeps room for the question id and the owner within Discord's 100.
 */
export function quizKey(quizId: string): string {
  if (!UUID.test(quizId)) throw new RangeError(`"${quizId}" is not a quiz id (a uuid)`);
  return Buffer.from(quizId.replaceAll('-', ''), 'hex').toString('base64url');
}

/** The quiz id a key stands for; undefined for anything that is not a key (a forged custom id). */
export function quizIdFromKey(key: string | undefined): string | undefined {
  if (key === undefined || !KEY.test(key)) return undefined;
  const hex = Buffer.from(key, 'base64url').toString('hex');
  if (hex.length !== 32) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
