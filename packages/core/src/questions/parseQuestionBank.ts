import { blueprints as shippedBlueprints } from '../blueprint/catalog.js';
import { blueprintRef } from '../blueprint/types.js';
import { DEFAULT_DOCS_HOSTS } from './officialDocs.js';
import { type FoundProblem, fieldName, isRecord, reportUnknownKeys } from './problems.js';
import { QuestionBankError } from './QuestionBankError.js';
import { type FieldPath, readYaml } from './readYaml.js';
import type {
  ParseQuestionBankOptions,
  Question,
  QuestionBank,
  QuestionBankProblem,
} from './types.js';
import { validateFileMappings } from './validateMappings.js';
import { validateQuestion } from './validateQuestion.js';

const BANK_KEYS = ['exam', 'author', 'mappings', 'questions'];
const DEFAULT_MIN_EXPLANATION = 40;

/**
 * Reads one question bank (YAML text or an already-parsed object) for the
 * outline `options.blueprint`. Throws a `QuestionBankError` listing every
 * problem at once; YAML syntax errors come with their line numbers.
 */
export function parseQuestionBank(input: unknown, options: ParseQuestionBankOptions): QuestionBank {
  const { blueprint, file } = options;
  let value: unknown = input;
  let lineOf: ((path: FieldPath) => number | undefined) | undefined;
  if (typeof input === 'string') {
    const read = readYaml(input);
    if (!read.ok) {
      throw new QuestionBankError(
        read.errors.map((e) => ({
          ...(file === undefined ? {} : { file }),
          ...(e.line === undefined ? {} : { line: e.line }),
          field: '(yaml)',
          message: `YAML syntax: ${e.message}`,
        })),
      );
    }
    value = read.value;
    lineOf = read.lineOf;
  }

  const found: FoundProblem[] = [];
  const report = (path: FieldPath, message: string) => found.push({ path, message });
  const exam = blueprintRef(blueprint);
  const questions: Question[] = [];

  if (!isRecord(value)) {
    report([], `a bank is a mapping with exam: ${exam}, author, mappings and questions`);
  } else {
    reportUnknownKeys(value, BANK_KEYS, [], report);
    if (value.exam !== exam) {
      report(
        ['exam'],
        `exam is ${JSON.stringify(value.exam ?? null)} but this bank is read for ${exam}: set exam: ${exam}, or load it with the matching blueprint`,
      );
    }
    if (value.author !== undefined && typeof value.author !== 'string') {
      report(['author'], 'author must be a name (text)');
    }
    const outlines = new Map<string, readonly string[]>();
    for (const b of options.blueprints ?? shippedBlueprints) {
      outlines.set(
        blueprintRef(b),
        b.domains.map((d) => d.id),
      );
    }
    const fileMappings = validateFileMappings(value.mappings, { blueprint, outlines, report });
    if (!Array.isArray(value.questions) || value.questions.length === 0) {
      report(['questions'], 'questions must be a list with at least one question');
    } else {
      const seenIds = new Set<string>();
      const ctx = {
        blueprint,
        outlines,
        exam,
        fileMappings,
        docsHosts: options.docsHosts ?? DEFAULT_DOCS_HOSTS,
        minExplanationLength: options.minExplanationLength ?? DEFAULT_MIN_EXPLANATION,
        problems: found,
        ...(typeof value.author === 'string' ? { author: value.author } : {}),
        ...(file === undefined ? {} : { file }),
      };
      value.questions.forEach((raw, i) => {
        const question = validateQuestion(raw, i, ctx, seenIds);
        if (question) questions.push(question);
      });
    }
  }

  if (found.length > 0) {
    throw new QuestionBankError(found.map((p) => toProblem(p, file, lineOf)));
  }
  return { exam, questions };
}

function toProblem(
  p: FoundProblem,
  file: string | undefined,
  lineOf: ((path: FieldPath) => number | undefined) | undefined,
): QuestionBankProblem {
  const line = lineOf?.(p.path);
  return {
    ...(file === undefined ? {} : { file }),
    ...(line === undefined ? {} : { line }),
    ...(p.question === undefined ? {} : { question: p.question }),
    field: fieldName(p.path),
    message: p.message,
  };
}
