import type { FieldPath } from './readYaml.js';

/** A problem as validation finds it: where in the document, which question, what to fix. */
export interface FoundProblem {
  readonly path: FieldPath;
  readonly question?: string;
  readonly message: string;
}

export type Report = (path: FieldPath, message: string) => void;

/** `['questions', 3, 'choices', 1, 'id']` -> `choices[1].id` (the question is named separately). */
export function fieldName(path: FieldPath): string {
  if (path.length === 0) return '(bank)';
  const rest = path[0] === 'questions' && typeof path[1] === 'number' ? path.slice(2) : path;
  let name = '';
  for (const part of rest) {
    name += typeof part === 'number' ? `[${part}]` : name ? `.${part}` : part;
  }
  return name || '(question)';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reports keys a bank does not know, which are nearly always typos of known ones. */
export function reportUnknownKeys(
  value: Record<string, unknown>,
  known: readonly string[],
  path: FieldPath,
  report: Report,
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      report([...path, key], `unknown field '${key}': remove it or use one of ${known.join(', ')}`);
    }
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  return `${JSON.stringify(value)}`;
}
