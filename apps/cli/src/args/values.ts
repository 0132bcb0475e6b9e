import { UsageError } from '../errors/CliError.js';

/** A whole number of minutes from an option; "60" yes, "an hour" or "1.5" no. */
export function parseWholeNumber(value: string, flag: string, example: string): number {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) {
    throw new UsageError(
      `${flag} must be a whole number, such as ${flag} ${example} (got "${value}").`,
    );
  }
  return Number(trimmed);
}

/** A number such as 0.4 or 65, for ratings and scores. */
export function parseNumber(value: string, what: string): number {
  const trimmed = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) {
    throw new UsageError(`${what} must be a number (got "${value}").`);
  }
  return Number(trimmed);
}

/**
 * `key=value` pairs from a repeatable option (`--rate nlp=0.4 --rate
 * computer-vision=0.7`), in the order given; a key given twice is refused.
 */
export function parsePairs(
  values: readonly string[],
  flag: string,
  example: string,
): Array<readonly [string, string]> {
  const seen = new Set<string>();
  return values.map((raw) => {
    const at = raw.indexOf('=');
    const key = at > 0 ? raw.slice(0, at).trim() : '';
    const value = at > 0 ? raw.slice(at + 1).trim() : '';
    if (key === '' || value === '') {
      throw new UsageError(
        `${flag} takes domain=value, such as ${flag} ${example} (got "${raw}").`,
      );
    }
    if (seen.has(key)) throw new UsageError(`${flag} gives ${key} twice: give each domain once.`);
    seen.add(key);
    return [key, value] as const;
  });
}

/** Refuses a missing option that the command cannot do without. */
export function required<T>(value: T | undefined, flag: string, example: string): T {
  if (value === undefined) throw new UsageError(`${flag} is required, such as ${flag} ${example}.`);
  return value;
}
