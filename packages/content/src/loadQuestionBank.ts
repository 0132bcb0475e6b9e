import {
  type BlueprintRef,
  blueprintRef,
  blueprints,
  getBlueprint,
  mapQuestionsTo,
  mergeQuestionBanks,
  type QuestionBank,
  QuestionBankError,
  type QuestionBankProblem,
} from '@certpace/core';
import { banksFolder } from './banksFolder.js';
import { readBankFolder } from './readBankFolder.js';

// Parsed once per process: the banks are read-only data shipped with the package.
let ownBanks: ReadonlyMap<BlueprintRef, QuestionBank> | undefined;
const served = new Map<string, QuestionBank>();

/**
 * Every shipped outline's own questions, each folder parsed and validated;
 * ids are checked for uniqueness across all banks, since a question mapped
 * onto another outline keeps its id there.
 */
export function shippedOwnBanks(): ReadonlyMap<BlueprintRef, QuestionBank> {
  if (ownBanks) return ownBanks;
  const root = banksFolder();
  const problems: QuestionBankProblem[] = [];
  const banks = new Map<BlueprintRef, QuestionBank>();
  for (const blueprint of blueprints) {
    const ref = blueprintRef(blueprint);
    try {
      banks.set(ref, readBankFolder(root, blueprint, ref));
    } catch (error) {
      if (!(error instanceof QuestionBankError)) throw error;
      problems.push(...error.problems);
    }
  }
  const seen = new Map<string, string>();
  for (const bank of banks.values()) {
    for (const q of bank.questions) {
      const other = seen.get(q.id);
      if (other !== undefined && other !== q.file) {
        problems.push({
          ...(q.file === undefined ? {} : { file: q.file }),
          question: q.id,
          field: 'id',
          message: `duplicate id '${q.id}' (also in ${other}): ids must be unique across all banks`,
        });
      }
      seen.set(q.id, q.file ?? bank.exam);
    }
  }
  if (problems.length > 0) throw new QuestionBankError(problems);
  ownBanks = banks;
  return banks;
}

export interface LoadQuestionBankOptions {
  /** Also serve questions of other shipped outlines that map onto this one. Default true. */
  readonly includeMapped?: boolean;
}

/**
 * The shipped questions for an outline (`'AI-103@2026-04'`, or a bare code
 * such as `'AI-102'` for its newest outline): the outline's own questions
 * plus, unless turned off, those of the other shipped banks that declare a
 * mapping onto it (re-homed in the mapped domain, `origin` telling where they
 * came from). An unknown ref throws core's `BlueprintError`; a broken shipped
 * bank throws `QuestionBankError`. Cached per process.
 */
export function loadQuestionBank(ref: string, options: LoadQuestionBankOptions = {}): QuestionBank {
  const blueprint = getBlueprint(ref);
  const exam = blueprintRef(blueprint);
  const includeMapped = options.includeMapped ?? true;
  const key = `${exam}|${includeMapped}`;
  const cached = served.get(key);
  if (cached) return cached;
  const banks = shippedOwnBanks();
  const own = banks.get(exam) ?? { exam, questions: [] };
  const others = includeMapped ? [...banks.values()].filter((b) => b.exam !== exam) : [];
  const bank = mergeQuestionBanks(exam, [
    own,
    { exam, questions: mapQuestionsTo(others, blueprint) },
  ]);
  served.set(key, bank);
  return bank;
}
