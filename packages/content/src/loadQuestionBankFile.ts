import { readFileSync } from 'node:fs';
import {
  type Blueprint,
  blueprints,
  findBlueprint,
  parseQuestionBank,
  type QuestionBank,
  QuestionBankError,
} from '@certpace/core';
import { isMap, parseDocument } from 'yaml';

export interface LoadQuestionBankFileOptions {
  /**
   * The outline the file targets. Default: the shipped blueprint its `exam`
   * names; give your own (from `parseBlueprint`) for any other exam.
   */
  readonly blueprint?: Blueprint;
  /** Outlines its mappings may target, besides the shipped ones. */
  readonly blueprints?: readonly Blueprint[];
  /** Hosts its docs links may point at (default: Microsoft's documentation hosts). */
  readonly docsHosts?: readonly string[];
}

/**
 * A learner's own bank: one YAML file of the shipped format, validated like
 * the shipped ones. Every problem (an unreadable file included) comes back in
 * one `QuestionBankError` naming the file.
 */
export function loadQuestionBankFile(
  path: string,
  options: LoadQuestionBankFileOptions = {},
): QuestionBank {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new QuestionBankError([
      { file: path, field: '(file)', message: `cannot read the bank (${reason}): check the path` },
    ]);
  }
  const known = [...blueprints, ...(options.blueprints ?? [])];
  const blueprint = options.blueprint ?? outlineNamedIn(text, path, known);
  return parseQuestionBank(text, {
    blueprint,
    blueprints: options.blueprint ? [...known, options.blueprint] : known,
    file: path,
    ...(options.docsHosts === undefined ? {} : { docsHosts: options.docsHosts }),
  });
}

/** The blueprint the file's `exam` names, so a learner need not repeat it. */
function outlineNamedIn(text: string, path: string, known: readonly Blueprint[]): Blueprint {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    // Syntax errors come first whatever the outline: let the parser report them with their lines.
    parseQuestionBank(text, { blueprint: known[0]!, file: path });
  }
  const exam = isMap(doc.contents) ? doc.get('exam') : undefined;
  const found = findBlueprint(exam, known);
  if (found) return found;
  throw new QuestionBankError([
    {
      file: path,
      field: 'exam',
      message: `${JSON.stringify(exam ?? null)} is not a known outline: use one of ${known
        .map((b) => `${b.code}@${b.version}`)
        .join(', ')}, or pass your own blueprint`,
    },
  ]);
}
