import type { BlueprintRef } from '../blueprint/types.js';
import { QuestionBankError } from './QuestionBankError.js';
import type { Question, QuestionBank, QuestionBankProblem } from './types.js';

/**
 * Joins banks of one outline (e.g. the files of one folder) into one bank,
 * refusing ids that appear twice, since answers and review cards refer to them.
 */
export function mergeQuestionBanks(
  exam: BlueprintRef,
  banks: readonly QuestionBank[],
): QuestionBank {
  const problems: QuestionBankProblem[] = [];
  const byId = new Map<string, Question>();
  const questions: Question[] = [];
  for (const bank of banks) {
    if (bank.exam !== exam) {
      problems.push({
        field: 'exam',
        message: `a bank for ${bank.exam} cannot be merged into ${exam}: map it first with mapQuestionsTo`,
      });
      continue;
    }
    for (const q of bank.questions) {
      const earlier = byId.get(q.id);
      if (earlier) {
        problems.push({
          ...(q.file === undefined ? {} : { file: q.file }),
          question: q.id,
          field: 'id',
          message: `duplicate id '${q.id}' (also in ${earlier.file ?? earlier.exam}): ids must be unique across all banks`,
        });
        continue;
      }
      byId.set(q.id, q);
      questions.push(q);
    }
  }
  if (problems.length > 0) throw new QuestionBankError(problems);
  return { exam, questions };
}
