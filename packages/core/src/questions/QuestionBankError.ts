import type { QuestionBankProblem } from './types.js';

function describe(problem: QuestionBankProblem): string {
  const where = [
    problem.file && (problem.line ? `${problem.file}:${problem.line}` : problem.file),
    !problem.file && problem.line ? `line ${problem.line}` : undefined,
    problem.question && `question ${problem.question}`,
    problem.field,
  ].filter(Boolean);
  return `${where.join(', ')}: ${problem.message}`;
}

/**
 * A question bank that cannot be used as it is. `problems` lists every problem
 * found, so an author fixes a file in one pass rather than one error at a time.
 */
export class QuestionBankError extends Error {
  override readonly name = 'QuestionBankError';
  readonly problems: readonly QuestionBankProblem[];

  constructor(problems: readonly QuestionBankProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The question bank has ${count}:\n${problems.map((p) => `- ${describe(p)}`).join('\n')}`);
    this.problems = problems;
  }
}
