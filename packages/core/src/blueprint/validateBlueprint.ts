import { isIsoDate } from '../dates/isoDate.js';
import type { BlueprintProblem } from './BlueprintError.js';
import { describe, type Fields, isIntegerIn, isRecord, Reader } from './problemReader.js';
import type { Blueprint } from './types.js';
import { readDomains } from './validateDomains.js';

const CODE = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;
const VERSION = /^\d{4}-(?:0[1-9]|1[0-2])$/;

const BLUEPRINT_KEYS = new Set([
  'code',
  'version',
  'title',
  'durationMinutes',
  'questionCount',
  'questionCountRange',
  'passingScore',
  'maxScore',
  'source',
  'skillsMeasuredAsOf',
  'retiresOn',
  'successor',
  'domains',
]);

function readOptional(r: Reader, value: Fields, out: Partial<Record<string, unknown>>): void {
  if (value.questionCountRange !== undefined) {
    const range = value.questionCountRange;
    const count = value.questionCount;
    if (
      Array.isArray(range) &&
      range.length === 2 &&
      isIntegerIn(range[0], 1, 1000) &&
      isIntegerIn(range[1], 1, 1000) &&
      range[0] <= range[1]
    ) {
      if (typeof count === 'number' && (count < range[0] || count > range[1])) {
        r.problem('questionCountRange', `must contain questionCount ${count}`);
      } else out.questionCountRange = Object.freeze([range[0], range[1]]);
    } else {
      r.problem(
        'questionCountRange',
        `must be [min, max] whole numbers, e.g. [40, 60], not ${describe(range)}`,
      );
    }
  }
  for (const key of ['skillsMeasuredAsOf', 'retiresOn'] as const) {
    if (value[key] === undefined) continue;
    if (isIsoDate(value[key])) out[key] = value[key];
    else r.problem(key, `must be a real date written YYYY-MM-DD, not ${describe(value[key])}`);
  }
  if (value.successor !== undefined) {
    if (typeof value.successor === 'string' && CODE.test(value.successor))
      out.successor = value.successor;
    else
      r.problem(
        'successor',
        `must be an exam code such as AI-103, not ${describe(value.successor)}`,
      );
  }
}

/**
 * Checks an already-parsed value against the blueprint shape and returns a
 * frozen, normalised Blueprint, or every problem found.
 */
export function validateBlueprint(
  value: unknown,
): { blueprint: Blueprint; problems: [] } | { blueprint: undefined; problems: BlueprintProblem[] } {
  const r = new Reader();
  if (!isRecord(value)) {
    r.problem(
      '',
      `a blueprint must be an object with code, version, title, ..., domains; got ${describe(value)}`,
    );
    return { blueprint: undefined, problems: r.problems };
  }
  r.unknownKeys(value, BLUEPRINT_KEYS, '');
  let code: string | undefined;
  if (typeof value.code === 'string' && CODE.test(value.code)) code = value.code;
  else
    r.problem(
      'code',
      value.code === undefined
        ? 'missing; give the exam code, e.g. AI-102'
        : `must be an exam code such as AI-102, not ${describe(value.code)}`,
    );
  let version: string | undefined;
  if (typeof value.version === 'string' && VERSION.test(value.version)) version = value.version;
  else
    r.problem(
      'version',
      value.version === undefined
        ? 'missing; give the month of the skills outline as YYYY-MM, e.g. 2024-06'
        : `must be the month of the skills outline as YYYY-MM, e.g. 2024-06, not ${describe(value.version)}`,
    );
  const title = r.string(value, 'title', 'title', 'the exam title');
  const numbers: Record<string, number> = {};
  const numeric: [string, number, number, string][] = [
    ['durationMinutes', 1, 600, 'the answering time in whole minutes (1 to 600)'],
    ['questionCount', 1, 1000, 'the typical number of questions, a whole number (1 to 1000)'],
  ];
  for (const [key, min, max, what] of numeric) {
    if (isIntegerIn(value[key], min, max)) numbers[key] = value[key] as number;
    else
      r.problem(
        key,
        value[key] === undefined
          ? `missing; give ${what}`
          : `must be ${what}, not ${describe(value[key])}`,
      );
  }
  for (const key of ['passingScore', 'maxScore']) {
    const v = value[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) numbers[key] = v;
    else
      r.problem(
        key,
        v === undefined
          ? 'missing; give a positive number, e.g. 700'
          : `must be a positive number, not ${describe(v)}`,
      );
  }
  if (
    numbers.passingScore !== undefined &&
    numbers.maxScore !== undefined &&
    numbers.passingScore > numbers.maxScore
  ) {
    r.problem(
      'passingScore',
      `is above maxScore ${numbers.maxScore}; the pass mark must be reachable`,
    );
  }
  const source = r.https(value.source, 'source', value.source === undefined);
  const optional: Partial<Record<string, unknown>> = {};
  readOptional(r, value, optional);
  const domains = readDomains(r, value.domains);
  if (r.problems.length > 0 || !code || !version || !title || !source || !domains) {
    return { blueprint: undefined, problems: r.problems };
  }
  const blueprint = {
    code,
    version,
    title,
    durationMinutes: numbers.durationMinutes,
    questionCount: numbers.questionCount,
    ...optional,
    passingScore: numbers.passingScore,
    maxScore: numbers.maxScore,
    source,
    domains: Object.freeze(domains),
  } as Blueprint;
  return { blueprint: Object.freeze(blueprint), problems: [] };
}
