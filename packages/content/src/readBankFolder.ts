import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Blueprint,
  blueprintRef,
  blueprints,
  mergeQuestionBanks,
  parseQuestionBank,
  type QuestionBank,
  QuestionBankError,
  type QuestionBankProblem,
} from '@certpace/core';

/** The `.yaml`/`.yml` files of a folder, by name, or none when the folder does not exist. */
export function yamlFiles(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => /\.ya?ml$/i.test(name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Parses every YAML file of one outline's folder and merges them. Problems of
 * all files are gathered into one `QuestionBankError`, each naming its file
 * as `<REF>/<name>.yaml`.
 */
export function readBankFolder(root: string, blueprint: Blueprint, ref: string): QuestionBank {
  const problems: QuestionBankProblem[] = [];
  const banks: QuestionBank[] = [];
  for (const name of yamlFiles(join(root, ref))) {
    const file = `${ref}/${name}`;
    try {
      const text = readFileSync(join(root, ref, name), 'utf8');
      banks.push(parseQuestionBank(text, { blueprint, blueprints, file }));
    } catch (error) {
      if (!(error instanceof QuestionBankError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new QuestionBankError(problems);
  return mergeQuestionBanks(blueprintRef(blueprint), banks);
}
