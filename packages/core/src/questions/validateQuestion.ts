import type { BlueprintRef } from '../blueprint/types.js';
import { docsLinkProblem } from './officialDocs.js';
import { describeValue, type FoundProblem, isRecord, reportUnknownKeys } from './problems.js';
import type { FieldPath } from './readYaml.js';
import type { Choice, Question, QuestionType } from './types.js';
import {
  type DomainMappings,
  type MappingContext,
  validateQuestionMap,
} from './validateMappings.js';

export const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUESTION_KEYS = [
  'id',
  'domain',
  'type',
  'difficulty',
  'prompt',
  'choices',
  'answer',
  'explanation',
  'docs',
  'map',
];
const CHOICE_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];
const MIN_PROMPT_LENGTH = 10;

export interface QuestionContext extends Omit<MappingContext, 'report'> {
  readonly exam: BlueprintRef;
  readonly fileMappings: DomainMappings;
  readonly docsHosts: readonly string[];
  readonly minExplanationLength: number;
  readonly author?: string;
  readonly file?: string;
  readonly problems: FoundProblem[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function checkChoices(raw: unknown, path: FieldPath, report: (p: FieldPath, m: string) => void) {
  if (!Array.isArray(raw)) {
    report(path, `choices must be a list of 2 to 6 { id, text } entries (${describeValue(raw)})`);
    return undefined;
  }
  if (raw.length < 2 || raw.length > 6) {
    report(path, `has ${raw.length} choices: give 2 to 6`);
  }
  const choices: Choice[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    const at = [...path, i];
    if (!isRecord(entry)) {
      report(at, 'each choice needs an id and a text');
      return;
    }
    reportUnknownKeys(entry, ['id', 'text'], at, report);
    const id = typeof entry.id === 'string' ? entry.id : undefined;
    if (id !== undefined && seen.has(id)) {
      report([...at, 'id'], `duplicate choice id '${id}': give each choice its own letter`);
    } else if (i < CHOICE_LETTERS.length && id !== CHOICE_LETTERS[i]) {
      const expected = CHOICE_LETTERS.slice(0, Math.max(2, Math.min(raw.length, 6))).join(', ');
      report([...at, 'id'], `choice id ${describeValue(entry.id)}: use ${expected} in order`);
    }
    if (id !== undefined) seen.add(id);
    const body = typeof entry.text === 'number' ? String(entry.text) : text(entry.text);
    if (body === undefined) report([...at, 'text'], 'choice text is missing');
    if (id !== undefined && body !== undefined) choices.push({ id, text: body });
  });
  return choices;
}

/**
 * Validates one question of a bank, reporting every problem it has, and
 * returns it typed (with its mappings resolved) when nothing is wrong.
 */
export function validateQuestion(
  raw: unknown,
  index: number,
  ctx: QuestionContext,
  seenIds: Set<string>,
): Question | undefined {
  const base: FieldPath = ['questions', index];
  const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
  const label = rawId && QUESTION_ID.test(rawId) ? rawId : `#${index + 1}`;
  const before = ctx.problems.length;
  const report = (path: FieldPath, message: string) =>
    ctx.problems.push({ path, question: label, message });

  if (!isRecord(raw)) {
    report(base, 'each question must be a mapping with id, domain, type, prompt, choices, ...');
    return undefined;
  }
  reportUnknownKeys(raw, QUESTION_KEYS, base, report);

  if (rawId === undefined || !QUESTION_ID.test(rawId)) {
    report([...base, 'id'], `id ${describeValue(raw.id)}: use kebab-case such as ai103-pm-001`);
  } else if (seenIds.has(rawId)) {
    report([...base, 'id'], `duplicate id '${rawId}': ids must be unique across all banks`);
  } else {
    seenIds.add(rawId);
  }

  const domainIds = ctx.blueprint.domains.map((d) => d.id);
  const domain = typeof raw.domain === 'string' ? raw.domain : undefined;
  if (domain === undefined || !domainIds.includes(domain)) {
    report(
      [...base, 'domain'],
      `unknown domain ${describeValue(raw.domain)}: use one of ${domainIds.join(', ')}`,
    );
  }

  const type = raw.type === 'single' || raw.type === 'multiple' ? raw.type : undefined;
  if (type === undefined) {
    report([...base, 'type'], `type ${describeValue(raw.type)}: use single or multiple`);
  }

  const difficulty = raw.difficulty;
  if (difficulty !== undefined && difficulty !== 1 && difficulty !== 2 && difficulty !== 3) {
    report([...base, 'difficulty'], `difficulty ${describeValue(difficulty)}: use 1, 2 or 3`);
  }

  const prompt = text(raw.prompt);
  if (prompt === undefined || prompt.length < MIN_PROMPT_LENGTH) {
    report([...base, 'prompt'], 'prompt is missing or too short: write the question in full');
  }

  const choices = checkChoices(raw.choices, [...base, 'choices'], report);
  const answer = checkAnswer(raw.answer, type, choices, [...base, 'answer'], report);

  const explanation = text(raw.explanation);
  if (explanation === undefined || explanation.length < ctx.minExplanationLength) {
    const found = explanation === undefined ? 'missing' : `${explanation.length} characters`;
    report(
      [...base, 'explanation'],
      `explanation is ${found}: explain why the answer is right and the others wrong (at least ${ctx.minExplanationLength} characters)`,
    );
  }

  const docsProblem = docsLinkProblem(raw.docs, ctx.docsHosts);
  if (docsProblem) report([...base, 'docs'], docsProblem);

  const override = validateQuestionMap(raw.map, [...base, 'map'], { ...ctx, report });

  if (ctx.problems.length > before) return undefined;
  return {
    id: rawId!,
    exam: ctx.exam,
    domain: domain!,
    type: type as QuestionType,
    ...(difficulty === undefined ? {} : { difficulty: difficulty as 1 | 2 | 3 }),
    prompt: prompt!,
    choices: choices!,
    answer: answer!,
    explanation: explanation!,
    docs: (raw.docs as string).trim(),
    map: resolveMap(domain!, ctx.fileMappings, override),
    ...(ctx.author === undefined ? {} : { author: ctx.author }),
    ...(ctx.file === undefined ? {} : { file: ctx.file }),
  };
}

function checkAnswer(
  raw: unknown,
  type: QuestionType | undefined,
  choices: readonly Choice[] | undefined,
  path: FieldPath,
  report: (p: FieldPath, m: string) => void,
): string[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every((a) => typeof a === 'string')) {
    report(path, `answer ${describeValue(raw)}: give a list of choice ids such as [b]`);
    return undefined;
  }
  const answer = raw as string[];
  let ok = true;
  if (new Set(answer).size !== answer.length) {
    report(path, 'answer lists a choice twice: list each correct choice once');
    ok = false;
  }
  const ids = choices?.map((c) => c.id) ?? [];
  for (const a of answer) {
    if (choices && !ids.includes(a)) {
      report(path, `answer '${a}' is not among the choices (${ids.join(', ')})`);
      ok = false;
    }
  }
  if (type === 'single' && answer.length !== 1) {
    report(
      path,
      `a single question needs exactly one answer, not ${answer.length}: fix the answer or use type: multiple`,
    );
    ok = false;
  }
  if (type === 'multiple' && answer.length < 2) {
    report(
      path,
      'a multiple question needs two or more answers: add the other correct choices or use type: single',
    );
    ok = false;
  }
  return ok ? ids.filter((id) => answer.includes(id)) : undefined;
}

/** The file's mapping for this question's domain, overridden by the question's own `map`. */
function resolveMap(
  domain: string,
  fileMappings: DomainMappings,
  override: Record<string, string | null>,
): Record<string, string> {
  const map: Record<string, string> = {};
  const refs = new Set([...Object.keys(fileMappings), ...Object.keys(override)]);
  for (const ref of refs) {
    const target = ref in override ? override[ref] : fileMappings[ref]?.[domain];
    if (typeof target === 'string') map[ref] = target;
  }
  return map;
}
