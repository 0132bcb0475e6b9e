import type { BlueprintProblem } from './BlueprintError.js';

export type Fields = Record<string, unknown>;

export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Collects problems while reading one object, so every problem is reported at once. */
export class Reader {
  readonly problems: BlueprintProblem[] = [];

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  unknownKeys(value: Fields, allowed: Set<string>, path: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) {
        const where = path ? `${path}.${key}` : key;
        this.problem(where, `unknown field; allowed fields are ${[...allowed].join(', ')}`);
      }
    }
  }

  string(value: Fields, key: string, path: string, what: string): string | undefined {
    const v = value[key];
    if (isNonEmptyString(v)) return v.trim();
    this.problem(
      path,
      v === undefined ? `missing; give ${what}` : `must be ${what}, not ${describe(v)}`,
    );
    return undefined;
  }

  https(value: unknown, path: string, missing: boolean): string | undefined {
    if (isHttpsUrl(value)) return value;
    this.problem(
      path,
      missing
        ? 'missing; give the https URL of the official page'
        : `must be an https URL (https://...), not ${describe(value)}`,
    );
    return undefined;
  }
}
