/** One problem with a field, as Discord lists it under `_errors`. */
export interface FieldError {
  code: string;
  message: string;
}

/** Discord's nested errors object: keys follow the JSON path, leaves hold `_errors`. */
export interface FormErrorTree {
  [key: string]: FormErrorTree | FieldError[];
}

export type FieldPath = readonly (string | number)[];

/** Collects every problem of a request body before answering 50035, like Discord does. */
export class FormErrors {
  readonly #tree: FormErrorTree = {};
  #count = 0;

  add(path: FieldPath, code: string, message: string): void {
    let node = this.#tree;
    for (const segment of path) {
      const key = String(segment);
      const next = node[key];
      if (next === undefined || Array.isArray(next)) {
        const created: FormErrorTree = {};
        node[key] = created;
        node = created;
      } else {
        node = next;
      }
    }
    const existing = node._errors;
    if (Array.isArray(existing)) existing.push({ code, message });
    else node._errors = [{ code, message }];
    this.#count += 1;
  }

  maxLength(path: FieldPath, max: number): void {
    this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }

  badLength(path: FieldPath, min: number, max: number): void {
    this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
  }

  required(path: FieldPath): void {
    this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  }

  get empty(): boolean {
    return this.#count === 0;
  }

  get tree(): FormErrorTree {
    return this.#tree;
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a string field's type and length; returns the string when valid. */
export function checkString(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  limits: { min?: number; max: number; required?: boolean },
): string | undefined {
  if (value === undefined || value === null) {
    if (limits.required) errors.required(path);
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.add(path, 'BASE_TYPE_STRING', 'Value must be a string.');
    return undefined;
  }
  const length = [...value].length;
  const min = limits.min ?? 0;
  if (length < min || length > limits.max) {
    if (min > 0) errors.badLength(path, min, limits.max);
    else errors.maxLength(path, limits.max);
    return undefined;
  }
  return value;
}
